package cn.dangjian.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.workflow.support.HttpClientSupport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on H2 with authorizations on: tasks reach the right organisation and role,
 * staff see only their own organisation's cases, and nothing is open to anonymous callers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class ApplicationAccessTest {

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired AuthorizationService authorizations;
  @Autowired ProcessEngineConfiguration engineConfiguration;
  private final ObjectMapper json = new ObjectMapper();
  private HttpClientSupport http;
  private ProcessInstance branch1Case;
  private ProcessInstance branch2Case;

  @BeforeEach
  void startOneCasePerBranch() {
    http = new HttpClientSupport(port);
    branch1Case = runtime.startProcessInstanceByKey("routingProbe", Map.of("branchCode", "C1-B1"));
    branch2Case = runtime.startProcessInstanceByKey("routingProbe", Map.of("branchCode", "C1-B2"));
  }

  @Test
  void authorizationsAreEnabled() {
    assertThat(engineConfiguration.isAuthorizationEnabled()).isTrue();
  }

  @Test
  void branchTaskGoesToThatBranchSecretaryGroupOnly() {
    assertThat(groupsOfTask(branch1Case)).containsExactly("C1-B1.secretary");
    assertThat(groupsOfTask(branch2Case)).containsExactly("C1-B2.secretary");
  }

  @Test
  void secretarySeesOwnBranchTasksAndNeverAnotherBranchs() throws Exception {
    List<String> seenByB1 = instanceIdsOfTasks("b1-secretary");
    List<String> seenByB2 = instanceIdsOfTasks("b2-secretary");

    assertThat(seenByB1).contains(branch1Case.getId()).doesNotContain(branch2Case.getId());
    assertThat(seenByB2).contains(branch2Case.getId()).doesNotContain(branch1Case.getId());
  }

  @Test
  void ordinaryMemberWithoutRoleSeesNoTask() throws Exception {
    assertThat(instanceIdsOfTasks("b1-member1")).isEmpty();
  }

  @Test
  void staffSeeOnlyTheirOwnOrganisationsCaseInstances() throws Exception {
    assertThat(visibleInstanceIds("b1-secretary")).contains(branch1Case.getId()).doesNotContain(branch2Case.getId());
    assertThat(visibleInstanceIds("b2-secretary")).contains(branch2Case.getId()).doesNotContain(branch1Case.getId());
    assertThat(visibleInstanceIds("b3-secretary")).doesNotContain(branch1Case.getId(), branch2Case.getId());
  }

  @Test
  void partyCommitteeAboveSeesItsBranchesCasesAndGetsTheApprovalTask() throws Exception {
    assertThat(visibleInstanceIds("committee-secretary")).contains(branch1Case.getId(), branch2Case.getId());

    String taskId = tasks.createTaskQuery().processInstanceId(branch1Case.getId()).singleResult().getId();
    tasks.complete(taskId);

    assertThat(groupsOfTask(branch1Case)).containsExactly("C1.committee");
    assertThat(instanceIdsOfTasks("committee-secretary")).contains(branch1Case.getId());
    assertThat(instanceIdsOfTasks("b1-secretary")).doesNotContain(branch1Case.getId());
  }

  @Test
  void caseHistoryIsVisibleToTheCaseOrganisationAndThoseAboveOnly() throws Exception {
    String taskId = tasks.createTaskQuery().processInstanceId(branch1Case.getId()).singleResult().getId();
    tasks.complete(taskId);

    assertThat(historicInstanceIds("b1-secretary")).contains(branch1Case.getId()).doesNotContain(branch2Case.getId());
    assertThat(historicInstanceIds("b2-secretary")).contains(branch2Case.getId()).doesNotContain(branch1Case.getId());
    assertThat(historicInstanceIds("b3-secretary")).doesNotContain(branch1Case.getId(), branch2Case.getId());
    assertThat(historicInstanceIds("committee-secretary")).contains(branch1Case.getId(), branch2Case.getId());
    assertThat(historicTaskIds("b1-secretary")).contains(taskId);
    assertThat(historicTaskIds("committee-secretary")).contains(taskId);
    assertThat(historicTaskIds("b2-secretary")).doesNotContain(taskId);
    assertThat(historicTaskIds("b3-secretary")).doesNotContain(taskId);
    assertThat(http.get("/engine-rest/history/task?taskId=" + taskId, "b2-secretary").body()).isEqualTo("[]");
  }

  @Test
  void tasksGetRuntimeGrantsButNoPerTaskHistoryGrants() {
    String taskId = tasks.createTaskQuery().processInstanceId(branch1Case.getId()).singleResult().getId();

    assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(taskId).count())
        .isEqualTo(1);
    assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.HISTORIC_TASK).resourceId(taskId)
        .count()).isZero();
  }

  @Test
  void anotherBranchCannotReadOrCompleteTheTaskById() {
    String taskId = tasks.createTaskQuery().processInstanceId(branch1Case.getId()).singleResult().getId();

    assertThat(http.get("/engine-rest/task/" + taskId, "b2-secretary").statusCode()).isIn(403, 404);
    HttpResponse<String> complete = http.postJson("/engine-rest/task/" + taskId + "/complete", "b2-secretary", "{}");
    assertThat(complete.statusCode()).isEqualTo(403);
    assertThat(tasks.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
  }

  @Test
  void secretaryCompletesOwnBranchTaskOverRest() {
    String taskId = tasks.createTaskQuery().processInstanceId(branch1Case.getId()).singleResult().getId();

    HttpResponse<String> complete = http.postJson("/engine-rest/task/" + taskId + "/complete", "b1-secretary", "{}");

    assertThat(complete.statusCode()).isEqualTo(204);
    assertThat(tasks.createTaskQuery().processInstanceId(branch1Case.getId()).singleResult().getTaskDefinitionKey())
        .isEqualTo("Task_CommitteeDecision");
  }

  @Test
  void anonymousCallersGet401Everywhere() {
    for (String path : List.of("/engine-rest/task", "/engine-rest/process-instance", "/engine-rest/user",
        "/engine-rest/process-definition", "/api/organisations", "/actuator/prometheus", "/auditor/")) {
      HttpResponse<String> response = http.get(path, null);
      assertThat(response.statusCode()).as(path).isIn(401, 302);
      if (path.startsWith("/engine-rest") || path.startsWith("/api")) {
        assertThat(response.statusCode()).as(path).isEqualTo(401);
      }
    }
    HttpResponse<String> browser = http.send(http.request("/auditor/", null).header("Accept", "text/html").GET().build());
    assertThat(browser.statusCode()).isEqualTo(302);
    assertThat(browser.headers().firstValue("Location")).hasValueSatisfying(
        location -> assertThat(location).endsWith("/login"));
  }

  @Test
  void aCasesAuthorizationsGoWithItsHistory() {
    String instance = runtime.startProcessInstanceByKey("routingProbe", Map.of("branchCode", "C1-B3")).getId();
    var grants = authorizations.createAuthorizationQuery().resourceId(instance).list();
    assertThat(grants).isNotEmpty().allSatisfy(grant -> {
      assertThat(grant.getRootProcessInstanceId()).isEqualTo(instance);
      assertThat(grant.getRemovalTime()).isNull();
    });
    while (runtime.createProcessInstanceQuery().processInstanceId(instance).count() > 0) {
      tasks.createTaskQuery().processInstanceId(instance).list().forEach(t -> tasks.complete(t.getId()));
    }
    assertThat(authorizations.createAuthorizationQuery().resourceId(instance).list())
        .as("removal time set when the case ends, so history cleanup deletes them")
        .isNotEmpty().allSatisfy(grant -> assertThat(grant.getRemovalTime()).isNotNull());
  }

  @Test
  void anonymousCallersLearnNothingAboutPayloadRules() {
    for (String path : List.of("/engine-rest/task/x/submit-form", "/camunda/api/engine/engine/default/task/x/submit-form")) {
      HttpResponse<String> response = http.postJson(path, null, "{\"variables\": {\"a\": {\"value\": {\"b\": 1}}}");
      assertThat(response.statusCode()).as(path).isIn(401, 403);
    }
  }

  @Test
  void anonymousMayOnlySeeHealthAndLoginPages() {
    assertThat(http.get("/actuator/health", null).statusCode()).isEqualTo(200);
    assertThat(http.get("/actuator/health/readiness", null).statusCode()).isEqualTo(200);
    assertThat(http.get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
    assertThat(http.get("/login", null).body()).contains("用户名", "密码");
  }

  @Test
  void wrongPasswordIsRejected() {
    HttpResponse<String> response = http.send(http.request("/engine-rest/task", null)
        .header("Authorization", HttpClientSupport.basic("b3-member3", "not-the-password")).GET().build());
    assertThat(response.statusCode()).isEqualTo(401);
  }

  @Test
  void wrongRoleGets403() {
    assertThat(http.get("/actuator/prometheus", "b1-secretary").statusCode()).isEqualTo(403);
    assertThat(http.get("/actuator/prometheus", "demo").statusCode()).isEqualTo(200);
    long instancesBefore = runtime.createProcessInstanceQuery().count();
    HttpResponse<String> start = http.postJson("/engine-rest/process-definition/key/routingProbe/start", "b1-member1",
        "{\"variables\":{\"branchCode\":{\"value\":\"C1-B1\"}}}");
    // Without READ on the definition the engine does not even reveal that it exists.
    assertThat(start.statusCode()).isIn(403, 404);
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
    HttpResponse<String> api = http.get("/auditor/", "b1-secretary");
    assertThat(api.statusCode()).isEqualTo(403);
  }

  @Test
  void errorsOfOurApiAreJsonInChinese() throws Exception {
    HttpResponse<String> response = http.get("/api/organisations", null);
    JsonNode body = json.readTree(response.body());
    assertThat(body.get("status").asInt()).isEqualTo(401);
    assertThat(body.get("message").asText()).contains("登录");
    assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
  }

  @Test
  void organisationTreeIsReadableByAnyAuthenticatedUser() throws Exception {
    HttpResponse<String> response = http.get("/api/organisations", "b3-member1");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode tree = json.readTree(response.body());
    List<String> codes = new ArrayList<>();
    tree.forEach(node -> codes.add(node.get("code").asText()));
    assertThat(codes).contains("C1", "C1-B1", "C1-B2", "C1-B3", "C1-D");
    JsonNode b3 = findByCode(tree, "C1-B3");
    assertThat(b3.get("parent").asText()).isEqualTo("C1");
    assertThat(b3.get("type").asText()).isEqualTo("BRANCH");
    assertThat(b3.get("hasCommittee").asBoolean()).isFalse();
    assertThat(b3.get("name").asText()).isEqualTo("第三党支部");
  }

  @Test
  void engineRestIsGuardedByCamundasOwnFilterAndWebappAssetsAreOpen() {
    HttpResponse<String> rest = http.get("/engine-rest/task", null);
    assertThat(rest.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"default\"");
    HttpResponse<String> plugin = http.get("/camunda/api/tasklist/plugin/tasklistPlugins/static/app/plugin.js", null);
    assertThat(plugin.statusCode()).isEqualTo(200);
    assertThat(http.get("/camunda/app/tasklist/default/", null).statusCode()).isEqualTo(200);
  }

  @Test
  void ourPagesCarrySecurityHeaders() {
    HttpResponse<String> login = http.get("/login", null);
    assertThat(login.headers().firstValue("Content-Security-Policy")).isPresent();
    assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
  }

  private List<String> groupsOfTask(ProcessInstance instance) {
    String taskId = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
    return tasks.getIdentityLinksForTask(taskId).stream().filter(l -> l.getGroupId() != null)
        .map(l -> l.getGroupId()).toList();
  }

  private List<String> instanceIdsOfTasks(String user) throws Exception {
    HttpResponse<String> response = http.get("/engine-rest/task?maxResults=1000", user);
    assertThat(response.statusCode()).as(user).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    json.readTree(response.body()).forEach(t -> ids.add(t.get("processInstanceId").asText()));
    return ids;
  }

  private List<String> visibleInstanceIds(String user) throws Exception {
    HttpResponse<String> response = http.get("/engine-rest/process-instance?maxResults=1000", user);
    assertThat(response.statusCode()).as(user).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    json.readTree(response.body()).forEach(p -> ids.add(p.get("id").asText()));
    return ids;
  }

  private List<String> historicInstanceIds(String user) throws Exception {
    return ids("/engine-rest/history/process-instance?maxResults=1000", user);
  }

  private List<String> historicTaskIds(String user) throws Exception {
    return ids("/engine-rest/history/task?maxResults=1000", user);
  }

  private List<String> ids(String path, String user) throws Exception {
    HttpResponse<String> response = http.get(path, user);
    assertThat(response.statusCode()).as(user + " " + path).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    json.readTree(response.body()).forEach(node -> ids.add(node.get("id").asText()));
    return ids;
  }

  private static JsonNode findByCode(JsonNode tree, String code) {
    for (JsonNode node : tree) {
      if (code.equals(node.get("code").asText())) {
        return node;
      }
    }
    throw new AssertionError("organisation " + code + " missing");
  }
}
