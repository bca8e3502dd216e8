package cn.dangjian.workflow.membership;

import cn.dangjian.workflow.casework.CaseDeadlines;
import cn.dangjian.workflow.calendar.CaseTime;
import cn.dangjian.workflow.rules.RulePacks;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Deadlines of a case from its dates and its pinned rule pack, for timers and due dates
 * ({@code ${deadlines.talkDue(execution)}}), named for its steps and computed by the platform's
 * {@link CaseDeadlines}. A deadline on day d falls at the close of d (Beijing time).
 */
@Component("deadlines")
public class Deadlines {

  private final RulePacks rules;
  private final CaseDeadlines deadlines;

  public Deadlines(RulePacks rules, CaseDeadlines deadlines) {
    this.rules = rules;
    this.deadlines = deadlines;
  }

  private String pack(VariableScope scope) {
    return (String) scope.getVariable("rulePack");
  }

  /** 第七条: one month after receipt of the application. */
  public LocalDate talkDueDate(VariableScope scope) {
    return deadlines.periodAfterDate(scope, "applicationDate", "talkWithApplicant");
  }

  public Date talkDue(VariableScope scope) {
    return CaseDeadlines.closeOf(talkDueDate(scope));
  }

  public Date talkReminder(VariableScope scope) {
    return CaseDeadlines.closeOf(talkDueDate(scope).minus(rules.parsedPeriod(pack(scope), "talkReminderBefore")));
  }

  /** 第二十五条: three months after the general meeting. */
  public Date approvalDue(VariableScope scope) {
    return deadlines.periodAfter(scope, "admissionMeetingDate", "admissionApproval");
  }

  public Date approvalExtendedDue(VariableScope scope) {
    return deadlines.periodAfter(scope, "admissionMeetingDate", "admissionApprovalExtended");
  }

  /** 第三十二条: the day probation ends (and conversion dates from), one year after the meeting plus any extension. */
  public LocalDate probationEndDate(VariableScope scope) {
    LocalDate end = deadlines.periodAfterDate(scope, "admissionMeetingDate", "probation");
    Object extension = scope.getVariable("probationExtensionMonths");
    return extension == null ? end : end.plusMonths(((Number) extension).longValue());
  }

  public Date probationEnd(VariableScope scope) {
    return CaseTime.startOf(probationEndDate(scope));
  }

  /** 第三十四条: three months after the conversion meeting. */
  public Date conversionApprovalDue(VariableScope scope) {
    return deadlines.periodAfter(scope, "conversionMeetingDate", "conversionApproval");
  }

  /** 2026 pack, 第十九条: the general meeting within a month of the pre-review; no due date under the 2014 pack. */
  public Date generalMeetingDue(VariableScope scope) {
    return optionalLimit(scope, "preReviewDate", "generalMeetingAfterPreReview");
  }

  /** 2026 pack, 第二十九条: the oath within a month of approval; no due date under the 2014 pack. */
  public Date oathDue(VariableScope scope) {
    return optionalLimit(scope, "approvalDate", "oathAfterApproval");
  }

  private Date optionalLimit(VariableScope scope, String from, String limit) {
    if (!rules.mandatory(pack(scope), limit)) {
      return null;
    }
    return deadlines.periodAfter(scope, from, limit);
  }
}
