package cn.dangjian.workflow.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.dangjian.workflow.calendar.CaseTime;
import java.time.LocalDate;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/** Time limits: talk within a month, a year of training, short training, approval within 3 (6) months. */
class MemberDevelopmentDeadlineTest extends MemberDevelopmentTestBase {

  @Test
  void remindsThenEscalatesMissedTalkDeadline() {
    Case c = newCase().start();
    Task talk = task(c.pi, "Task_TalkWithApplicant");
    assertThat(talk).hasCandidateGroup("C1-B1.secretary").hasCandidateGroup("C1-B1.organiser");
    assertThat(talk.getDueDate()).as("close of 2025-04-03").isEqualTo(CaseTime.startOf(LocalDate.of(2025, 4, 4)));

    c.probationEnds(LocalDate.of(2025, 3, 27));
    assertThat(runtime.getVariable(c.pi.getId(), "talkReminderSent")).isNull();
    c.probationEnds(LocalDate.of(2025, 3, 28));
    assertThat(runtime.getVariable(c.pi.getId(), "talkReminderSent")).isEqualTo(true);
    assertThat(task(c.pi, "Task_TalkWithApplicant").getPriority()).isEqualTo(TalkReminder.REMINDED_PRIORITY);
    assertThat(tasks.getTaskComments(talk.getId())).hasSize(1).first().extracting(comment -> comment.getFullMessage())
        .asString().contains("《中国共产党发展党员工作细则》第七条");

    c.probationEnds(LocalDate.of(2025, 4, 3));
    assertThat(tasks.createTaskQuery().processInstanceId(c.pi.getId()).taskDefinitionKey("Task_SuperviseOverdueTalk")
        .count()).isZero();
    c.probationEnds(LocalDate.of(2025, 4, 4));
    assertThat(task(c.pi, "Task_SuperviseOverdueTalk")).hasCandidateGroup("C1.secretary");
    assertThat(c.pi).isWaitingAt("Task_TalkWithApplicant", "Task_SuperviseOverdueTalk");
    complete(c.pi, "Task_SuperviseOverdueTalk", vars("supervisionDate", "2025-04-04", "supervisionNote", "已督促支部"));
    c.talk(LocalDate.of(2025, 4, 7));
    assertThat(c.pi).hasPassed("End_TalkEscalationHandled", "End_TalkReminded").isWaitingAt("Task_DesignateActivist");
  }

  @Test
  void activistTrainingCannotEndBeforeOneYear() {
    Case c = newCase().start().talk(LocalDate.of(2025, 3, 10)).activist(LocalDate.of(2025, 4, 15), "designate")
        .file("Task_FileActivist", LocalDate.of(2025, 4, 20)).contactPersons(LocalDate.of(2025, 4, 21));
    at(LocalDate.of(2026, 4, 14));
    assertThatThrownBy(() -> tasks.complete(task(c.pi, "Task_TrainActivist").getId(), vars("trainingSummary", "良好",
        "thoughtReports", 4, "proposalDate", "2026-04-14", "localPublicNotice", false)))
        .hasMessageContaining("培养教育考察未满一年").hasMessageContaining("2026-04-15").hasMessageContaining("第十三条");
    assertThat(c.pi).isWaitingAt("Task_TrainActivist");
    c.train(LocalDate.of(2026, 4, 15), false);
    assertThat(c.pi).isWaitingAt("Task_DesignateDevelopmentTarget");
  }

  @Test
  void shortTrainingNeedsThreeDaysOr24Hours() {
    Case c = newCase().untilDevelopmentTarget().developmentTarget(LocalDate.of(2026, 4, 23), "designate")
        .file("Task_FileDevelopmentTarget", LocalDate.of(2026, 4, 24)).sponsors(LocalDate.of(2026, 4, 25))
        .politicalReview(LocalDate.of(2026, 5, 6), "passed");
    at(LocalDate.of(2026, 5, 14));
    assertThatThrownBy(() -> tasks.complete(task(c.pi, "Task_ShortTraining").getId(), vars("trainingFrom",
        "2026-05-11", "trainingTo", "2026-05-12", "trainingDays", 2, "trainingHours", 16, "trainingProvider", "党校")))
        .hasMessageContaining("培训时间不足：2 天、16 学时").hasMessageContaining("trainingDays");
    assertThat(c.pi).isWaitingAt("Task_ShortTraining");
    c.shortTraining(LocalDate.of(2026, 5, 11), 2, 24);
    assertThat(c.pi).isWaitingAt("Task_BranchCommitteeReview");
  }

