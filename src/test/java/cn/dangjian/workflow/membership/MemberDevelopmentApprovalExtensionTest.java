package cn.dangjian.workflow.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The 3-month approval period (第二十五条): when it has run out, the 党委 records why it extends the period — unless
 * its decision, recorded late, was taken in time; then the open extension task ends with the approval.
 */
class MemberDevelopmentApprovalExtensionTest extends MemberDevelopmentTestBase {

  @Test
  void anApprovalRecordedLateButDatedInTimeEndsTheOpenExtensionTask() {
    Case c = newCase().untilAdmissionVote().admissionVote(LocalDate.of(2026, 5, 25), 7, 6, 5, 1, 0)
        .committeeTalk(LocalDate.of(2026, 6, 1)).probationEnds(LocalDate.of(2026, 8, 26));
    assertThat(c.pi).isWaitingAt("Task_CommitteeApproval", "Task_ExtendApproval");

    at(LocalDate.of(2026, 8, 27));
    complete(c.pi, "Task_CommitteeApproval", with(vars("approvalDate", "2026-08-20", "admissionApprovalDecision",
        "approve", "approvalReason", "8月20日党委会议集体讨论，会后补录"), tally("committee", 4, 4, 4, 0, 0)));

    assertThat(c.pi).isWaitingAt("Task_FileAdmission");
    assertThat(tasks.createTaskQuery().processInstanceId(c.pi.getId()).taskDefinitionKey("Task_ExtendApproval")
        .count()).as("the extension task ends with the approval").isZero();
    assertThat(c.pi).hasPassed("End_ApprovalExtensionObsolete");
    assertThat(recordsOf(c.pi)).contains("membership.admission-approval").doesNotContain("membership.approval-extension");
  }
}
