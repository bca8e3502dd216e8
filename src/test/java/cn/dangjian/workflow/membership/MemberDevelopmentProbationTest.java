package cn.dangjian.workflow.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Probation (预备期): one year from the general meeting; extended once by 6–12 months; or cancelled (第三十二条). */
class MemberDevelopmentProbationTest extends MemberDevelopmentTestBase {

  @Test
  void extendsProbationThenConverts() {
    Case c = newCase().untilProbation().probationEnds(LocalDate.of(2027, 5, 25))
        .conversionApplication(LocalDate.of(2027, 5, 25));
    at(LocalDate.of(2027, 6, 1));
    assertThatThrownBy(() -> tasks.complete(task(c.pi, "Task_ConversionVote").getId(), with(vars(
        "conversionMeetingDate", "2027-06-01", "conversionProposal", "extend", "proposedExtensionMonths", 13,
        "conversionProposalReason", "需继续考察"), tally("conversion", 7, 7, 6, 1, 0))))
        .hasMessageContaining("proposedExtensionMonths").hasMessageContaining("6至12个月");
    c.conversionVote(LocalDate.of(2027, 6, 1), "extend", 6, 7, 6).conversionApproval(LocalDate.of(2027, 6, 15),
        "extend", 6);
    assertThat(recordsOf(c.pi)).contains("membership.conversion-resolution", "membership.conversion-approval");
    assertThat(c.pi).isWaitingAt("Timer_ProbationEnds").variables().containsEntry("probationExtended", true);

    c.probationEnds(LocalDate.of(2027, 11, 24));
    assertThat(c.pi).isWaitingAt("Timer_ProbationEnds");
    c.probationEnds(LocalDate.of(2027, 11, 25)).conversionApplication(LocalDate.of(2027, 11, 25));
    at(LocalDate.of(2027, 12, 1));
    assertThatThrownBy(() -> tasks.complete(task(c.pi, "Task_ConversionVote").getId(), with(vars(
        "conversionMeetingDate", "2027-12-01", "conversionProposal", "extend", "proposedExtensionMonths", 6,
        "conversionProposalReason", "仍需考察"), tally("conversion", 7, 7, 6, 1, 0))))
        .hasMessageContaining("预备期只能延长一次");
    c.conversionVote(LocalDate.of(2027, 12, 1), "convert", null, 7, 7)
        .conversionApproval(LocalDate.of(2027, 12, 10), "convert", null).archive(LocalDate.of(2027, 12, 15));
    assertThat(c.pi).isEnded().hasPassed("End_Converted");
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(c.pi.getId())
        .variableName("conversionDate").singleResult().getValue()).isEqualTo("2027-11-25");
  }

  @Test
  void cancelsProbationaryStatus() {
    Case c = newCase().untilProbation().probationEnds(LocalDate.of(2027, 5, 25))
        .conversionApplication(LocalDate.of(2027, 5, 26))
        .conversionVote(LocalDate.of(2027, 6, 1), "cancel", null, 7, 5)
        .conversionApproval(LocalDate.of(2027, 6, 20), "cancel", null);
    assertThat(c.pi).isWaitingAt("Task_ArchiveDossier").variables().containsEntry("caseOutcome", "cancelled");
    c.archive(LocalDate.of(2027, 6, 25));
    assertThat(c.pi).isEnded().hasPassed("End_StatusCancelled");
    assertThat(recordsOf(c.pi)).endsWith("membership.conversion-approval", "membership.dossier-index");
  }

  @Test
  void conversionApplicationCannotBeDatedBeforeProbationNearlyEnds() {
    Case c = newCase().untilProbation().probationEnds(LocalDate.of(2027, 5, 25));
    assertThat(c.pi).isWaitingAt("Task_ApplyForConversion");
    at(LocalDate.of(2027, 5, 25));
    assertThatThrownBy(() -> tasks.complete(task(c.pi, "Task_ApplyForConversion").getId(), vars(
        "conversionApplicationDate", "2027-01-10", "probationSummary", "x")))
        .hasMessageContaining("conversionApplicationDate");
  }
}
