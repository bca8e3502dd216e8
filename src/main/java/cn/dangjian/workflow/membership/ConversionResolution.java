package cn.dangjian.workflow.membership;

import cn.dangjian.workflow.rules.RulePacks;
import cn.dangjian.workflow.casework.FieldValues;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The branch's conversion resolution as the 上级党委 sees it (第三十三条: 支部大会讨论、表决通过，报上级党委审批). The
 * 党委 approves or does not approve that resolution — the same outcome and the same extension months — and never
 * enters another outcome; "not approved" goes back to the branch with the reason. A create listener of
 * {@code Task_ConversionApproval} shows the resolution on the form ({@code ${conversionResolutions.describe(task)}}).
 */
@Component("conversionResolutions")
public class ConversionResolution {

  /** The flow that takes a resolution the 党委 did not approve back to the branch meeting. */
  static final String RETURN_FLOW = "Flow_ConversionNotApproved";

  static final String RETURNED = "returned";

  private final RulePacks rules;

  public ConversionResolution(RulePacks rules) {
    this.rules = rules;
  }

  private static final Map<String, String> OUTCOMES = Map.of("convert", "按期转为正式党员", "extend", "延长预备期",
      "cancel", "取消预备党员资格");

  /** Sets {@code conversionResolution}, the branch's resolution in words, e.g. "延长预备期6个月（支部大会 2027-06-01）". */
  public void describe(DelegateTask task) {
    task.setVariable("conversionResolution", text(task));
  }

  /** The outcome the branch resolved; the 党委's approval gives exactly this outcome. */
  String approvedOutcome(DelegateTask task) {
    describe(task);
    return proposal(task);
  }

  /** The months of extension the branch resolved (validated at the meeting, 第三十二条). */
  int extensionMonths(DelegateTask task) {
    return FieldValues.integer(task, "proposedExtensionMonths", "延长月数");
  }

  /** Not approved: the resolution goes back to the branch for a new meeting, with the reason recorded. */
  String returnToBranch(DelegateTask task, String reason) {
    if (task.getBpmnModelInstance().getModelElementById(RETURN_FLOW) == null) {
      throw new MembershipValidationException("conversionApprovalDecision", "本案所用的流程版本没有退回党支部重新讨论的步骤："
          + "不批准支部大会的决议须由系统管理员先将本案迁移到新版本（" + article(task) + "）");
    }
    describe(task);
    task.setVariable("conversionReturnReason", reason);
    task.setVariable("conversionReturnDate", task.getVariable("conversionApprovalDate"));
    return RETURNED;
  }

  /** The article of the conversion procedure in the case's rule pack (2014: 第三十三条). */
  private String article(DelegateTask task) {
    return rules.article((String) task.getVariable("rulePack"), "conversionProcedure");
  }

  private String proposal(DelegateTask task) {
    Object proposal = task.getVariable("conversionProposal");
    if (proposal == null || !OUTCOMES.containsKey(proposal.toString())) {
      throw new MembershipValidationException("conversionApprovalDecision",
          "没有可供审批的支部大会决议（" + article(task) + "：支部大会讨论、表决通过后报上级党委审批）");
    }
    return proposal.toString();
  }

  private String text(DelegateTask task) {
    String proposal = proposal(task);
    String words = OUTCOMES.get(proposal);
    if (proposal.equals("extend")) {
      words += extensionMonths(task) + "个月";
    }
    Object meeting = task.getVariable("conversionMeetingDate");
    return meeting == null ? words : words + "（支部大会 " + meeting + "）";
  }
}
