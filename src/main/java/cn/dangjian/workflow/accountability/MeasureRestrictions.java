package cn.dangjian.workflow.accountability;

import cn.dangjian.workflow.calendar.CaseTime;
import cn.dangjian.workflow.engine.EngineContext;
import cn.dangjian.workflow.identity.RestrictionImposed;
import cn.dangjian.workflow.identity.RestrictionLifted;
import cn.dangjian.workflow.rules.RulePacks;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The measures of a decision and their restriction periods (影响期) from the rule pack, for the BPMN: the measures to
 * categorise ({@code chosen}), the categories the decision table gave ({@code noteCategory}), the periods imposed on a
 * person from the decision date ({@code impose}: announced to identity as {@link RestrictionImposed}, so the member's
 * standing changes in every family), and the end of each period in the restriction process ({@code periodEnd},
 * {@code end}: {@link RestrictionLifted}). Periods are kept in the case as {@code measure@from@until;…}.
 */
@Component("measureRestrictions")
public class MeasureRestrictions {

  private final RulePacks rules;
  private final ApplicationEventPublisher events;

  public MeasureRestrictions(RulePacks rules, ApplicationEventPublisher events) {
    this.rules = rules;
    this.events = events;
  }

  /** The measures decided, in order (none for 不予/免予问责). */
  public List<String> chosen(VariableScope scope) {
    Object decided = scope.getVariable("decisionMeasures");
    return Boolean.TRUE.equals(scope.getVariable("decidedAccountable")) && decided != null
        ? Arrays.asList(decided.toString().split("、")) : List.of();
  }

  /** End listener of the categorising task: notes {@code measure}'s 四种形态 category. */
  public void noteCategory(DelegateExecution execution) {
    Object category = execution.getVariable("measureCategory");
    String note = execution.getVariable("measure") + "：" + (category == null ? "不适用四种形态（对党组织的问责方式）"
        : "第" + "一二三四".charAt(((Number) category).intValue() - 1) + "种形态");
    Object notes = execution.getVariable("measureCategories");
    execution.setVariable("measureCategories", notes == null ? note : notes + "；" + note);
  }

  /** Imposes the periods of the decided measures on the person held accountable, from the decision date. */
  public void impose(DelegateExecution execution) {
    List<String> periods = new ArrayList<>();
    List<String> summary = new ArrayList<>();
    String person = (String) execution.getVariable("subjectPerson");
    String pack = (String) execution.getVariable("rulePack");
    if (person != null) {
      LocalDate from = LocalDate.parse((String) execution.getVariable("decisionDate"));
      for (String measure : chosen(execution)) {
        String limit = Measures.named(measure).orElseThrow().restrictionLimit();
        if (!rules.pack(pack).limits().containsKey(limit)) {
          continue;
        }
        LocalDate until = from.plus(period(execution, pack, limit));
        periods.add(measure + "@" + from + "@" + until);
        summary.add(measure + "：" + from + " 至 " + until.minusDays(1) + "（" + rules.article(pack, limit) + "）");
        events.publishEvent(new RestrictionImposed(person, execution.getProcessBusinessKey(), measure, from, until));
      }
    }
    execution.setVariable("restrictionPeriods", String.join(";", periods));
    execution.setVariable("restrictionSummary", summary.isEmpty() ? null : String.join("；", summary));
    execution.setVariable("hasRestrictions", !periods.isEmpty());
  }

  private Period period(VariableScope scope, String pack, String limit) {
    if (rules.limit(pack, limit).period() != null) {
      return rules.parsedPeriod(pack, limit);
    }
    return Period.ofMonths(((Number) scope.getVariable("partyProbationMonths")).intValue());
  }

  /** The measures whose periods run, one restriction process each. */
  public List<String> restricted(VariableScope scope) {
    return entries(scope).stream().map(e -> e[0]).toList();
  }

  /** The period of {@code restrictedMeasure} (of the restriction process): from, until. */
  private String[] entry(VariableScope scope) {
    Object measure = scope.getVariable("restrictedMeasure");
    return entries(scope).stream().filter(e -> e[0].equals(measure)).findFirst()
        .orElseThrow(() -> new IllegalStateException("影响期不存在：" + measure));
  }

  private static List<String[]> entries(VariableScope scope) {
    Object periods = scope.getVariable("restrictionPeriods");
    return periods == null || periods.toString().isBlank() ? List.of()
        : Arrays.stream(periods.toString().split(";")).map(p -> p.split("@")).toList();
  }

  /** Start listener of the restriction process: only a 问责 case starts it, for a period it imposed. */
  public void begin(DelegateExecution execution) {
    if (execution.getSuperExecution() == null) {
      throw new IllegalStateException("影响期流程只能由问责案件启动");
    }
    String[] entry = entry(execution);
    execution.setVariable("restrictionFrom", entry[1]);
    execution.setVariable("restrictionUntil", entry[2]);
    execution.setVariable("restrictionLastDay", LocalDate.parse(entry[2]).minusDays(1).toString());
  }

  /** When the period ends: the start of its first free day (Beijing time). */
  public Date periodEnd(VariableScope scope) {
    return CaseTime.startOf(LocalDate.parse((String) scope.getVariable("restrictionUntil")));
  }

  /** The decision was revoked on appeal: every restriction it imposed is lifted now. */
  public void revokeAll(DelegateExecution execution) {
    String person = (String) execution.getVariable("subjectPerson");
    for (String measure : restricted(execution)) {
      events.publishEvent(new RestrictionLifted(person, execution.getProcessBusinessKey(), measure));
    }
  }

  /** The period ended: the standing returns. */
  public void end(DelegateExecution execution) {
    events.publishEvent(new RestrictionLifted((String) execution.getVariable("subjectPerson"),
        execution.getProcessBusinessKey(), (String) execution.getVariable("restrictedMeasure")));
    execution.setVariable("restrictionEndedDate", EngineContext.today().toString());
  }
}
