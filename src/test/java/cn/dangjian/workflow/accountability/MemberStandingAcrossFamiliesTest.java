package cn.dangjian.workflow.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import cn.dangjian.workflow.casework.VoteTallyValidator;
import cn.dangjian.workflow.identity.MemberStanding;
import cn.dangjian.workflow.membership.MemberDevelopmentScenario;
import cn.dangjian.workflow.records.RecordStore;
import cn.dangjian.workflow.records.StoredRecord;
import cn.dangjian.workflow.support.TakenSequenceFlows;
import cn.dangjian.workflow.web.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A 留党察看 decision of a 问责 case changes what a member may do in a real member-development case (the same context
 * as the 问责 tests, both drivers): from the decision 钱芳 (b1-member1) is refused as contact person and as sponsor,
 * and the branch meeting's tally may no longer count her among the members with voting rights. The period is ended
 * at the close, so no other test meets the restriction.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TakenSequenceFlows.class)
class MemberStandingAcrossFamiliesTest extends MemberDevelopmentScenario {

  private static final String MEMBER = "b1-member1";

  @Autowired RecordStore store;
  @Autowired VoteTallyValidator tallies;
  @Autowired IdentityService identity;
  @Autowired MemberStanding standing;

  @Override
  protected List<String> recordsOf(ProcessInstance pi) {
    return store.byBusinessKey(pi.getBusinessKey()).stream().map(StoredRecord::recordType).toList();
  }

  /** The 问责 driver on this test's engine. */
  private AccountabilityCaseScenario accountability() {
    AccountabilityCaseScenario a = new AccountabilityCaseScenario() { };
    a.engine = engine;
    a.runtime = runtime;
    a.tasks = tasks;
    a.management = management;
    a.history = history;
    a.records = store;
    a.tallies = tallies;
    a.identity = identity;
    return a;
  }

  private static Throwable root(Throwable thrown) {
    Throwable root = thrown;
    while (root != null && root.getCause() != null) {
      root = root.getCause();
    }
    return root;
  }

  private static void assertRefused(Throwable thrown, String field, String... messages) {
    assertThat(root(thrown)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
      assertThat(e.problems()).extracting(InvalidInputException.Problem::field).contains(field);
      assertThat(e.getMessage()).contains(messages);
    });
  }

  @Test
  void partyProbationBarsTheMemberFromSponsoringContactingAndVotingInMemberDevelopment() {
    AccountabilityCaseScenario a = accountability();
    a.day = LocalDate.of(2025, 3, 4);
    long voters = tallies.votingMembers("C1-B1");
    ProcessInstance decided = a.toDecision(AccountabilityCaseScenario.individual(MEMBER, "C1-B1"),
        a.report("grave", "severe", false, false, true));
    a.decide(decided, with(AccountabilityCaseScenario.decision("accountable", "留党察看"), vars("partyProbationMonths", 24,
        "deviationReason", "违反政治纪律，依纪律处分条例给予留党察看二年")));
    LocalDate decision = a.day;
    try {
      a.deliver(decided);
      a.execute(decided);
      a.appealWindowPasses(decided);

      Case c = newCase().start().talk(LocalDate.of(2025, 3, 10)).activist(LocalDate.of(2025, 4, 15), "designate")
          .file("Task_FileActivist", LocalDate.of(2025, 4, 20));
      at(LocalDate.of(2025, 4, 21));
      assertThat(standing.underPartyProbation(MEMBER)).isTrue();
      assertRefused(catchThrowable(() -> c.contactPersons(LocalDate.of(2025, 4, 21))), "contactPerson1",
          "钱芳", "受留党察看处分");
      complete(c.pi, "Task_AssignContactPersons", c.meeting(vars("contactPerson1", "b1-member2", "contactPerson2",
          "b1-member3")));

      c.probationEnds(LocalDate.of(2025, 10, 22)).probationEnds(LocalDate.of(2026, 4, 22))
          .train(LocalDate.of(2026, 4, 22), false).developmentTarget(LocalDate.of(2026, 4, 23), "designate")
          .file("Task_FileDevelopmentTarget", LocalDate.of(2026, 4, 24));
      assertRefused(catchThrowable(() -> c.sponsors(LocalDate.of(2026, 4, 25))), "sponsor1", "钱芳", "受留党察看处分");
      complete(c.pi, "Task_AssignSponsors", c.meeting(vars("sponsor1", "b1-member2", "sponsor2", "b1-member3")));

      c.politicalReview(LocalDate.of(2026, 5, 6), "passed").shortTraining(LocalDate.of(2026, 5, 11), 3, 24)
          .branchCommitteeReview(LocalDate.of(2026, 5, 15), "approve").preReview(LocalDate.of(2026, 5, 20), "pass")
          .admissionForm(LocalDate.of(2026, 5, 22));
      at(LocalDate.of(2026, 5, 25));
      assertThat(tallies.votingMembers("C1-B1")).isEqualTo(voters - 1);
      int all = (int) voters;
      assertRefused(catchThrowable(() -> c.admissionVote(LocalDate.of(2026, 5, 25), all, all, all, 0, 0)), "voteDue",
          "应到人数（" + all + "）不能多于有表决权的正式党员人数（" + (all - 1) + "）");
      c.admissionVote(LocalDate.of(2026, 5, 25), all - 1, all - 1, all - 1, 0, 0);
      assertThat(tasks.createTaskQuery().processInstanceId(c.pi.getId()).taskDefinitionKey("Task_CommitteeTalk")
          .count()).as("admitted by the meeting without her").isEqualTo(1);
    } finally {
      at(decision.plusMonths(24));
      a.runJobs(decided);
    }
    assertThat(standing.underPartyProbation(MEMBER)).as("the period has ended").isFalse();
  }
}
