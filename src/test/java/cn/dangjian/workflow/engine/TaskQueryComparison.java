package cn.dangjian.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.Bpmn;

/**
 * Builds randomised tasks and grants on a running engine and runs the same task queries with Camunda's
 * authorization join and with the EXISTS rewrite, as each of several users: the ids in order, pages and counts
 * must be identical. Tasks: two process definitions and standalone tasks, with random assignees, candidate users
 * and candidate groups (whose grants the engine writes), priorities, due dates and distinct creation times (so
 * every ordering is total and paging is deterministic). Grants besides the engine's: TASK READ on single tasks to
 * users and groups, TASK_WORK without READ (grants nothing to a query), PROCESS_DEFINITION READ_TASK on one key
 * and READ (without READ_TASK) on the other, TASK READ on {@code *} to one user, a GLOBAL grant on one task, and
 * REVOKE rows (ignored with {@code authorizationCheckRevokes=never}, by both queries). Everything it creates is
 * removed afterwards.
 */
final class TaskQueryComparison {

  private static final String PREFIX = "tqx";
  private static final int USERS = 7;
  private static final int GROUPS = 5;
  private static final int PROCESS_TASKS = 90;
  private static final int STANDALONE_TASKS = 30;

  private final ProcessEngine engine;
  private final TaskQueryExistsAuthorization rewrite;
  private final long seed;
  private final Random random;
  private final List<String> users = new ArrayList<>();
  private final List<String> groups = new ArrayList<>();
  private final Map<String, List<String>> memberships = new LinkedHashMap<>();
  private final List<String> authorizations = new ArrayList<>();
  private final List<String> taskIds = new ArrayList<>();
  private String deployment;
  private int compared;

  TaskQueryComparison(ProcessEngine engine, TaskQueryExistsAuthorization rewrite, long seed) {
    this.engine = engine;
    this.rewrite = rewrite;
    this.seed = seed;
    this.random = new Random(seed);
  }

  /** A seed per run, printed; {@code -Dtaskquery.seed=…} repeats a run. */
  static long seed() {
    String configured = System.getProperty("taskquery.seed");
    return configured != null ? Long.parseLong(configured) : System.nanoTime();
  }

  void run() {
    System.out.println("TaskQueryComparison seed " + seed + " (repeat with -Dtaskquery.seed=" + seed + ")");
    boolean wasActive = rewrite.isActive();
    try {
      generate();
      int visibleSomewhere = 0;
      for (String user : users) {
        visibleSomewhere += compareFor(user);
      }
      assertThat(visibleSomewhere).as("seed %d: users see some tasks", seed).isPositive();
      System.out.println("TaskQueryComparison: " + compared + " results identical (seed " + seed + ")");
    } finally {
      rewrite.setActive(wasActive);
      engine.getIdentityService().clearAuthentication();
      ClockUtil.reset();
      cleanUp();
    }
  }

  private int compareFor(String user) {
    IdentityService identity = engine.getIdentityService();
    TaskService tasks = engine.getTaskService();
    FilterService filters = engine.getFilterService();
    List<String> userGroups = memberships.get(user);
    List<Filter> tasklistFilters = filters.createTaskFilterQuery().list();
    assertThat(tasklistFilters).as("Tasklist's filters (demo profile)").isNotEmpty();

    Map<String, Supplier<TaskQuery>> queries = new LinkedHashMap<>();
    queries.put("all, newest first", () -> tasks.createTaskQuery().orderByTaskCreateTime().desc());
    queries.put("我的待办 (assignee or candidate user)", () -> tasks.createTaskQuery().or().taskAssignee(user)
        .taskCandidateUser(user).endOr().orderByTaskCreateTime().desc());
    queries.put("secretary's list (candidate groups, unassigned)", () -> tasks.createTaskQuery()
        .taskCandidateGroupIn(userGroups.isEmpty() ? List.of("none") : userGroups).taskUnassigned()
        .orderByTaskCreateTime().desc());
    queries.put("candidate user incl. assigned, by priority", () -> tasks.createTaskQuery().taskCandidateUser(user)
        .includeAssignedTasks().orderByTaskPriority().desc().orderByTaskCreateTime().asc());
    queries.put("by due date", () -> tasks.createTaskQuery().orderByDueDate().asc().orderByTaskCreateTime().desc());
    queries.put("process A, by name", () -> tasks.createTaskQuery().processDefinitionKey(PREFIX + "A")
        .orderByTaskName().asc().orderByTaskCreateTime().asc());
    queries.put("priority ≥ 50 or name like %7%", () -> tasks.createTaskQuery().or().taskMinPriority(50)
        .taskNameLike("%7%").endOr().orderByTaskCreateTime().asc());
    queries.put("involved user", () -> tasks.createTaskQuery().taskInvolvedUser(user).orderByTaskCreateTime().desc());
    queries.put("with candidate groups, due before", () -> tasks.createTaskQuery().withCandidateGroups()
        .dueBefore(new Date(1_900_000_000_000L)).orderByTaskCreateTime().desc());

    int visible = 0;
    identity.setAuthentication(user, userGroups);
    try {
      for (Map.Entry<String, Supplier<TaskQuery>> query : queries.entrySet()) {
        visible += compare(user, query.getKey(), query.getValue());
      }
      for (Filter filter : tasklistFilters) {
        String name = "filter " + filter.getName();
        compareResults(user, name + " list", () -> ids(filters.list(filter.getId())));
        compareResults(user, name + " count", () -> List.of(String.valueOf(filters.count(filter.getId()))));
        compareResults(user, name + " page 2", () -> ids(filters.listPage(filter.getId(), 5, 5)));
        compareResults(user, name + " by due date", () -> ids(filters.list(filter.getId(),
            tasks.createTaskQuery().orderByDueDate().desc().orderByTaskCreateTime().asc())));
      }
    } finally {
      identity.clearAuthentication();
    }
    return visible;
  }

