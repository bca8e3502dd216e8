package cn.dangjian.workflow.identity;

import cn.dangjian.workflow.engine.AuthorizationGrants;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters every staff member sees, named in Chinese; created once, then left to administrators. The
 * first, 我的待办, shows what the user may do now: tasks assigned to them and unassigned tasks of their groups, with a
 * hint on claiming. A 我的待办 created by an earlier version (assigned tasks only, no {@link #EDITION}) is brought up
 * to date once.
 */
@Component
public class TasklistFilters {

  static final String MY_TASKS = "我的待办";
  static final String GROUP_TASKS = "本组织待认领";
  static final String MY_TASKS_HINT = "分配给我的任务，以及我所在组织和岗位可以认领的任务。尚未认领的任务，先点“认领”再填写表单。";
  /** Filter property naming the edition of a default filter's query. */
  static final String EDITION = "dangjianEdition";
  private static final int MY_TASKS_EDITION = 2;

  private static final List<Map<String, String>> VARIABLES = List.of(
      Map.of("name", "caseNumber", "label", "编号"),
      Map.of("name", "caseTitle", "label", "事项"));

  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationGrants grants;

  public TasklistFilters(FilterService filterService, TaskService taskService, AuthorizationGrants grants) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.grants = grants;
  }

  void ensure() {
    ensure(MY_TASKS, MY_TASKS_HINT, -10, MY_TASKS_EDITION, taskService.createTaskQuery().or()
        .taskAssigneeExpression("${currentUser()}").taskCandidateUserExpression("${currentUser()}").endOr());
    ensure(GROUP_TASKS, "我所在组织和岗位可以认领的任务", -5, 1,
        taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned());
  }

  private void ensure(String name, String description, int priority, int edition, TaskQuery query) {
    Filter filter = filterService.createTaskFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filterService.newTaskFilter(name);
    }
    if (filter.getId() == null || olderEdition(filter, edition)) {
      filter.setQuery(query);
      filter.setProperties(Map.of("description", description, "priority", priority, "refresh", true,
          "variables", VARIABLES, EDITION, edition));
      filterService.saveFilter(filter);
    }
    grants.grant(IdentityGroups.STAFF, Resources.FILTER, filter.getId(), Permissions.READ);
  }

  private static boolean olderEdition(Filter filter, int edition) {
    Object saved = filter.getProperties() == null ? null : filter.getProperties().get(EDITION);
    return (saved instanceof Number number ? number.intValue() : 1) < edition;
  }
}
