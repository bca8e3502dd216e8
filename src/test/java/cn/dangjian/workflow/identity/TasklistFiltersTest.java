package cn.dangjian.workflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.workflow.membership.MemberDevelopmentScenario;
import cn.dangjian.workflow.support.HttpClientSupport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 15, item 6: 我的待办 shows what a user may do now — tasks assigned to them and unassigned tasks of their
 * groups — through the REST route Tasklist lists a filter with; a claimed task stays in it, others' tasks never
 * appear; a 我的待办 of an earlier version is brought up to date once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class TasklistFiltersTest {

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FilterService filterService;
  @Autowired TasklistFilters filters;
  @Autowired ManagementService management;

  @Test
  void myTasksHoldsTheUnassignedTasksOfMyGroupsAndWhatIClaimed() throws Exception {
    HttpClientSupport http = new HttpClientSupport(port);
    Task talk = firstTaskOfANewCase();
    String filter = filterService.createTaskFilterQuery().filterName(TasklistFilters.MY_TASKS).singleResult().getId();

    assertThat(listed(http, filter, "b1-secretary")).as("unassigned, of my branch").contains(talk.getId());
    assertThat(listed(http, filter, "b2-secretary")).as("another branch's task").doesNotContain(talk.getId());

    assertThat(http.postJson("/engine-rest/task/" + talk.getId() + "/claim", "b1-secretary",
        "{\"userId\":\"b1-secretary\"}").statusCode()).isEqualTo(204);
    assertThat(listed(http, filter, "b1-secretary")).as("claimed by me").contains(talk.getId());
    assertThat(listed(http, filter, "b1-organiser")).as("claimed by someone else").doesNotContain(talk.getId());

    Map<String, Object> properties = filterService.getFilter(filter).getProperties();
    assertThat(properties.get("description")).isEqualTo(TasklistFilters.MY_TASKS_HINT);
    assertThat((String) properties.get("description")).contains("认领");
  }

  @Test
  void staffReadTheChineseNamesOfEveryCandidateGroupButNotTheirMembers() throws Exception {
    HttpClientSupport http = new HttpClientSupport(port);
    JsonNode groups = new ObjectMapper().readTree(
        http.get("/engine-rest/group?id=C1-B1.deputy-secretary", "b1-organiser").body());
    assertThat(groups).as("a vacant post is a group too").hasSize(1);
    assertThat(groups.get(0).path("name").asText()).as("issue 15, item 7: a group by its name")
        .isEqualTo("第一党支部副书记");
    JsonNode members = new ObjectMapper().readTree(
        http.get("/engine-rest/user?memberOfGroup=C1-B2", "b1-organiser").body());
    assertThat(members.findValuesAsText("id")).as("another branch's people").isEmpty();
  }

  @Test
  void aMyTasksFilterOfAnEarlierVersionIsBroughtUpToDateOnce() {
    Filter mine = filterService.createTaskFilterQuery().filterName(TasklistFilters.MY_TASKS).singleResult();
    mine.setQuery(tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    mine.setProperties(new HashMap<>(Map.of("description", "分配给我的任务", "priority", -10)));
    filterService.saveFilter(mine);

    filters.ensure();
    Filter updated = filterService.getFilter(mine.getId());
    assertThat(updated.getProperties()).containsEntry("description", TasklistFilters.MY_TASKS_HINT)
        .containsEntry(TasklistFilters.EDITION, 2);

    updated.getProperties().put("description", "管理员改过的说明");
    filterService.saveFilter(updated);
    filters.ensure();
    assertThat(filterService.getFilter(mine.getId()).getProperties())
        .as("an administrator's later change stays").containsEntry("description", "管理员改过的说明");
    updated.getProperties().put("description", TasklistFilters.MY_TASKS_HINT);
    filterService.saveFilter(updated);
  }

  private Task firstTaskOfANewCase() {
    Map<String, Object> v = MemberDevelopmentScenario.application("任晓",
        LocalDate.of(1994, 4, 4), LocalDate.now().minusDays(1), "C1-B1");
    ProcessInstance instance = runtime.startProcessInstanceByKey("memberDevelopment", v);
    for (int round = 0; round < 5; round++) {
      management.createJobQuery().processInstanceId(instance.getId()).executable().list()
          .forEach(job -> management.executeJob(job.getId()));
    }
    return tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("Task_TalkWithApplicant")
        .singleResult();
  }

  private static List<String> listed(HttpClientSupport http, String filter, String user) throws Exception {
    var response = http.get("/engine-rest/filter/" + filter + "/list?maxResults=1000", user);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode list = new ObjectMapper().readTree(response.body());
    return list.findValuesAsText("id");
  }
}
