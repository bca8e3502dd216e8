package cn.dangjian.workflow.membership;

import cn.dangjian.workflow.casework.CaseOutcome;
import cn.dangjian.workflow.casework.FieldValues;
import cn.dangjian.workflow.engine.EngineContext;
import cn.dangjian.workflow.calendar.WorkingDayCalendar;
import cn.dangjian.workflow.identity.OrganisationDirectory;
import cn.dangjian.workflow.rules.RulePacks;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The small decisions of the member development diagram, for BPMN expressions; who acts for a step is the
 * organisation directory's answer ({@code ${organisations.branchLeaders(branchCode)}}), and the routing methods
 * here stay as façades for deployed process versions ({@code ${membership.branchLeaders(branchCode)}}).
 */
@Component("membership")
public class MembershipRouting {

  private final OrganisationDirectory organisations;
  private final RulePacks rules;
  private final WorkingDayCalendar workingDays;

  public MembershipRouting(OrganisationDirectory organisations, RulePacks rules, WorkingDayCalendar workingDays) {
    this.organisations = organisations;
    this.rules = rules;
    this.workingDays = workingDays;
  }

  /** The branch's secretary, deputy secretary and organisation member (书记、副书记、组织委员). */
  public String branchLeaders(String branchCode) {
    return organisations.branchLeaders(branchCode);
  }

  /** The 基层党委 deciding collectively: everyone on its committee. */
  public String committeeGroup(String branchCode) {
    return organisations.partyCommitteeBody(branchCode);
  }

  /** The 基层党委's office holders who act for it (talks, training, filing of activists and targets). */
  public String committeeOffice(String branchCode) {
    return organisations.committeeOffice(branchCode);
  }

  /** The organisation department (组织部门) for filing; without one, the 基层党委's office. */
  public String filingGroup(String branchCode) {
    return organisations.filingGroup(branchCode);
  }

  /** 公示 before the development target: mandatory in the pack, or chosen by the branch under local rules. */
  public boolean publicNoticeRequired(DelegateExecution execution) {
    String pack = (String) execution.getVariable("rulePack");
    return rules.mandatory(pack, "publicNotice") || Boolean.TRUE.equals(execution.getVariable("localPublicNotice"));
  }

  /** Opens the 公示 today; its last working day is computed now (a missing year fails the job loudly). */
  public void openPublicNotice(DelegateExecution execution) {
    String pack = (String) execution.getVariable("rulePack");
    LocalDate start = EngineContext.today();
    int days = rules.days(pack, "publicNotice");
    execution.setVariable("publicNoticeStart", start.toString());
    execution.setVariable("publicNoticeEnd", workingDays.nthWorkingDay(start, days).toString());
    execution.setVariable("publicNoticeDays", days);
  }

  /**
   * Withdrawal by the applicant (message {@code ApplicantWithdrew}): needs a date and a reason, and is possible only
   * until the 党委 approves the admission. A probationary member leaves only by the statutory paths (取消预备党员资格,
   * 《中国共产党章程》第七条; 退党, 第九条), and an outcome once reached is never replaced.
   */
  public void withdraw(DelegateExecution execution) {
    Object outcome = execution.getVariable("caseOutcome");
    if (outcome != null) {
      throw new MembershipValidationException("withdrawalDate", "本案已办结（" + outcome + "），不能再撤回入党申请");
    }
    if ("approve".equals(execution.getVariable("admissionApprovalDecision"))) {
      throw new MembershipValidationException("withdrawalDate", "上级党委已于 " + execution.getVariable("approvalDate")
          + " 批准其为预备党员，不能再撤回入党申请：此后只能依《中国共产党章程》第七条经支部大会讨论、上级党组织批准取消预备党员资格，"
          + "或依第九条退党");
    }
    FieldValues.pastDate(execution, "withdrawalDate", "撤回日期");
    FieldValues.text(execution, "withdrawalReason", "撤回原因");
    CaseOutcome.record(execution, "withdrawn");
  }
}