  private int compare(String user, String name, Supplier<TaskQuery> query) {
    List<String> all = compareResults(user, name + " list", () -> ids(query.get().list()));
    compareResults(user, name + " count", () -> List.of(String.valueOf(query.get().count())));
    compareResults(user, name + " first page", () -> ids(query.get().listPage(0, 15)));
    compareResults(user, name + " second page", () -> ids(query.get().listPage(15, 15)));
    compareResults(user, name + " odd page", () -> ids(query.get().listPage(7, 5)));
    return all.size();
  }

  private List<String> compareResults(String user, String name, Supplier<List<String>> result) {
    rewrite.setActive(false);
    List<String> stock = outcome(result);
    rewrite.setActive(true);
    List<String> ours = outcome(result);
    assertThat(ours).as("seed %d, user %s (groups %s): %s", seed, user, memberships.get(user), name)
        .containsExactlyElementsOf(stock);
    compared++;
    return ours;
  }

  /** The result, or the refusal (e.g. 本组织待认领 for a user in no group: an empty candidate group list). */
  private static List<String> outcome(Supplier<List<String>> result) {
    try {
      return result.get();
    } catch (org.camunda.bpm.engine.ProcessEngineException e) {
      return List.of("refused: " + e.getMessage());
    }
  }

  private static List<String> ids(List<Task> tasks) {
    return tasks.stream().map(Task::getId).toList();
  }

