package cn.dangjian.workflow.identity;

import cn.dangjian.workflow.engine.AuthorizationGrants;
import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Makes Camunda's users, groups, memberships and authorizations match the organisation model.
 * Idempotent: a second run changes nothing; it never overwrites a password a user has changed.
 * Memberships of groups it manages are converged (removed people lose access); groups created by
 * hand in Camunda Admin are left alone.
 */
@Component
public class IdentitySynchronizer {

  private static final Logger log = LoggerFactory.getLogger(IdentitySynchronizer.class);
  private static final int ATTEMPTS = 3;
  private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

  private final IdentityService identity;
  private final OrganisationModel model;
  private final IdentityProperties properties;
  private final AuthorizationGrants grants;
  private final TasklistFilters filters;

  public IdentitySynchronizer(IdentityService identity, OrganisationModel model, IdentityProperties properties,
      AuthorizationGrants grants, TasklistFilters filters) {
    this.identity = identity;
    this.model = model;
    this.properties = properties;
    this.grants = grants;
    this.filters = filters;
  }

  /** Retried because another node of the cluster may be synchronising the same rows at the same time. */
  public void synchronise() {
    for (int attempt = 1; ; attempt++) {
      try {
        synchroniseOnce();
        return;
      } catch (ProcessEngineException e) {
        if (attempt == ATTEMPTS || !isConcurrentWrite(e)) {
          throw e;
        }
        log.info("Identity synchronisation collided with another node ({}); retrying", e.getMessage());
      }
    }
  }

  private void synchroniseOnce() {
    Map<String, Set<String>> members = desiredMemberships();
    Map<String, GroupSpec> groups = desiredGroups();
    groups.values().forEach(this::ensureGroup);
    model.people().forEach(this::ensureUser);
    ensureAdministrator(members);
    for (Map.Entry<String, Set<String>> entry : members.entrySet()) {
      convergeMembers(entry.getKey(), entry.getValue());
    }
    grantBaseline(groups.keySet());
    filters.ensure();
    log.info("Identity synchronised: {} organisations, {} people, {} groups", model.organisations().size(),
        model.people().size(), groups.size());
  }

