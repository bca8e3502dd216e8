package cn.dangjian.workflow.enginegate;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.workflow.enginegate.EngineRestRoutes.Route;
import cn.dangjian.workflow.support.HttpClientSupport;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every route of Camunda's REST API ({@link EngineRestRoutes}): anonymous callers get 401; a member without
 * any role gets a refusal (403), nothing (404, an empty list, a count of 0) or a route's harmless public
 * facts; never a 500, and never a success on a route that changes something.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class EngineRestRouteAccessTest {

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired RepositoryService repository;
  @Autowired ManagementService management;

  /** A case of another organisation (branch 1) whose ids the member of branch 3 tries on every route. */
  private Map<String, String> idsOfAnotherOrganisationsCase() {
    ProcessInstance instance = runtime.startProcessInstanceByKey("routingProbe", Map.of("branchCode", "C1-B1"));
    Map<String, String> ids = new HashMap<>();
    ids.put("task", tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId());
    ids.put("process-instance", instance.getId());
    ids.put("execution", instance.getId());
    ids.put("history/process-instance", instance.getId());
    ids.put("process-definition", instance.getProcessDefinitionId());
    ids.put("deployment", repository.createProcessDefinitionQuery().processDefinitionId(instance.getProcessDefinitionId())
        .singleResult().getDeploymentId());
    ProcessInstance withJob = runtime.startProcessInstanceByKey("clusterProbe", Map.of("branchCode", "C1-B1"));
    var job = management.createJobQuery().processInstanceId(withJob.getId()).singleResult();
    ids.put("job", job.getId());
    ids.put("job-definition", job.getJobDefinitionId());
    ids.put("user", "b1-secretary");
    ids.put("group", "C1-B1.secretary");
    ids.put("key", "routingProbe");
    ids.put("varId", "branchCode");
    return ids;
  }

  @Test
  void everyEngineRouteRefusesAnonymousCallersAndGivesAMemberWithoutRoleNothing() {
    HttpClientSupport http = new HttpClientSupport(port);
    List<Route> routes = EngineRestRoutes.all();
    Map<String, String> ids = idsOfAnotherOrganisationsCase();
    List<String> wrong = new ArrayList<>();
    int anonymous401 = 0;
    for (Route route : routes) {
      HttpResponse<String> anonymous = http.send(request(http, route, ids, null));
      if (anonymous.statusCode() == 401) {
        anonymous401++;
      } else {
        wrong.add("anonymous " + route + " -> " + anonymous.statusCode());
      }
      HttpResponse<String> member = http.send(request(http, route, ids, "b3-member1"));
      String verdict = MemberAnswer.judge(route, member.statusCode(), member.body());
      if (verdict != null) {
        wrong.add("b3-member1 " + route + " -> " + member.statusCode() + " " + verdict + ": "
            + abbreviate(member.body()));
      }
    }
    System.out.printf("Camunda REST: %d routes enumerated; anonymous 401 on %d; wrong answers %d%n", routes.size(),
        anonymous401, wrong.size());
    assertThat(routes).hasSizeGreaterThan(300);
    assertThat(wrong).isEmpty();
    assertThat(tasks.createTaskQuery().taskId(ids.get("task")).count()).as("the other organisation's task").isEqualTo(1);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(ids.get("process-instance")).active().count())
        .as("the other organisation's case, still running").isEqualTo(1);
  }

  /**
   * The accountability family's processes are started only by the roles {@code dangjian.identity.process-starters}
   * names: a plain member starting them by key or through their start form is refused and no instance is created,
   * even with a valid start. Without READ on the definition Camunda answers 404 ("no matching process definition"):
   * the member does not even learn the process exists; a 403 is as good.
   */
  @Test
  void aPlainMemberStartsNoAccountabilityProcess() {
    HttpClientSupport http = new HttpClientSupport(port);
    String item = "{\"variables\": {\"itemTitle\": {\"value\": \"完成党员信息采集核对\"},"
        + " \"assigningOrganisationCode\": {\"value\": \"C1\"}, \"ownerOrganisationCode\": {\"value\": \"C1-B1\"},"
        + " \"responsibleLeader\": {\"value\": \"b1-secretary\"}, \"leadershipTier\": {\"value\": \"important\"},"
        + " \"deadline\": {\"value\": \"2099-12-31\"}, \"evidenceRequired\": {\"value\": false, \"type\": \"Boolean\"}}}";
    String accountability = "{\"variables\": {\"subjectType\": {\"value\": \"individual\"},"
        + " \"subjectOrganisationCode\": {\"value\": \"C1-B1\"}, \"subjectPerson\": {\"value\": \"b1-member2\"},"
        + " \"grounds\": {\"value\": \"责任清单事项逾期未完成\"}, \"competentOrganisationCode\": {\"value\": \"C1\"}}}";
    for (Map.Entry<String, String> start : Map.of("responsibilityItem", item, "accountabilityCase", accountability)
        .entrySet()) {
      long before = runtime.createProcessInstanceQuery().processDefinitionKey(start.getKey()).count();
      String definition = "/engine-rest/process-definition/key/" + start.getKey();
      assertThat(http.get(definition, "committee-secretary").statusCode()).as("a starter reads " + start.getKey())
          .isEqualTo(200);
      for (String route : List.of("/start", "/submit-form")) {
        for (String member : List.of("b3-member1", "b1-member1")) {
          HttpResponse<String> response = http.postJson("/engine-rest/process-definition/key/" + start.getKey() + route,
              member, start.getValue());
          assertThat(response.statusCode()).as(member + " " + start.getKey() + route + ": " + response.body())
              .isIn(403, 404);
          assertThat(response.body()).doesNotContain("\"id\"");
        }
      }
      assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(start.getKey()).count()).as(start.getKey())
          .isEqualTo(before);
    }
  }

  private static HttpRequest request(HttpClientSupport http, Route route, Map<String, String> ids, String user) {
    HttpRequest.Builder builder = http.request(route.path(ids), user);
    return switch (route.method()) {
      case "GET" -> builder.GET().build();
      case "DELETE" -> builder.DELETE().build();
      default -> builder.header("Content-Type", "application/json")
          .method(route.method(), HttpRequest.BodyPublishers.ofString("{}")).build();
    };
  }

  private static String abbreviate(String body) {
    return body == null || body.length() <= 200 ? body : body.substring(0, 200) + "…";
  }
}