  @Test
  void extendsApprovalOnceWithReasonThenApproves() {
    Case c = newCase().untilAdmissionVote().admissionVote(LocalDate.of(2026, 5, 25), 7, 6, 5, 1, 0)
        .committeeTalk(LocalDate.of(2026, 6, 1));
    assertThat(task(c.pi, "Task_CommitteeApproval").getDueDate()).isEqualTo(CaseTime.startOf(LocalDate.of(2026, 8, 26)));
    c.probationEnds(LocalDate.of(2026, 8, 26));
    assertThat(c.pi).isWaitingAt("Task_CommitteeApproval", "Task_ExtendApproval");
    at(LocalDate.of(2026, 8, 27));
    assertThatThrownBy(() -> tasks.complete(task(c.pi, "Task_CommitteeApproval").getId(), with(vars("approvalDate",
        "2026-08-27", "admissionApprovalDecision", "approve", "approvalReason", "同意"), tally("committee", 4, 4, 4, 0, 0))))
        .hasMessageContaining("超过3个月审批期限").hasMessageContaining("第二十五条");
    complete(c.pi, "Task_ExtendApproval", vars("approvalExtensionReason", "党委换届，会议推迟"));
    assertThat(recordsOf(c.pi)).contains("membership.approval-extension");
    c.approval(LocalDate.of(2026, 9, 10), "approve");
    assertThat(c.pi).isWaitingAt("Task_FileAdmission").hasPassed("End_ApprovalExtended");
  }

  @Test
  void escalatesApprovalOverSixMonthsToOrganisationDept() {
    Case c = newCase().untilAdmissionVote().admissionVote(LocalDate.of(2026, 5, 25), 7, 6, 5, 1, 0)
        .committeeTalk(LocalDate.of(2026, 6, 1)).probationEnds(LocalDate.of(2026, 8, 26));
    complete(c.pi, "Task_ExtendApproval", vars("approvalExtensionReason", "材料补充"));
    c.probationEnds(LocalDate.of(2026, 11, 26));
    assertThat(task(c.pi, "Task_SuperviseOverdueApproval")).hasCandidateGroup("C1-OD");
    complete(c.pi, "Task_SuperviseOverdueApproval", vars("supervisionDate", "2026-11-26", "supervisionNote", "督办"));
    c.approval(LocalDate.of(2026, 11, 30), "approve");
    assertThat(c.pi).hasPassed("End_ApprovalEscalationHandled").isWaitingAt("Task_FileAdmission")
        .variables().containsEntry("approvalOverdue", true);
  }

  @Test
  void escalatesOverdueConversionApproval() {
    Case c = newCase().untilProbation().probationEnds(LocalDate.of(2027, 5, 25))
        .conversionApplication(LocalDate.of(2027, 5, 25)).conversionVote(LocalDate.of(2027, 6, 1), "convert", null, 7, 7)
        .probationEnds(LocalDate.of(2027, 9, 2));
    assertThat(task(c.pi, "Task_SuperviseOverdueConversion")).hasCandidateGroup("C1-OD");
    complete(c.pi, "Task_SuperviseOverdueConversion", vars("supervisionDate", "2027-09-02", "supervisionNote", "督办"));
    c.conversionApproval(LocalDate.of(2027, 9, 5), "convert", null).archive(LocalDate.of(2027, 9, 10));
    assertThat(c.pi).isEnded().hasPassed("End_ConversionEscalationHandled", "End_Converted");
  }

  @Test
  void completedWorkEndsItsOpenSupervision() {
    Case talkLate = newCase().start().probationEnds(LocalDate.of(2025, 4, 4));
    assertThat(talkLate.pi).isWaitingAt("Task_TalkWithApplicant", "Task_SuperviseOverdueTalk");
    talkLate.talk(LocalDate.of(2025, 4, 8));
    assertThat(talkLate.pi).hasPassed("End_TalkSupervisionObsolete").isWaitingAt("Task_DesignateActivist");

    Case approvalLate = newCase().untilAdmissionVote().admissionVote(LocalDate.of(2026, 5, 25), 7, 6, 5, 1, 0)
        .committeeTalk(LocalDate.of(2026, 6, 1)).probationEnds(LocalDate.of(2026, 8, 26));
    complete(approvalLate.pi, "Task_ExtendApproval", vars("approvalExtensionReason", "材料补充"));
    approvalLate.probationEnds(LocalDate.of(2026, 11, 26)).approval(LocalDate.of(2026, 11, 27), "approve");
    assertThat(approvalLate.pi).hasPassed("End_ApprovalSupervisionObsolete").isWaitingAt("Task_FileAdmission");

    Case conversionLate = newCase().untilProbation().probationEnds(LocalDate.of(2027, 5, 25))
        .conversionApplication(LocalDate.of(2027, 5, 25)).conversionVote(LocalDate.of(2027, 6, 1), "convert", null, 7, 7)
        .probationEnds(LocalDate.of(2027, 9, 2));
    assertThat(conversionLate.pi).isWaitingAt("Task_ConversionApproval", "Task_SuperviseOverdueConversion");
    conversionLate.conversionApproval(LocalDate.of(2027, 9, 3), "convert", null);
    assertThat(conversionLate.pi).hasPassed("End_ConversionSupervisionObsolete").isWaitingAt("Task_ArchiveDossier");
  }
}
