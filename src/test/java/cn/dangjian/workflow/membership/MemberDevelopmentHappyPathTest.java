package cn.dangjian.workflow.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.junit.jupiter.api.Test;

class MemberDevelopmentHappyPathTest extends MemberDevelopmentTestBase {

  @Test
  void convertsOnTimeOverMoreThanTwoYears() {
    Case c = newCase().start().talk(LocalDate.of(2025, 3, 10)).activist(LocalDate.of(2025, 4, 15), "designate")
        .file("Task_FileActivist", LocalDate.of(2025, 4, 20)).contactPersons(LocalDate.of(2025, 4, 21));
    assertThat(c.pi.getBusinessKey()).matches("DY-C1-B1-2025-\\d{4}");
    assertThat(c.pi).variables().containsEntry("caseNumber", c.pi.getBusinessKey())
        .containsEntry("caseTitle", "党员发展：林晓").containsEntry("rulePack", "2014");
    // half-yearly assessments while activist (timer cycle from 2025-04-21): one done, one still open
    c.probationEnds(LocalDate.of(2025, 10, 22));
    at(LocalDate.of(2025, 10, 28));
    complete(c.pi, "Task_AssessActivist", vars("assessmentDate", "2025-10-28", "assessmentOpinion", "进步明显"));
    c.probationEnds(LocalDate.of(2026, 4, 22));
    assertThat(task(c.pi, "Task_AssessActivist")).hasCandidateGroup("C1-B1.secretary");
    c.train(LocalDate.of(2026, 4, 22), false);
    assertThat(c.pi).isWaitingAt("Task_DesignateDevelopmentTarget").hasPassed("End_AssessmentRecorded",
        "End_AssessmentSuperseded");
    assertThat(tasks.createTaskQuery().processInstanceId(c.pi.getId()).taskDefinitionKey("Task_AssessActivist").count())
        .as("the open assessment ended with the training stage").isZero();
    assertThat(task(c.pi, "Task_DesignateDevelopmentTarget")).hasCandidateGroup("C1-B1.committee");

    c.developmentTarget(LocalDate.of(2026, 4, 23), "designate")
        .file("Task_FileDevelopmentTarget", LocalDate.of(2026, 4, 24)).sponsors(LocalDate.of(2026, 4, 25))
        .politicalReview(LocalDate.of(2026, 5, 6), "passed").shortTraining(LocalDate.of(2026, 5, 11), 3, 24)
        .branchCommitteeReview(LocalDate.of(2026, 5, 15), "approve").preReview(LocalDate.of(2026, 5, 20), "pass")
        .admissionForm(LocalDate.of(2026, 5, 22));
    assertThat(task(c.pi, "Task_BranchMeetingVote")).hasCandidateGroup("C1-B1.secretary");
    c.admissionVote(LocalDate.of(2026, 5, 25), 7, 6, 5, 1, 0);
    assertThat(task(c.pi, "Task_CommitteeTalk")).hasCandidateGroup("C1.organiser");
    c.committeeTalk(LocalDate.of(2026, 6, 1));
    assertThat(task(c.pi, "Task_CommitteeApproval")).hasCandidateGroup("C1.committee");
    c.approval(LocalDate.of(2026, 6, 10), "approve");
    assertThat(task(c.pi, "Task_FileAdmission")).hasCandidateGroup("C1-OD");
    c.file("Task_FileAdmission", LocalDate.of(2026, 6, 12)).partyGroup(LocalDate.of(2026, 6, 15))
        .oath(LocalDate.of(2026, 6, 20));
    assertThat(c.pi).isWaitingAt("Timer_ProbationEnds");

    c.probationEnds(LocalDate.of(2027, 5, 24));
    assertThat(c.pi).as("one day before a year from the meeting").isWaitingAt("Timer_ProbationEnds");
    c.probationEnds(LocalDate.of(2027, 5, 25));
    assertThat(c.pi).isWaitingAt("Task_ApplyForConversion");
    c.conversionApplication(LocalDate.of(2027, 5, 25)).conversionVote(LocalDate.of(2027, 6, 1), "convert", null, 7, 7)
        .conversionApproval(LocalDate.of(2027, 6, 15), "convert", null);
    assertThat(c.pi).isWaitingAt("Task_ArchiveDossier");
    c.archive(LocalDate.of(2027, 6, 20));

    assertThat(c.pi).isEnded().hasPassed("End_Converted");
    HistoricVariableInstance conversionDate = history.createHistoricVariableInstanceQuery()
        .processInstanceId(c.pi.getId()).variableName("conversionDate").singleResult();
    assertThat(conversionDate.getValue()).as("party age counts from the end of probation").isEqualTo("2027-05-25");
    assertThat(recordsOf(c.pi)).containsSubsequence("membership.application", "membership.application-receipt",
        "membership.talk-record",
        "membership.activist-decision", "membership.activist-filing", "membership.contact-persons",
        "membership.development-target-decision", "membership.development-target-filing", "membership.sponsors",
        "membership.political-review", "membership.training-certificate", "membership.branch-committee-review",
        "membership.pre-review", "membership.admission-form", "membership.admission-resolution",
        "membership.committee-talk",
        "membership.admission-approval", "membership.admission-filing", "membership.oath-record",
        "membership.conversion-application", "membership.party-group-conversion-opinion",
        "membership.branch-committee-conversion-review", "membership.conversion-resolution",
        "membership.conversion-approval",
        "membership.dossier-index");
    assertThat(recordsOf(c.pi)).contains("membership.activist-assessment").doesNotContain("membership.public-notice");
    assertThat(recordsOf(c.pi).get(recordsOf(c.pi).size() - 1)).isEqualTo("membership.dossier-index");
  }
}
