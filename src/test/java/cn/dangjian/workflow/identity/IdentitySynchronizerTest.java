package cn.dangjian.workflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class IdentitySynchronizerTest {

  @Autowired IdentitySynchronizer synchronizer;
  @Autowired IdentityService identity;
  @Autowired AuthorizationService authorizations;
  @Autowired FilterService filters;

  @Test
  void demoUsersCanLogInWithTheirIdAsPassword() {
    for (String user : new String[] {"demo", "auditor", "b1-secretary", "b2-secretary", "b1-organiser",
        "committee-secretary", "inspector"}) {
      assertThat(identity.checkPassword(user, user)).as(user).isTrue();
    }
  }

  @Test
  void groupsArePerOrganisationAndRole() {
    assertThat(memberIds("C1-B1.secretary")).containsExactly("b1-secretary");
    assertThat(memberIds("C1-B1.organiser")).containsExactly("b1-organiser");
    assertThat(memberIds("C1-B1.committee")).containsExactlyInAnyOrder("b1-secretary", "b1-organiser",
        "b1-discipline", "b1-committee");
    assertThat(memberIds("C1.committee")).contains("committee-secretary");
    assertThat(memberIds("C1-D.inspector")).containsExactly("inspector");
    assertThat(memberIds("auditor")).containsExactly("auditor");
    assertThat(memberIds("camunda-admin")).containsExactly("demo");
    assertThat(memberIds("C1-B1")).contains("b1-member1", "b1-secretary").doesNotContain("b2-secretary");
    assertThat(identity.createGroupQuery().groupId("C1-B3.committee").count())
        .as("C1-B3 has no 支委会").isZero();
    assertThat(identity.createGroupQuery().groupId("C1-B1").singleResult().getName()).isEqualTo("第一党支部");
  }

  @Test
  void secondRunChangesNothing() {
    long users = identity.createUserQuery().count();
    long groups = identity.createGroupQuery().count();
    long grants = authorizations.createAuthorizationQuery().count();
    long filterCount = filters.createFilterQuery().count();
    long memberships = identity.createUserQuery().memberOfGroup("staff").count();

    synchronizer.synchronise();

    assertThat(identity.createUserQuery().count()).isEqualTo(users);
    assertThat(identity.createGroupQuery().count()).isEqualTo(groups);
    assertThat(authorizations.createAuthorizationQuery().count()).isEqualTo(grants);
    assertThat(filters.createFilterQuery().count()).isEqualTo(filterCount);
    assertThat(identity.createUserQuery().memberOfGroup("staff").count()).isEqualTo(memberships);
  }

  @Test
  void aMembershipAddedByHandToAManagedGroupIsRemoved() {
    identity.createMembership("b2-secretary", "C1-B1.secretary");

    synchronizer.synchronise();

    assertThat(memberIds("C1-B1.secretary")).containsExactly("b1-secretary");
  }

  @Test
  void aPasswordChangedByTheUserSurvivesResynchronisation() {
    var user = identity.createUserQuery().userId("b3-member2").singleResult();
    user.setPassword("a-new-password-42");
    identity.saveUser(user);

    synchronizer.synchronise();

    assertThat(identity.checkPassword("b3-member2", "a-new-password-42")).isTrue();
  }

  @Test
  void everyoneMayUseTasklistAndTheChineseFilters() {
    assertThat(authorizations.isUserAuthorized("b3-member1", java.util.List.of("staff"), Permissions.ACCESS,
        Resources.APPLICATION, "tasklist")).isTrue();
    assertThat(filters.createTaskFilterQuery().list()).extracting(f -> f.getName())
        .contains(TasklistFilters.MY_TASKS, TasklistFilters.GROUP_TASKS);
  }

  @Test
  void administratorsMayDoEverything() {
    for (org.camunda.bpm.engine.authorization.Resources resource : org.camunda.bpm.engine.authorization.Resources.values()) {
      assertThat(authorizations.isUserAuthorized("demo", java.util.List.of("camunda-admin"), Permissions.ALL, resource))
          .as(resource.resourceName()).isTrue();
    }
  }

  @Test
  void onlyBranchOfficersMayStartMemberDevelopment() {
    assertThat(authorizations.isUserAuthorized("b1-secretary", java.util.List.of("C1-B1.secretary"),
        org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.CREATE_INSTANCE,
        Resources.PROCESS_DEFINITION, "memberDevelopment")).isTrue();
    assertThat(authorizations.isUserAuthorized("b1-member1", java.util.List.of("C1-B1", "staff"),
        org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.CREATE_INSTANCE,
        Resources.PROCESS_DEFINITION, "memberDevelopment")).isFalse();
  }

  private java.util.List<String> memberIds(String group) {
    return identity.createUserQuery().memberOfGroup(group).list().stream().map(u -> u.getId()).toList();
  }
}
