package cn.dangjian.workflow.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import org.camunda.bpm.engine.FormService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 继续培养考察: a 预审 not passed, a failed 支部大会 vote or a 上级党委 that does not approve may send the 发展对象 back to
 * training with the reason recorded instead of ending the case; afterwards the 支委会 reviews the person again
 * (第十九条). Submissions go through the form door ({@link FormService#submitTaskForm}).
 */
class MemberDevelopmentContinuedTrainingTest extends MemberDevelopmentTestBase {

  @Autowired FormService forms;

  private Case reviewedByTheBranch() {
    return newCase().untilDevelopmentTarget().developmentTarget(LocalDate.of(2026, 4, 23), "designate")
        .file("Task_FileDevelopmentTarget", LocalDate.of(2026, 4, 24)).sponsors(LocalDate.of(2026, 4, 25))
        .politicalReview(LocalDate.of(2026, 5, 6), "passed").shortTraining(LocalDate.of(2026, 5, 11), 3, 24)
        .branchCommitteeReview(LocalDate.of(2026, 5, 15), "approve");
  }

  @Test
  void aPreReviewNotPassedSendsTheDevelopmentTargetBackToTrainingAndToANewReview() {
    Case c = reviewedByTheBranch();
    at(LocalDate.of(2026, 5, 20));
    forms.submitTaskForm(task(c.pi, "Task_CommitteePreReview").getId(), vars("preReviewDate", "2026-05-20",
        "preReviewOpinion", "对党的基本知识掌握不够，继续培养半年", "preReviewDecision", "continueTraining"));
    runJobs(c.pi);
    assertThat(c.pi).isWaitingAt("Task_ContinueTraining").variables()
        .containsEntry("continuedTrainingStep", "上级党委预审")
        .containsEntry("continuedTrainingReason", "对党的基本知识掌握不够，继续培养半年")
        .containsEntry("continuedTrainingFrom", "2026-05-20").doesNotContainKey("caseOutcome");

    at(LocalDate.of(2026, 11, 20));
    assertThatThrownBy(() -> forms.submitTaskForm(task(c.pi, "Task_ContinueTraining").getId(), vars(
        "continuedTrainingEndDate", "2026-05-10", "continuedTrainingSummary", "x")))
        .hasMessageContaining("continuedTrainingEndDate");
    c.continueTraining(LocalDate.of(2026, 11, 20));
    assertThat(c.pi).isWaitingAt("Task_BranchCommitteeReview");
    assertThat(recordsOf(c.pi)).endsWith("membership.pre-review", "membership.continued-training");

    c.branchCommitteeReview(LocalDate.of(2026, 11, 25), "approve").preReview(LocalDate.of(2026, 11, 30), "pass");
    assertThat(c.pi).isWaitingAt("Task_FillAdmissionForm");
  }

  @Test
  void aFailedVoteSaysWhetherTheCaseEndsOrTrainingContinues() {
    Case c = newCase().untilAdmissionVote();
    at(LocalDate.of(2026, 5, 25));
    String taskId = task(c.pi, "Task_BranchMeetingVote").getId();
    assertThatThrownBy(() -> forms.submitTaskForm(taskId, with(vars("meetingDate", "2026-05-25", "meetingMinutes",
        "逐个表决"), tally("", 7, 5, 3, 1, 1))))
        .hasMessageContaining("admissionVoteFollowUp").hasMessageContaining("第二十一条");
    assertThat(c.pi).isWaitingAt("Task_BranchMeetingVote");

    forms.submitTaskForm(taskId, with(vars("meetingDate", "2026-05-25", "meetingMinutes", "逐个表决",
        "admissionVoteFollowUp", "continueTraining"), tally("", 7, 5, 3, 1, 1)));
    runJobs(c.pi);
    assertThat(c.pi).isWaitingAt("Task_ContinueTraining").variables()
        .containsEntry("admissionVoteResult", "failed").containsEntry("continuedTrainingStep", "支部大会讨论")
        .containsEntry("continuedTrainingReason", "支部大会表决未通过：赞成 3 票 ≤ 应到 7 人的半数（3.5）")
        .doesNotContainKey("caseOutcome");
  }

  @Test
  void aCommitteeThatDoesNotApproveMaySendTheCaseBackToTraining() {
    Case c = newCase().untilAdmissionVote().admissionVote(LocalDate.of(2026, 5, 25), 7, 6, 5, 1, 0)
        .committeeTalk(LocalDate.of(2026, 6, 1)).approval(LocalDate.of(2026, 6, 10), "continueTraining");
    assertThat(c.pi).isWaitingAt("Task_ContinueTraining").variables()
        .containsEntry("continuedTrainingStep", "上级党委审批").containsEntry("continuedTrainingReason", "党委会议集体讨论")
        .containsEntry("approvalExtended", false).doesNotContainKey("caseOutcome");
    assertThat(recordsOf(c.pi)).endsWith("membership.admission-approval");
  }
}
