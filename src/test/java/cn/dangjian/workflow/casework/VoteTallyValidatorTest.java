package cn.dangjian.workflow.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.dangjian.workflow.identity.MemberStatus;
import cn.dangjian.workflow.identity.Organisation;
import cn.dangjian.workflow.identity.OrganisationModel;
import cn.dangjian.workflow.identity.OrganisationType;
import cn.dangjian.workflow.identity.Person;
import cn.dangjian.workflow.identity.Role;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.Test;

/** Who counts as due on a committee's vote (issue 12, item 13). */
class VoteTallyValidatorTest {

  /** A 党委 of three committee members, with two full members in its office and an auditor. */
  private final VoteTallyValidator tallies = new VoteTallyValidator(new OrganisationModel(
      List.of(new Organisation("P", "党委", OrganisationType.PARTY_COMMITTEE, null, true)),
      List.of(person("secretary", Role.SECRETARY), person("organiser", Role.ORGANISER),
          person("member", Role.COMMITTEE_MEMBER), person("clerk1", Role.MEMBER), person("clerk2", Role.MEMBER),
          new Person("auditor", "审计员", null, MemberStatus.NONE, false, Map.of("P", List.of(Role.AUDITOR))))));

  private static Person person(String id, Role role) {
    return new Person(id, id, null, MemberStatus.FULL, false, Map.of("P", List.of(role)));
  }

  private static VariableScope tally(int due, int present, int inFavour) {
    VariableScope scope = mock(VariableScope.class);
    when(scope.getVariable("committeeVoteDue")).thenReturn(due);
    when(scope.getVariable("committeeVotePresent")).thenReturn(present);
    when(scope.getVariable("committeeVoteFor")).thenReturn(inFavour);
    when(scope.getVariable("committeeVoteAgainst")).thenReturn(0);
    when(scope.getVariable("committeeVoteAbstain")).thenReturn(0);
    return scope;
  }

  @Test
  void onlyTheCommitteesMembersAreDueOnItsVote() {
    assertThat(tallies.votingMembers("P")).isEqualTo(5);
    assertThat(tallies.committeeMembers("P")).isEqualTo(3);
    assertThat(tallies.readCommittee(tally(3, 3, 2), "committee", "P", null).passed()).isTrue();
    assertThatThrownBy(() -> tallies.readCommittee(tally(5, 5, 5), "committee", "P", null))
        .hasMessageContaining("应到人数（5）不能多于党委委员人数（3）（committeeVoteDue）");
    assertThatThrownBy(() -> tallies.readCommittee(tally(5, 5, 5), "committee", "P", "《条例》第九条"))
        .as("the article the caller names").hasMessageContaining("（committeeVoteDue；《条例》第九条）");
  }

  @Test
  void writtenOpinionsCountInTheVotesNotInTheQuorum() {
    VoteTally sevenDueFourPresent = new VoteTally(7, 4, 3, 1, 0, 1, 0, 0);
    assertThat(sevenDueFourPresent.quorate()).isTrue();
    assertThat(sevenDueFourPresent.passed()).as("3 at the meeting + 1 in writing = 4 > 3.5").isTrue();
    assertThat(new VoteTally(7, 4, 3, 1, 0).passed()).isFalse();
    assertThat(new VoteTally(7, 3, 3, 0, 0, 3, 0, 0).passed()).as("written opinions are not attendance").isFalse();
    tallies.validate(new VoteTally(7, 4, 4, 0, 0, 3, 0, 0), 7, null);
    assertThatThrownBy(() -> tallies.validate(new VoteTally(7, 4, 4, 0, 0, 2, 1, 1), 7, null))
        .hasMessageContaining("不能多于应到人数减实到人数（7 − 4 = 3）").hasMessageContaining("第二十一条");
    assertThatThrownBy(() -> tallies.validate(new VoteTally(7, 4, 4, 0, 0, -1, 0, 0), 7, null))
        .hasMessageContaining("书面意见赞成票（voteWrittenFor）不能为负数");
  }

  @Test
  void committeesTakeNoWrittenOpinions() {
    VariableScope scope = tally(3, 2, 1);
    when(scope.getVariable("committeeVoteWrittenFor")).thenReturn(1);
    assertThat(tallies.readCommittee(scope, "committee", "P", null).passed()).as("1 of 3 due in favour").isFalse();
  }
}