  /** A row another node inserted or changed in the meantime: unique-key violation or optimistic lock. */
  static boolean isConcurrentWrite(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OptimisticLockingException
          || t instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
        return true;
      }
    }
    return false;
  }

  private Map<String, GroupSpec> desiredGroups() {
    Map<String, GroupSpec> groups = new LinkedHashMap<>();
    groups.put(IdentityGroups.STAFF, new GroupSpec(IdentityGroups.STAFF, "全体人员", IdentityGroups.TYPE_ROLE));
    groups.put(IdentityGroups.AUDITORS, new GroupSpec(IdentityGroups.AUDITORS, "审计员", IdentityGroups.TYPE_ROLE));
    groups.put(IdentityGroups.ADMINISTRATORS,
        new GroupSpec(IdentityGroups.ADMINISTRATORS, "系统管理员", IdentityGroups.TYPE_SYSTEM));
    for (Organisation o : model.organisations()) {
      groups.put(o.code(), new GroupSpec(o.code(), o.name(), IdentityGroups.TYPE_ORGANISATION));
      if (o.hasCommittee()) {
        String id = o.code() + IdentityGroups.COMMITTEE_SUFFIX;
        groups.put(id, new GroupSpec(id, o.name() + "委员会", IdentityGroups.TYPE_ROLE));
      }
      // Every post of every organisation is a group, vacant ones too: tasks name the posts (e.g. the branch's 副书记)
      // whether or not they are filled, Tasklist then shows them by name, and whoever takes the post later sees them.
      for (Role role : officeRoles()) {
        groups.put(o.roleGroup(role), new GroupSpec(o.roleGroup(role), o.name() + role.label(), IdentityGroups.TYPE_ROLE));
      }
    }
    return groups;
  }

  private Map<String, Set<String>> desiredMemberships() {
    Map<String, Set<String>> members = new LinkedHashMap<>();
    for (Person person : model.people()) {
      add(members, IdentityGroups.STAFF, person.id());
      person.roles().forEach((code, roles) -> {
        Organisation o = model.require(code);
        add(members, code, person.id());
        for (Role role : roles) {
          switch (role) {
            case AUDITOR -> add(members, IdentityGroups.AUDITORS, person.id());
            case ADMINISTRATOR -> add(members, IdentityGroups.ADMINISTRATORS, person.id());
            case MEMBER -> { }
            default -> add(members, o.roleGroup(role), person.id());
          }
          if (role.sitsOnCommittee() && o.hasCommittee()) {
            add(members, code + IdentityGroups.COMMITTEE_SUFFIX, person.id());
          }
        }
      });
    }
    return members;
  }

  private static List<Role> officeRoles() {
    return List.of(Role.SECRETARY, Role.DEPUTY_SECRETARY, Role.ORGANISER, Role.DISCIPLINE_MEMBER,
        Role.COMMITTEE_MEMBER, Role.INSPECTOR);
  }

  private static void add(Map<String, Set<String>> members, String group, String user) {
    members.computeIfAbsent(group, g -> new LinkedHashSet<>()).add(user);
  }

  private void ensureGroup(GroupSpec spec) {
    Group group = identity.createGroupQuery().groupId(spec.id()).singleResult();
    if (group == null) {
      group = identity.newGroup(spec.id());
    } else if (spec.name().equals(group.getName()) && spec.type().equals(group.getType())) {
      return;
    }
    group.setName(spec.name());
    group.setType(spec.type());
    identity.saveGroup(group);
  }

  private void ensureUser(Person person) {
    User user = identity.createUserQuery().userId(person.id()).singleResult();
    boolean created = user == null;
    if (created) {
      user = identity.newUser(person.id());
      // Outside the demo a new account gets an unknown random password until an administrator sets one
      // (Camunda's checkPassword fails with a NullPointerException on an account without a password).
      user.setPassword(properties.demoPasswords() ? person.id() : unguessablePassword());
    } else if (person.name().equals(user.getFirstName()) && equalsNullable(person.email(), user.getEmail())) {
      return;
    }
    user.setFirstName(person.name());
    user.setLastName("");
    user.setEmail(person.email());
    identity.saveUser(user);
  }

  private void ensureAdministrator(Map<String, Set<String>> members) {
    IdentityProperties.Administrator admin = properties.administrator();
    if (admin == null || admin.id() == null || admin.password() == null || admin.password().isBlank()) {
      return;
    }
    User user = identity.createUserQuery().userId(admin.id()).singleResult();
    if (user == null) {
      user = identity.newUser(admin.id());
      user.setFirstName("系统管理员");
      user.setLastName("");
      user.setPassword(admin.password());
      identity.saveUser(user);
    } else if (!identity.checkPassword(admin.id(), admin.password())) {
      user.setPassword(admin.password());
      identity.saveUser(user);
      log.info("Administrator {}: password set from configuration", admin.id());
    }
    add(members, IdentityGroups.ADMINISTRATORS, admin.id());
    add(members, IdentityGroups.STAFF, admin.id());
  }

  private void convergeMembers(String groupId, Set<String> desired) {
    Set<String> current = new LinkedHashSet<>();
    identity.createUserQuery().memberOfGroup(groupId).list().forEach(u -> current.add(u.getId()));
    for (String userId : desired) {
      if (!current.contains(userId)) {
        identity.createMembership(userId, groupId);
      }
    }
    for (String userId : current) {
      if (!desired.contains(userId)) {
        identity.deleteMembership(userId, groupId);
        log.info("Removed {} from group {} (no longer in the organisation model)", userId, groupId);
      }
    }
  }

  /** Access every person needs to use Tasklist, start permitted processes; auditors read everything. */
  private void grantBaseline(Set<String> groups) {
    // As Camunda's own first-administrator setup does: the admin group is not exempt from query checks.
    for (Resources resource : Resources.values()) {
      grants.grant(IdentityGroups.ADMINISTRATORS, resource, ANY, Permissions.ALL);
    }
    grants.grant(IdentityGroups.STAFF, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    // Tasklist names a task's candidate groups only where the user may read them: by their Chinese names
    // (第一党支部副书记), never by id. A group's name tells the organisation's structure, not who belongs to it.
    grants.grant(IdentityGroups.STAFF, Resources.GROUP, ANY, Permissions.READ);
    grants.grant(IdentityGroups.AUDITORS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grants.grant(IdentityGroups.AUDITORS, Resources.PROCESS_DEFINITION, ANY, Permissions.READ,
        Permissions.READ_HISTORY, ProcessDefinitionPermissions.READ_INSTANCE);
    grants.grant(IdentityGroups.AUDITORS, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
    grants.grant(IdentityGroups.AUDITORS, Resources.DECISION_DEFINITION, ANY, Permissions.READ,
        Permissions.READ_HISTORY);
    grants.grant(IdentityGroups.AUDITORS, Resources.DEPLOYMENT, ANY, Permissions.READ);
    grants.grant(IdentityGroups.AUDITORS, Resources.TASK, ANY, Permissions.READ);
    properties.processStarters().forEach((processKey, roles) -> {
      for (Organisation o : model.organisations()) {
        for (Role role : roles) {
          String group = o.roleGroup(role);
          if (groups.contains(group)) {
            grants.grant(group, Resources.PROCESS_DEFINITION, processKey, Permissions.READ,
                ProcessDefinitionPermissions.CREATE_INSTANCE);
            grants.grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
          }
        }
      }
    });
  }

  private static String unguessablePassword() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return java.util.Base64.getEncoder().encodeToString(bytes);
  }

  private static boolean equalsNullable(String a, String b) {
    return a == null ? b == null || b.isEmpty() : a.equals(b);
  }

  private record GroupSpec(String id, String name, String type) {}
}
