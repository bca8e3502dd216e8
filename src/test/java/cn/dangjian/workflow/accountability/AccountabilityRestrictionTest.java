package cn.dangjian.workflow.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dangjian.workflow.identity.MemberStanding;
import cn.dangjian.workflow.membership.MemberSelectionValidator;
import java.time.LocalDate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Restriction periods (影响期) with time travel: a decision of 留党察看 for a year takes b1-member1's vote and makes
 * them unfit to sponsor or be a contact person in member development from the decision date; a year later the
 * restriction process's timer ends the period with its record and the standing returns. The organisation model's
 * starting state (b1-member5 under 留党察看) is data too.
 */
class AccountabilityRestrictionTest extends AccountabilityCaseScenario {

  @Autowired MemberStanding standing;
  @Autowired MemberSelectionValidator selections;

  @Test
  void partyProbationTakesTheVoteFromTheDecisionUntilThePeriodEnds() {
    day = LocalDate.of(2026, 4, 1);
    assertThat(standing.underPartyProbation(SUBJECT)).isFalse();
    long voters = tallies.votingMembers("C1-B1");
    ProcessInstance pi = toDecision(individual(SUBJECT, "C1-B1"), report("grave", "severe", false, false, true));
    decide(pi, with(decision("accountable", "留党察看"), vars("partyProbationMonths", 12, "deviationReason",
        "违反政治纪律，依纪律处分条例给予留党察看一年")));
    LocalDate decided = day;

    assertThat(standing.underPartyProbation(SUBJECT)).isTrue();
    assertThat(tallies.votingMembers("C1-B1")).isEqualTo(voters - 1);
    assertThatThrownBy(() -> selections.sponsors("C1-B1", SUBJECT, "b1-member2"))
        .hasMessageContaining("受留党察看处分");
    assertThatThrownBy(() -> selections.contactPersons("C1-B1", SUBJECT, null)).hasMessageContaining("受留党察看处分");
    assertThat((String) runtime.getVariable(pi.getId(), "restrictionSummary")).contains("留党察看：" + decided);

    deliver(pi);
    execute(pi);
    appealWindowPasses(pi);
    assertThat(runtime.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).count()).isEqualTo(1);
    at(decided.plusYears(1).minusDays(1));
    runJobs(pi);
    assertThat(standing.underPartyProbation(SUBJECT)).as("the last day of the period").isTrue();
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).count()).isEqualTo(1);

    at(decided.plusYears(1));
    runJobs(pi);
    assertThat(standing.underPartyProbation(SUBJECT)).isFalse();
    assertThat(tallies.votingMembers("C1-B1")).isEqualTo(voters);
    assertThat(selections.sponsors("C1-B1", SUBJECT, "b1-member2")).hasSize(2);
    assertEnded(pi);
    assertThat(dossier(pi)).containsSubsequence("accountability.decision", "accountability.restriction-ended",
        "accountability.dossier-index");
  }

  @Test
  void aDecisionRevokedOnAppealLiftsTheRestrictionAtOnce() {
    ProcessInstance pi = new AccountabilityCasePaths(this).partyProbationRevoked();
    assertThat(standing.underPartyProbation("b1-member3")).isFalse();
    assertEnded(pi);
    assertThat(dossier(pi)).contains("accountability.appeal-review").doesNotContain("accountability.restriction-ended");
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
        .activityId("Task_RevokeRestrictions").count()).isEqualTo(1);
  }

  @Test
  void aWarningRunsAYearAndLeavesTheVote() {
    ProcessInstance pi = toDecision(individual("b1-member2", "C1-B1"), report("serious", "adverse", false, false, false));
    decide(pi, with(decision("accountable", "警告"), vars("deviationReason", "违反工作纪律")));
    assertThat(standing.underPartyProbation("b1-member2")).isFalse();
    assertThat((String) runtime.getVariable(pi.getId(), "restrictionPeriods")).isEqualTo("警告@" + day + "@"
        + day.plusYears(1));
  }

  @Test
  void theOrganisationModelsStartingStateIsData() {
    assertThat(standing.underPartyProbation("b1-member5")).isTrue();
    assertThat(standing.underPartyProbation("b1-member3")).isFalse();
  }
}
