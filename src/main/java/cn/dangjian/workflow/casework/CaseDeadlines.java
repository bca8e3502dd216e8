package cn.dangjian.workflow.casework;

import cn.dangjian.workflow.calendar.CaseTime;
import cn.dangjian.workflow.calendar.WorkingDayCalendar;
import cn.dangjian.workflow.rules.RulePack;
import cn.dangjian.workflow.rules.RulePacks;
import cn.dangjian.workflow.rules.RuleViolationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Deadlines, reminders and escalation ladders of any family, from a date of the case and its pinned rule pack,
 * for timers and due dates ({@code ${caseDeadlines.periodAfter(execution, 'applicationDate', 'talkWithApplicant')}}).
 * A deadline on day d falls at the close of d (Beijing time); working days follow the working-day calendar.
 *
 * <p>An escalation ladder (提醒 → 督办 → 约谈 → 通报 → 问责建议) is a run of limits named {@code <ladder>.<rung>} in
 * the rule pack, in order, each with its grace period in working days: rung n falls due that many working days
 * after rung n-1, the first after the deadline itself.
 */
@Component("caseDeadlines")
public class CaseDeadlines {

  private final RulePacks rules;
  private final WorkingDayCalendar workingDays;

  public CaseDeadlines(RulePacks rules, WorkingDayCalendar workingDays) {
    this.rules = rules;
    this.workingDays = workingDays;
  }

  private static String pack(VariableScope scope) {
    return (String) scope.getVariable("rulePack");
  }

  private static LocalDate date(VariableScope scope, String name) {
    return FieldValues.date(scope.getVariable(name), name, name);
  }

  /** The instant a day closes: a deadline on day d is due at the start of d + 1. */
  public static Date closeOf(LocalDate day) {
    return CaseTime.startOf(day.plusDays(1));
  }

  /** The close of the day in {@code variable}: a task due on that day, or the start of an escalation. */
  public Date closeOfDay(VariableScope scope, String variable) {
    return closeOf(date(scope, variable));
  }

  /** The day a period limit (e.g. P1M) ends, counted from the date in {@code fromVariable}. */
  public LocalDate periodAfterDate(VariableScope scope, String fromVariable, String limit) {
    return date(scope, fromVariable).plus(rules.parsedPeriod(pack(scope), limit));
  }

  public Date periodAfter(VariableScope scope, String fromVariable, String limit) {
    return closeOf(periodAfterDate(scope, fromVariable, limit));
  }

  /** The close of the n-th working day from the date in {@code fromVariable} (n from the rule pack). */
  public Date workingDaysAfter(VariableScope scope, String fromVariable, String limit) {
    return workingDays.periodEnd(date(scope, fromVariable), rules.value(pack(scope), limit));
  }

  /** A reminder n working days before the deadline in {@code deadlineVariable} (n from the rule pack). */
  public Date workingDaysBefore(VariableScope scope, String deadlineVariable, String limit) {
    LocalDate day = date(scope, deadlineVariable);
    for (int left = rules.value(pack(scope), limit); left > 0; ) {
      day = day.minusDays(1);
      if (workingDays.isWorkingDay(day)) {
        left--;
      }
    }
    return CaseTime.startOf(day);
  }

  /** When a rung of the ladder falls due for the deadline in {@code deadlineVariable}. */
  public Date rungDue(VariableScope scope, String deadlineVariable, String ladder, String rung) {
    LocalDate due = date(scope, deadlineVariable);
    for (String step : rungs(pack(scope), ladder)) {
      due = workingDays.nthWorkingDay(due.plusDays(1), rules.value(pack(scope), ladder + "." + step));
      if (step.equals(rung)) {
        return closeOf(due);
      }
    }
    throw new RuleViolationException("规则包 " + pack(scope) + " 的升级阶梯 " + ladder + " 没有环节 " + rung);
  }

  /** The rungs of a ladder in the rule pack's order. */
  public List<String> rungs(String packId, String ladder) {
    List<String> rungs = new ArrayList<>();
    for (Map.Entry<String, RulePack.Limit> limit : rules.pack(packId).limits().entrySet()) {
      if (limit.getKey().startsWith(ladder + ".")) {
        rungs.add(limit.getKey().substring(ladder.length() + 1));
      }
    }
    if (rungs.isEmpty()) {
      throw new RuleViolationException("规则包 " + packId + " 没有升级阶梯 " + ladder);
    }
    return rungs;
  }
}
