package cn.dangjian.workflow.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Collections;
import org.camunda.bpm.engine.exception.NotValidException;
import org.junit.jupiter.api.Test;

/** 支部大会 votes: quorum and majority counted against all members due (2014 细则 第二十条、第二十一条). */
class MemberDevelopmentVoteTest extends MemberDevelopmentTestBase {

  @Test
  void repeatsMeetingAfterFailedQuorum() {
    Case c = newCase().untilAdmissionVote().admissionVote(LocalDate.of(2026, 5, 25), 7, 3, 3, 0, 0);
    assertThat(c.pi).isWaitingAt("Task_BranchMeetingVote").variables().containsEntry("admissionVoteResult", "noQuorum");
    assertThat(Collections.frequency(recordsOf(c.pi), "membership.admission-resolution")).isEqualTo(1);
    c.admissionVote(LocalDate.of(2026, 6, 1), 7, 6, 6, 0, 0);
    assertThat(c.pi).isWaitingAt("Task_CommitteeTalk").variables().containsEntry("admissionMeetingDate", "2026-06-01")
        .containsEntry("admissionVoteAttempts", 2);
    assertThat(Collections.frequency(recordsOf(c.pi), "membership.admission-resolution")).isEqualTo(2);
  }

  @Test
  void rejectsAfterFailedMajorityWithAbsentees() {
    // 5 of 7 present (quorate); 3 in favour is a majority of those present but not more than half of the 7 due.
    Case c = newCase().untilAdmissionVote().admissionVote(LocalDate.of(2026, 5, 25), 7, 5, 3, 1, 1);
    assertThat(c.pi).isWaitingAt("Task_ArchiveDossier").variables().containsEntry("admissionVoteResult", "failed")
        .containsEntry("rejectionReason", "支部大会表决未通过：赞成 3 票 ≤ 应到 7 人的半数（3.5）");
  }

  @Test
  void rejectsInconsistentTallyAndKeepsTaskOpen() {
    Case c = newCase().untilAdmissionVote();
    at(LocalDate.of(2026, 5, 25));
    String taskId = task(c.pi, "Task_BranchMeetingVote").getId();
    assertThatThrownBy(() -> tasks.complete(taskId, with(vars("meetingDate", "2026-05-25", "meetingMinutes", "x"),
        tally("", 7, 6, 5, 1, 1))))
        .hasMessageContaining("赞成（5）+ 反对（1）+ 弃权（1）= 7 票，不能多于实到人数（6）").hasMessageContaining("voteAbstain");
    assertThatThrownBy(() -> tasks.complete(taskId, with(vars("meetingDate", "2026-05-25", "meetingMinutes", "x"),
        tally("", 7, 8, 5, 1, 1)))).hasMessageContaining("实到人数（8）不能多于应到人数（7）（votePresent）");
    assertThatThrownBy(() -> tasks.complete(taskId, with(vars("meetingDate", "2026-05-25", "meetingMinutes", "x"),
        tally("", 9, 8, 5, 1, 1)))).hasMessageContaining("不能多于有表决权的正式党员人数（7）");
    assertThat(c.pi).isWaitingAt("Task_BranchMeetingVote");
    assertThat(runtime.getVariable(c.pi.getId(), "admissionVoteResult")).isNull();
    assertThat(runtime.getVariable(c.pi.getId(), "votePresent")).as("nothing of the rejected form was kept").isNull();
    assertThat(recordsOf(c.pi)).doesNotContain("membership.admission-resolution");
  }

  @Test
  void rejectsMeetingDatedInTheFuture() {
    Case c = newCase().untilAdmissionVote();
    at(LocalDate.of(2026, 5, 25));
    assertThatThrownBy(() -> tasks.complete(task(c.pi, "Task_BranchMeetingVote").getId(),
        with(vars("meetingDate", "2026-05-26", "meetingMinutes", "x"), tally("", 7, 6, 5, 1, 0))))
        .hasRootCauseInstanceOf(NotValidException.class).hasMessageContaining("meetingDate").hasMessageContaining("不能晚于今天");
    assertThat(c.pi).isWaitingAt("Task_BranchMeetingVote");
  }

  @Test
  void repeatsConversionMeetingWhenNoResolutionIsAdopted() {
    Case c = newCase().untilProbation().probationEnds(LocalDate.of(2027, 5, 25))
        .conversionApplication(LocalDate.of(2027, 5, 25))
        .conversionVote(LocalDate.of(2027, 6, 1), "convert", null, 6, 3);
    assertThat(c.pi).isWaitingAt("Task_ConversionVote").variables().containsEntry("conversionVoteResult", "failed");
    c.conversionVote(LocalDate.of(2027, 6, 8), "convert", null, 3, 3);
    assertThat(c.pi).isWaitingAt("Task_ConversionVote").variables().containsEntry("conversionVoteResult", "noQuorum");
    c.conversionVote(LocalDate.of(2027, 6, 15), "convert", null, 6, 6);
    assertThat(c.pi).isWaitingAt("Task_ConversionApproval");
  }
}
