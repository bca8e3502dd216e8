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

/** The Tasklist filters every staff member sees, named in Chinese; created once, then left to administrators. */
@Component
public class TasklistFilters {

  static final String MY_TASKS = "我的待办";
  static final String GROUP_TASKS = "本组织待认领";

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
    ensure(MY_TASKS, "分配给我的任务", -10,
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    ensure(GROUP_TASKS, "我所在组织和岗位可以认领的任务", -5,
        taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned());
  }

  private void ensure(String name, String description, int priority, TaskQuery query) {
    Filter filter = filterService.createTaskFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filterService.newTaskFilter(name);
      filter.setQuery(query);
      filter.setProperties(Map.of("description", description, "priority", priority, "refresh", true,
          "variables", VARIABLES));
      filterService.saveFilter(filter);
    }
    grants.grant(IdentityGroups.STAFF, Resources.FILTER, filter.getId(), Permissions.READ);
  }
}