  private void generate() {
    IdentityService identity = engine.getIdentityService();
    identity.clearAuthentication();
    for (int g = 1; g <= GROUPS; g++) {
      Group group = identity.newGroup(PREFIX + "-g" + g);
      group.setName(group.getId());
      identity.saveGroup(group);
      groups.add(group.getId());
    }
    for (int u = 1; u <= USERS; u++) {
      User user = identity.newUser(PREFIX + "-u" + u);
      identity.saveUser(user);
      users.add(user.getId());
      List<String> mine = new ArrayList<>();
      // u1 has no group; the others one to three
      int count = u == 1 ? 0 : 1 + random.nextInt(3);
      for (String group : pick(groups, count)) {
        identity.createMembership(user.getId(), group);
        mine.add(group);
      }
      memberships.put(user.getId(), mine);
      grant(Authorization.AUTH_TYPE_GRANT, user.getId(), null, Resources.FILTER, "*", Permissions.READ);
    }

    RepositoryService repository = engine.getRepositoryService();
    var builder = repository.createDeployment().name(PREFIX);
    for (String key : List.of(PREFIX + "A", PREFIX + "B")) {
      builder.addModelInstance(key + ".bpmn", Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
          .startEvent().userTask("Task_" + key).name("Aufgabe " + key).endEvent().done());
    }
    deployment = builder.deploy().getId();

    RuntimeService runtime = engine.getRuntimeService();
    TaskService tasks = engine.getTaskService();
    long time = 1_800_000_000_000L;
    for (int i = 0; i < PROCESS_TASKS + STANDALONE_TASKS; i++) {
      time += 1_000 + random.nextInt(60_000);
      ClockUtil.setCurrentTime(new Date(time));
      Task task;
      if (i < PROCESS_TASKS) {
        String instance = runtime.startProcessInstanceByKey(PREFIX + (random.nextBoolean() ? "A" : "B")).getId();
        task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
      } else {
        task = tasks.newTask();
        task.setName("standalone " + i);
        tasks.saveTask(task);
      }
      task.setName(task.getName() + " " + random.nextInt(100));
      task.setPriority(random.nextInt(4) * 25);
      task.setDueDate(random.nextInt(3) == 0 ? null : new Date(time + random.nextInt(30) * 86_400_000L));
      tasks.saveTask(task);
      taskIds.add(task.getId());
      // Our grants first: the engine then adds its permissions to an existing row (one per grantee and task).
      if (random.nextInt(5) == 0) {
        boolean toUser = random.nextBoolean();
        String who = toUser ? users.get(random.nextInt(USERS)) : groups.get(random.nextInt(GROUPS));
        grant(Authorization.AUTH_TYPE_GRANT, toUser ? who : null, toUser ? null : who, Resources.TASK, task.getId(),
            Permissions.READ);
      }
      if (random.nextInt(8) == 0) {
        grant(Authorization.AUTH_TYPE_GRANT, null, groups.get(random.nextInt(GROUPS)), Resources.TASK, task.getId(),
            TaskPermissions.TASK_WORK);
      }
      if (random.nextInt(8) == 0) {
        grant(Authorization.AUTH_TYPE_REVOKE, users.get(random.nextInt(USERS)), null, Resources.TASK, task.getId(),
            Permissions.READ);
      }
      if (random.nextInt(4) == 0) {
        tasks.setAssignee(task.getId(), users.get(random.nextInt(USERS)));
      }
      for (String user : pick(users, random.nextInt(3) == 0 ? 1 : 0)) {
        tasks.addCandidateUser(task.getId(), user);
      }
      for (String group : pick(groups, random.nextInt(3))) {
        tasks.addCandidateGroup(task.getId(), group);
      }
    }
    ClockUtil.reset();
    grant(Authorization.AUTH_TYPE_GRANT, null, groups.get(1), Resources.PROCESS_DEFINITION, PREFIX + "A",
        Permissions.READ_TASK);
    grant(Authorization.AUTH_TYPE_GRANT, null, groups.get(2), Resources.PROCESS_DEFINITION, PREFIX + "B",
        Permissions.READ);
    grant(Authorization.AUTH_TYPE_GRANT, users.get(USERS - 1), null, Resources.TASK, "*", Permissions.READ);
    grant(Authorization.AUTH_TYPE_GLOBAL, "*", null, Resources.TASK, taskIds.get(random.nextInt(taskIds.size())),
        Permissions.READ);
  }

  private void grant(int type, String user, String group, Resource resource, String resourceId,
      Permission permission) {
    AuthorizationService authorizations = engine.getAuthorizationService();
    // One row per type, grantee and resource: a second grant adds its permission to the first.
    var existing = authorizations.createAuthorizationQuery().authorizationType(type).resourceType(resource)
        .resourceId(resourceId);
    Authorization authorization = (user != null ? existing.userIdIn(user) : existing.groupIdIn(group)).singleResult();
    if (authorization == null) {
      authorization = authorizations.createNewAuthorization(type);
      if (user != null) {
        authorization.setUserId(user);
      } else {
        authorization.setGroupId(group);
      }
    }
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    if (type == Authorization.AUTH_TYPE_REVOKE) {
      authorization.removePermission(permission);
    } else {
      authorization.addPermission(permission);
    }
    String id = authorizations.saveAuthorization(authorization).getId();
    if (!this.authorizations.contains(id)) {
      this.authorizations.add(id);
    }
  }

  private <T> List<T> pick(List<T> from, int count) {
    List<T> shuffled = new ArrayList<>(from);
    java.util.Collections.shuffle(shuffled, random);
    return shuffled.subList(0, Math.min(count, shuffled.size()));
  }

  private void cleanUp() {
    IdentityService identity = engine.getIdentityService();
    identity.clearAuthentication();
    AuthorizationService authorizationService = engine.getAuthorizationService();
    for (String id : authorizations) {
      if (authorizationService.createAuthorizationQuery().authorizationId(id).count() > 0) {
        authorizationService.deleteAuthorization(id);
      }
    }
    TaskService tasks = engine.getTaskService();
    for (String id : taskIds) {
      Task task = tasks.createTaskQuery().taskId(id).singleResult();
      if (task != null && task.getProcessInstanceId() == null) {
        tasks.deleteTask(id, true);
      }
    }
    if (deployment != null) {
      engine.getRepositoryService().deleteDeployment(deployment, true);
    }
    for (String user : users) {
      identity.deleteUser(user);
    }
    for (String group : groups) {
      identity.deleteGroup(group);
    }
    for (Authorization leftover : authorizationService.createAuthorizationQuery()
        .userIdIn(users.toArray(String[]::new)).list()) {
      authorizationService.deleteAuthorization(leftover.getId());
    }
    for (Authorization leftover : authorizationService.createAuthorizationQuery()
        .groupIdIn(groups.toArray(String[]::new)).list()) {
      authorizationService.deleteAuthorization(leftover.getId());
    }
  }
}
