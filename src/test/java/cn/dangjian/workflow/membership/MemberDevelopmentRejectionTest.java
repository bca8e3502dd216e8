package cn.dangjian.workflow.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Every decision point can reject (with a recorded reason) or, where the regulation allows, defer. */
class MemberDevelopmentRejectionTest extends MemberDevelopmentTestBase {

  private void closesAsNotAdmitted(Case c, LocalDate day, String step) {
    assertThat(c.pi).isWaitingAt("Task_ArchiveDossier").variables().containsEntry("caseOutcome", "rejected")
        .containsEntry("rejectionStep", step);
    assertThat(recordsOf(c.pi)).endsWith("membership.dossier-index");
    c.archive(day);
    assertThat(c.pi).isEnded().hasPassed("End_NotAdmitted").hasNotPassed("End_Converted");
  }

  @Test
  void rejectsAtActivistDesignation() {
    Case c = newCase().start().talk(LocalDate.of(2025, 3, 10)).activist(LocalDate.of(2025, 4, 15), "reject");
    assertThat(c.pi).variables().containsEntry("rejectionReason", "表现待观察");
    assertThat(recordsOf(c.pi)).contains("membership.activist-decision");
    closesAsNotAdmitted(c, LocalDate.of(2025, 4, 20), "确定入党积极分子");
  }

  @Test
  void defersActivistDesignationThenDesignates() {
    Case c = newCase().start().talk(LocalDate.of(2025, 3, 10)).activist(LocalDate.of(2025, 4, 15), "defer");
    assertThat(c.pi).isWaitingAt("Task_DesignateActivist");
    c.activist(LocalDate.of(2025, 10, 15), "designate");
    assertThat(c.pi).isWaitingAt("Task_FileActivist").variables().containsEntry("activistDate", "2025-10-15");
  }

  @Test
  void rejectionNeedsAReason() {
    Case c = newCase().start().talk(LocalDate.of(2025, 3, 10));
    at(LocalDate.of(2025, 4, 15));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> tasks.complete(task(c.pi, "Task_DesignateActivist").getId(),
        vars("recommendationSource", "党员推荐", "activistDecision", "reject", "activistDecisionDate", "2025-04-15")))
        .hasMessageContaining("activistDecisionReason");
    assertThat(c.pi).isWaitingAt("Task_DesignateActivist");
  }

  @Test
  void rejectsAtDevelopmentTarget() {
    Case c = newCase().untilDevelopmentTarget().developmentTarget(LocalDate.of(2026, 4, 23), "reject");
    closesAsNotAdmitted(c, LocalDate.of(2026, 4, 30), "确定发展对象");
  }

  @Test
  void defersDevelopmentTargetAndTrainingContinues() {
    Case c = newCase().untilDevelopmentTarget().developmentTarget(LocalDate.of(2026, 4, 23), "defer");
    assertThat(c.pi).isWaitingAt("Task_TrainActivist");
    c.train(LocalDate.of(2026, 7, 1), false).developmentTarget(LocalDate.of(2026, 7, 2), "designate");
    assertThat(c.pi).isWaitingAt("Task_FileDevelopmentTarget");
  }

  @Test
  void rejectsAfterFailedPoliticalReview() {
    Case c = newCase().untilDevelopmentTarget().developmentTarget(LocalDate.of(2026, 4, 23), "designate")
        .file("Task_FileDevelopmentTarget", LocalDate.of(2026, 4, 24)).sponsors(LocalDate.of(2026, 4, 25))
        .politicalReview(LocalDate.of(2026, 5, 6), "failed");
    assertThat(recordsOf(c.pi)).contains("membership.political-review").doesNotContain("membership.training-certificate");
    closesAsNotAdmitted(c, LocalDate.of(2026, 5, 7), "政治审查");
  }

  @Test
  void rejectsAtBranchCommitteeReview() {
    Case c = newCase().untilDevelopmentTarget().developmentTarget(LocalDate.of(2026, 4, 23), "designate")
        .file("Task_FileDevelopmentTarget", LocalDate.of(2026, 4, 24)).sponsors(LocalDate.of(2026, 4, 25))
        .politicalReview(LocalDate.of(2026, 5, 6), "passed").shortTraining(LocalDate.of(2026, 5, 11), 3, 24)
        .branchCommitteeReview(LocalDate.of(2026, 5, 15), "reject");
    closesAsNotAdmitted(c, LocalDate.of(2026, 5, 16), "支部委员会审查");
  }

  @Test
  void rejectsAtPreReview() {
    Case c = newCase().untilDevelopmentTarget().developmentTarget(LocalDate.of(2026, 4, 23), "designate")
        .file("Task_FileDevelopmentTarget", LocalDate.of(2026, 4, 24)).sponsors(LocalDate.of(2026, 4, 25))
        .politicalReview(LocalDate.of(2026, 5, 6), "passed").shortTraining(LocalDate.of(2026, 5, 11), 3, 24)
        .branchCommitteeReview(LocalDate.of(2026, 5, 15), "approve").preReview(LocalDate.of(2026, 5, 20), "reject");
    closesAsNotAdmitted(c, LocalDate.of(2026, 5, 21), "上级党委预审");
  }

  @Test
  void rejectsAtAdmissionApproval() {
    Case c = newCase().untilAdmissionVote().admissionVote(LocalDate.of(2026, 5, 25), 7, 7, 6, 1, 0)
        .committeeTalk(LocalDate.of(2026, 6, 1)).approval(LocalDate.of(2026, 6, 10), "reject");
    assertThat(recordsOf(c.pi)).contains("membership.admission-approval").doesNotContain("membership.admission-filing");
    closesAsNotAdmitted(c, LocalDate.of(2026, 6, 11), "上级党委审批");
  }

  @Test
  void approvalWithoutAPassingCommitteeVoteIsRefused() {
    Case c = newCase().untilAdmissionVote().admissionVote(LocalDate.of(2026, 5, 25), 7, 7, 6, 1, 0)
        .committeeTalk(LocalDate.of(2026, 6, 1));
    at(LocalDate.of(2026, 6, 10));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> tasks.complete(task(c.pi, "Task_CommitteeApproval").getId(),
        with(vars("approvalDate", "2026-06-10", "admissionApprovalDecision", "approve", "approvalReason", "讨论"),
            tally("committee", 4, 4, 2, 2, 0))))
        .hasMessageContaining("赞成 2 票 ≤ 应到 4 人的半数（2）");
    assertThat(c.pi).isWaitingAt("Task_CommitteeApproval");
  }
}
