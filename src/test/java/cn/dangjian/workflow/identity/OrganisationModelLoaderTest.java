package cn.dangjian.workflow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

class OrganisationModelLoaderTest {

  private final OrganisationModel demo = OrganisationModelLoader.load(new ClassPathResource("organisation/demo.yaml"));

  @Test
  void demoOrganisationHasTheDocumentedCodesAndAccounts() {
    assertThat(demo.organisations()).extracting(Organisation::code)
        .contains("C1", "C1-B1", "C1-B2", "C1-B3", "C1-D");
    assertThat(demo.require("C1-B3").hasCommittee()).isFalse();
    assertThat(demo.require("C1-B1").hasCommittee()).isTrue();
    assertThat(demo.require("C1-D").type()).isEqualTo(OrganisationType.DISCIPLINE_COMMISSION);
    assertThat(demo.people()).extracting(Person::id).contains("demo", "auditor", "b1-secretary", "b2-secretary",
        "b1-organiser", "committee-secretary", "inspector");
    assertThat(demo.holders("C1-B1", Role.SECRETARY)).extracting(Person::id).containsExactly("b1-secretary");
    assertThat(demo.holders("C1-B1", Role.ORGANISER)).extracting(Person::id).containsExactly("b1-organiser");
    assertThat(demo.holders("C1-B2", Role.SECRETARY)).extracting(Person::id).containsExactly("b2-secretary");
    assertThat(demo.holders("C1", Role.SECRETARY)).extracting(Person::id).containsExactly("committee-secretary");
    assertThat(demo.holders("C1-D", Role.INSPECTOR)).extracting(Person::id).containsExactly("inspector");
  }

  @Test
  void branchesFollowTheSizeRulesOfTheRegulation() {
    long b1Voters = demo.membersOf("C1-B1").stream().filter(MemberStanding.of(demo)::hasVotingRights).count();
    long b3Members = demo.membersOf("C1-B3").size();
    assertThat(b1Voters).as("a 支委会 needs 7+ full members").isGreaterThanOrEqualTo(7);
    assertThat(b3Members).as("a branch needs 3+ members").isBetween(3L, 6L);
  }

  @Test
  void probationaryMembersAndThoseUnderPartyProbationHaveNoVote() {
    assertThat(MemberStanding.of(demo).hasVotingRights(demo.person("b1-member4").orElseThrow())).isFalse();
    assertThat(MemberStanding.of(demo).hasVotingRights(demo.person("b1-member5").orElseThrow())).isFalse();
    assertThat(MemberStanding.of(demo).hasVotingRights(demo.person("b1-member1").orElseThrow())).isTrue();
  }

  @Test
  void shortNameForDocumentNumbersDefaultsToTheName() {
    OrganisationModel model = load("""
        organisations:
          - {code: C9, name: 中共示范街道工作委员会, type: PARTY_COMMITTEE, shortName: 街工委}
          - {code: C9-B1, name: 第一党支部, type: BRANCH, parent: C9}
        people: []
        """);
    assertThat(model.require("C9").shortName()).isEqualTo("街工委");
    assertThat(model.require("C9-B1").shortName()).isEqualTo("第一党支部");
  }

  @Test
  void lineageRunsFromTheBranchUpToTheRoot() {
    assertThat(demo.lineage("C1-B2")).extracting(Organisation::code).containsExactly("C1-B2", "C1");
  }

  @Test
  void unknownParentAndMissingFieldsAreNamed() {
    assertThatThrownBy(() -> load("""
        organisations:
          - {code: C9-B1, name: 测试支部, type: BRANCH, parent: C9}
          - {code: C9-B2, type: BRANCH}
        people:
          - {id: someone, name: 某人, memberships: [{organisation: C9-X}]}
        """))
        .hasMessageContaining("organisations[C9-B1].parent names unknown organisation C9")
        .hasMessageContaining("organisations[C9-B2].name is missing")
        .hasMessageContaining("people[someone].memberships names unknown organisation C9-X");
  }

  @Test
  void cyclesAreRejected() {
    assertThatThrownBy(() -> load("""
        organisations:
          - {code: A, name: 甲, type: BRANCH, parent: B}
          - {code: B, name: 乙, type: PARTY_COMMITTEE, parent: A}
        people: []
        """)).hasMessageContaining("organisations[A].parent forms a cycle");
  }

  @Test
  void duplicateCodesAreRejected() {
    assertThatThrownBy(() -> load("""
        organisations:
          - {code: B, name: 乙, type: PARTY_COMMITTEE}
          - {code: B, name: 丙, type: BRANCH}
        people: []
        """)).hasMessageContaining("organisations[B].code is duplicated");
  }

  @Test
  void unknownRoleIsAnError() {
    assertThatThrownBy(() -> load("""
        organisations:
          - {code: A, name: 甲, type: BRANCH}
        people:
          - {id: x, name: 某, memberships: [{organisation: A, roles: [KING]}]}
        """)).hasMessageContaining("KING");
  }

  private static OrganisationModel load(String yaml) {
    return OrganisationModelLoader.load(new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8), "test yaml"));
  }
}
