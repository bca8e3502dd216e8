package cn.dangjian.workflow.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Conversion (转正, 第三十三条、第三十四条): written application, the 党小组's opinion, the 支委会's review, the branch
 * meeting, then the 上级党委, which approves or does not approve the branch's resolution — never
 * another outcome — and a resolution not approved goes back to the branch meeting with the reason. Submissions go
 * through the form door Tasklist and {@code submit-form} use ({@link FormService#submitTaskForm}).
 */
class MemberDevelopmentConversionTest extends MemberDevelopmentTestBase {

  @Autowired FormService forms;

  private Case resolved(String proposal, Integer months) {
    return newCase().untilProbation().probationEnds(LocalDate.of(2027, 5, 25))
        .conversionApplication(LocalDate.of(2027, 5, 25))
        .conversionVote(LocalDate.of(2027, 6, 1), proposal, months, 7, 6);
  }

  @Test
  void theBranchMeetingFollowsThePartyGroupOpinionAndTheCommitteeReview() {
    Case c = newCase().untilProbation().probationEnds(LocalDate.of(2027, 5, 25))
        .applyForConversion(LocalDate.of(2027, 5, 25));
    assertThat(c.pi).isWaitingAt("Task_PartyGroupConversionOpinion");
    assertThat(candidateGroups("Task_PartyGroupConversionOpinion", c))
        .containsExactlyInAnyOrder("C1-B1.secretary", "C1-B1.deputy-secretary", "C1-B1.organiser");
    at(LocalDate.of(2027, 5, 27));
    assertThatThrownBy(() -> forms.submitTaskForm(task(c.pi, "Task_PartyGroupConversionOpinion").getId(), vars(
        "partyGroupOpinionDate", "2027-05-20", "partyGroupOpinion", "同意")))
        .hasMessageContaining("partyGroupOpinionDate").hasMessageContaining("上一步骤的日期");

    c.partyGroupConversionOpinion(LocalDate.of(2027, 5, 27));
    assertThat(c.pi).isWaitingAt("Task_BranchCommitteeConversionReview");
    assertThat(candidateGroups("Task_BranchCommitteeConversionReview", c)).containsExactly("C1-B1.committee");
    at(LocalDate.of(2027, 5, 28));
    assertThatThrownBy(() -> forms.submitTaskForm(task(c.pi, "Task_BranchCommitteeConversionReview").getId(), vars(
        "conversionReviewDate", "2027-05-28", "conversionReviewOpinion", "x", "conversionReviewProposal", "admit")))
        .hasMessageContaining("conversionReviewProposal");

    c.branchCommitteeConversionReview(LocalDate.of(2027, 5, 28), "extend");
    assertThat(c.pi).isWaitingAt("Task_ConversionVote");
    assertThat(recordsOf(c.pi)).endsWith("membership.conversion-application",
        "membership.party-group-conversion-opinion", "membership.branch-committee-conversion-review");
  }

  private List<String> candidateGroups(String key, Case c) {
    return tasks.getIdentityLinksForTask(task(c.pi, key).getId()).stream()
        .filter(l -> "candidate".equals(l.getType())).map(IdentityLink::getGroupId).toList();
  }

  @Test
  void theCommitteeCannotSubstituteAnotherOutcomeForTheBranchResolution() {
    Case c = resolved("extend", 6);
    assertThat(c.pi).isWaitingAt("Task_ConversionApproval").variables()
        .containsEntry("conversionResolution", "延长预备期6个月（支部大会 2027-06-01）");
    at(LocalDate.of(2027, 6, 15));
    String taskId = task(c.pi, "Task_ConversionApproval").getId();
    assertThatThrownBy(() -> forms.submitTaskForm(taskId, with(vars("conversionApprovalDate", "2027-06-15",
        "conversionApprovalDecision", "approve", "conversionOutcome", "cancel", "conversionApprovalReason", "改为取消"),
        tally("conversionCommittee", 4, 4, 4, 0, 0))))
        .hasMessageContaining("没有字段 conversionOutcome");
    assertThatThrownBy(() -> forms.submitTaskForm(taskId, with(vars("conversionApprovalDate", "2027-06-15",
        "conversionApprovalDecision", "cancel", "conversionApprovalReason", "改为取消"),
        tally("conversionCommittee", 4, 4, 4, 0, 0))))
        .hasMessageContaining("conversionApprovalDecision");
    assertThat(c.pi).isWaitingAt("Task_ConversionApproval");

    forms.submitTaskForm(taskId, with(vars("conversionApprovalDate", "2027-06-15", "conversionApprovalDecision",
        "approve", "conversionApprovalReason", "同意支部大会决议"), tally("conversionCommittee", 4, 4, 4, 0, 0)));
    runJobs(c.pi);
    assertThat(c.pi).isWaitingAt("Timer_ProbationEnds").variables().containsEntry("conversionOutcome", "extend")
        .containsEntry("probationExtensionMonths", 6).containsEntry("probationExtended", true)
        .doesNotContainKey("caseOutcome");
  }

  @Test
  void approvingNeedsAPassingCommitteeVote() {
    Case c = resolved("convert", null);
    at(LocalDate.of(2027, 6, 15));
    assertThatThrownBy(() -> tasks.complete(task(c.pi, "Task_ConversionApproval").getId(), with(vars(
        "conversionApprovalDate", "2027-06-15", "conversionApprovalDecision", "approve", "conversionApprovalReason",
        "x"), tally("conversionCommittee", 4, 4, 2, 2, 0))))
        .hasMessageContaining("不能批准支部大会的决议").hasMessageContaining("第三十四条");
    assertThat(c.pi).isWaitingAt("Task_ConversionApproval");
  }

  @Test
  void aResolutionNotApprovedGoesBackToTheBranchMeetingWithTheReason() {
    Case c = resolved("convert", null).conversionNotApproved(LocalDate.of(2027, 6, 15), "群众反映预备期间有违纪问题，须重新讨论");
    assertThat(c.pi).isWaitingAt("Task_ConversionVote").variables()
        .containsEntry("conversionOutcome", ConversionResolution.RETURNED)
        .containsEntry("conversionReturnReason", "群众反映预备期间有违纪问题，须重新讨论")
        .containsEntry("conversionReturnDate", "2027-06-15").doesNotContainKey("caseOutcome");
    assertThat(recordsOf(c.pi)).endsWith("membership.conversion-resolution", "membership.conversion-approval");

    c.conversionVote(LocalDate.of(2027, 6, 22), "cancel", null, 7, 6)
        .conversionApproval(LocalDate.of(2027, 6, 30), "cancel", null);
    assertThat(c.pi).isWaitingAt("Task_ArchiveDossier").variables().containsEntry("caseOutcome", "cancelled");
    assertThat(Collections.frequency(recordsOf(c.pi), "membership.conversion-resolution")).isEqualTo(2);
    assertThat(Collections.frequency(recordsOf(c.pi), "membership.conversion-approval")).isEqualTo(2);
  }
}
