package cn.dangjian.workflow.membership;

import static cn.dangjian.workflow.casework.FieldValues.text;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The steps between the written conversion application and the branch meeting (第三十三条: 本人向党组织提出书面转正申请；
 * 党小组提出意见；支部委员会审查；支部大会讨论、表决通过；报上级党委审批): complete listeners
 * {@code ${conversionSteps.partyGroupOpinion(task)}} and {@code ${conversionSteps.branchCommitteeReview(task)}}.
 */
@Component("conversionSteps")
public class ConversionSteps {

  private static final Set<String> PROPOSALS = Set.of("convert", "extend", "cancel");

  private final BranchDecisions branchDecisions;
  private final MembershipFieldCitations citations;

  public ConversionSteps(BranchDecisions branchDecisions, MembershipFieldCitations citations) {
    this.branchDecisions = branchDecisions;
    this.citations = citations;
  }

  /** 党小组提出意见: the group's opinion on the probationary member, dated after the application. */
  public void partyGroupOpinion(DelegateTask task) {
    TaskGuards.stepDate(task, "partyGroupOpinionDate", "党小组会议日期");
    text(task, "partyGroupOpinion", "党小组意见");
  }

  /** 支部委员会审查: the committee's opinion and what it puts to the branch meeting. */
  public void branchCommitteeReview(DelegateTask task) {
    TaskGuards.stepDate(task, "conversionReviewDate", "支委会审查日期");
    text(task, "conversionReviewOpinion", "审查意见");
    String proposal = text(task, "conversionReviewProposal", "提请支部大会讨论的意见");
    if (!PROPOSALS.contains(proposal)) {
      throw new MembershipValidationException("conversionReviewProposal",
          "提请支部大会讨论的意见（conversionReviewProposal）的取值 " + proposal + " 无效："
          + citations.clause(task, "conversionReviewProposal"));
    }
    branchDecisions.check(task, false, "conversionReviewProposal");
  }
}
