package cn.dangjian.workflow.enginegate;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.workflow.enginegate.EngineRestRoutes.Route;
import cn.dangjian.workflow.membership.MemberDevelopmentTestBase;
import cn.dangjian.workflow.support.HttpClientSupport;
import cn.dangjian.workflow.support.WebappSession;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A secretary of the case's own branch, who may work its tasks, tries every door through which variables
 * reach a case, on {@code /engine-rest} and on the webapps' engine API: values that are not the task's form
 * are refused (HTTP 400 naming the field, as {@code submit-form} does), every other way to write variables or
 * to move the case is refused with a sentence (HTTP 403); the case stays as it was, and the same secretary
 * then completes the task with the form's values.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WriteDoorsTest extends MemberDevelopmentTestBase {

  private static final String FORGED = "{\"branchCode\": {\"value\": \"C1-B2\", \"type\": \"String\"},"
      + " \"caseOutcome\": {\"value\": \"converted\", \"type\": \"String\"}}";
  private static final String ONE_VALUE = "{\"value\": \"C1-B2\", \"type\": \"String\"}";
  private static final String REFUSED = "403";
  private static final String NOT_IN_FORM = "400";

  /** A door: route, body with forged values, and the refusal expected. */
  private record Door(String method, String template, String body, String expected) {}

  private static final List<Door> DOORS = List.of(
      new Door("POST", "/task/{task}/complete", "{\"variables\": " + FORGED + "}", NOT_IN_FORM),
      new Door("POST", "/task/{task}/resolve", "{\"variables\": " + FORGED + "}", NOT_IN_FORM),
      new Door("POST", "/task/{task}/submit-form", "{\"variables\": " + FORGED + "}", NOT_IN_FORM),
      new Door("POST", "/task/{task}/bpmnError", "{\"errorCode\": \"x\", \"variables\": " + FORGED + "}", REFUSED),
      new Door("POST", "/task/{task}/bpmnEscalation", "{\"escalationCode\": \"x\", \"variables\": " + FORGED + "}",
          REFUSED),
      new Door("POST", "/task/{task}/variables", "{\"modifications\": " + FORGED + "}", REFUSED),
      new Door("PUT", "/task/{task}/variables/branchCode", ONE_VALUE, REFUSED),
      new Door("DELETE", "/task/{task}/variables/branchCode", null, REFUSED),
      new Door("POST", "/task/{task}/localVariables", "{\"modifications\": " + FORGED + "}", REFUSED),
      new Door("PUT", "/task/{task}/localVariables/branchCode", ONE_VALUE, REFUSED),
      new Door("DELETE", "/task/{task}/localVariables/branchCode", null, REFUSED),
      new Door("POST", "/process-instance/{pi}/variables", "{\"modifications\": " + FORGED + "}", REFUSED),
      new Door("PUT", "/process-instance/{pi}/variables/branchCode", ONE_VALUE, REFUSED),
      new Door("DELETE", "/process-instance/{pi}/variables/branchCode", null, REFUSED),
      new Door("POST", "/execution/{pi}/localVariables", "{\"modifications\": " + FORGED + "}", REFUSED),
      new Door("PUT", "/execution/{pi}/localVariables/branchCode", ONE_VALUE, REFUSED),
      new Door("DELETE", "/execution/{pi}/localVariables/branchCode", null, REFUSED),
      new Door("POST", "/execution/{pi}/signal", "{\"variables\": " + FORGED + "}", REFUSED),
      new Door("POST", "/execution/{pi}/messageSubscriptions/ApplicantWithdrew/trigger",
          "{\"variables\": " + FORGED + "}", REFUSED),
      new Door("POST", "/message", "{\"messageName\": \"BranchTransfer\", \"processInstanceId\": \"{pi}\","
          + " \"processVariables\": " + FORGED + "}", REFUSED),
      new Door("POST", "/message", "{\"messageName\": \"BranchTransfer\", \"processInstanceId\": \"{pi}\","
          + " \"processVariablesLocal\": " + FORGED + "}", REFUSED),
      new Door("POST", "/signal", "{\"name\": \"x\", \"variables\": " + FORGED + "}", REFUSED),
      new Door("POST", "/condition", "{\"variables\": " + FORGED + "}", REFUSED),
      new Door("POST", "/process-instance/{pi}/modification",
          "{\"instructions\": [{\"type\": \"startBeforeActivity\", \"activityId\": \"Task_FileActivist\"}]}", REFUSED),
      new Door("POST", "/process-instance/{pi}/modification-async",
          "{\"instructions\": [{\"type\": \"startBeforeActivity\", \"activityId\": \"Task_FileActivist\"}]}", REFUSED),
      new Door("POST", "/process-instance/variables-async",
          "{\"processInstanceIds\": [\"{pi}\"], \"variables\": " + FORGED + "}", REFUSED),
      new Door("POST", "/process-instance/message-async",
          "{\"messageName\": \"BranchTransfer\", \"processInstanceIds\": [\"{pi}\"], \"variables\": " + FORGED + "}",
          REFUSED),
      new Door("POST", "/process-definition/{definition}/restart",
          "{\"processInstanceIds\": [\"{pi}\"], \"instructions\": [{\"type\": \"startBeforeActivity\","
              + " \"activityId\": \"Task_FileActivist\"}]}", REFUSED),
      new Door("POST", "/process-definition/{definition}/start", "{\"variables\": " + FORGED + "}", NOT_IN_FORM),
      new Door("POST", "/process-definition/key/memberDevelopment/start", "{\"variables\": " + FORGED + "}",
          NOT_IN_FORM),
      new Door("POST", "/process-definition/key/memberDevelopment/start", "{\"startInstructions\": [{\"type\":"
          + " \"startBeforeActivity\", \"activityId\": \"Task_FileActivist\"}]}", REFUSED),
      new Door("POST", "/migration/execute", "{\"migrationPlan\": {\"sourceProcessDefinitionId\": \"{definition}\","
          + " \"targetProcessDefinitionId\": \"{definition}\", \"instructions\": []}, \"processInstanceIds\":"
          + " [\"{pi}\"]}", REFUSED));

  /**
   * Every state-changing engine route whose name says it writes variables or moves a case; each must be a
   * door above, or answer a forged body with a refusal all the same (entities this installation never has).
   */
  private static final Pattern WRITING_ROUTE = Pattern.compile(
      ".*(ariables|/complete|/resolve|/submit-form|modification|/message|/signal|/trigger|/bpmnError|"
          + "/bpmnEscalation|/restart|/start$|/condition|/migration/execute|/create$).*");

  @LocalServerPort int port;

  @Test
  void aSecretaryOfTheCasesBranchCannotWriteCaseDataPastTheForm() {
    long cases = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).count();
    Case c = newCase().start();
    Task task = task(c.pi, "Task_TalkWithApplicant");
    Map<String, Object> before = runtime.getVariables(c.pi.getId());
    Map<String, String> ids = Map.of("task", task.getId(), "pi", c.pi.getId(), "definition",
        c.pi.getProcessDefinitionId());
    HttpClientSupport http = new HttpClientSupport(port);
    WebappSession tasklist = WebappSession.signIn(port, "b1-secretary");
    List<String> wrong = new ArrayList<>();
    int refusals = 0;
    for (Door door : DOORS) {
      String path = fill(door.template(), ids);
      String body = door.body() == null ? null : fill(door.body(), ids);
      HttpResponse<String> rest = send(http, door.method(), "/engine-rest" + path, body);
      HttpResponse<String> webapp = tasklist.engine(door.method(), path, body == null ? null : "application/json", body);
      for (HttpResponse<String> answer : List.of(rest, webapp)) {
        String verdict = judge(door.expected(), answer);
        if (verdict == null) {
          refusals++;
        } else {
          wrong.add(door.method() + " " + answer.uri().getPath() + " -> " + answer.statusCode() + " " + verdict + ": "
              + abbreviate(answer.body()));
        }
      }
    }
    List<String> unguarded = new ArrayList<>();
    int others = 0;
    for (Route route : EngineRestRoutes.all()) {
      if (route.method().equals("GET") || route.method().equals("OPTIONS")
          || !WRITING_ROUTE.matcher(route.template()).matches() || isDoor(route)) {
        continue;
      }
      String body = "{\"variables\": " + FORGED + ", \"modifications\": " + FORGED + "}";
      HttpResponse<String> answer = send(http, route.method(), route.path(Map.of("task", task.getId(),
          "process-instance", c.pi.getId(), "execution", c.pi.getId(), "process-definition",
          c.pi.getProcessDefinitionId(), "varName", "branchCode")), route.method().equals("DELETE") ? null : body);
      others++;
      if (answer.statusCode() < 400 || answer.statusCode() >= 500) {
        unguarded.add(route + " -> " + answer.statusCode() + " " + abbreviate(answer.body()));
      }
    }
    System.out.printf("write doors: %d doors tried on both engine APIs as b1-secretary, %d refused; %d more "
        + "writing routes tried; wrong %d%n", DOORS.size(), refusals, others, wrong.size() + unguarded.size());
    assertThat(wrong).isEmpty();
    assertThat(unguarded).isEmpty();
    assertThat(runtime.getVariables(c.pi.getId())).as("the case's data").isEqualTo(before);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).count()).as("no case started")
        .isEqualTo(cases + 1);
    assertThat(tasks.createTaskQuery().processInstanceId(c.pi.getId()).list()).extracting(Task::getId)
        .as("the case is still at its first task").containsExactly(task.getId());

    HttpResponse<String> valid = tasklist.engine("POST", "/task/" + task.getId() + "/complete", "application/json",
        "{\"variables\": {\"talkDate\": {\"value\": \"2025-03-03\", \"type\": \"String\"}, \"talker\": {\"value\":"
            + " \"王喆\", \"type\": \"String\"}, \"talkSummary\": {\"value\": \"了解入党动机\", \"type\": \"String\"}}}");
    assertThat(valid.statusCode()).as("the form's own values through complete: %s", valid.body()).isEqualTo(204);
    assertThat(runtime.getVariable(c.pi.getId(), "talker")).isEqualTo("王喆");
    assertThat(runtime.getVariable(c.pi.getId(), "branchCode")).isEqualTo("C1-B1");
  }

  @Test
  void aTaskWithoutAFormTakesNoValuesThroughAnyDoor() {
    String instance = runtime.startProcessInstanceByKey("routingProbe", Map.of("branchCode", "C1-B1")).getId();
    String taskId = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
    HttpClientSupport http = new HttpClientSupport(port);
    for (String door : List.of("complete", "resolve", "submit-form")) {
      HttpResponse<String> answer = http.postJson("/engine-rest/task/" + taskId + "/" + door, "b1-secretary",
          "{\"variables\": " + FORGED + "}");
      assertThat(answer.statusCode()).as(door + ": " + answer.body()).isEqualTo(403);
      assertThat(answer.body()).as(door).contains("该待办没有表单");
    }
    assertThat(runtime.getVariable(instance, "branchCode")).isEqualTo("C1-B1");
    assertThat(http.postJson("/engine-rest/task/" + taskId + "/complete", "b1-secretary", "{}").statusCode())
        .as("completing without values").isEqualTo(204);
  }

  private static boolean isDoor(Route route) {
    return DOORS.stream().anyMatch(d -> d.method().equals(route.method())
        && d.template().replaceAll("\\{[^}]+}", "{}").equals(route.template().replaceAll("\\{[^}]+}", "{}")));
  }

  /** {@code null} when the answer is the expected refusal. */
  private static String judge(String expected, HttpResponse<String> answer) {
    String body = answer.body() == null ? "" : answer.body();
    if (REFUSED.equals(expected)) {
      return answer.statusCode() == 403 && body.contains("管理员") || answer.statusCode() == 403 && body.contains("案件数据")
          ? null : "expected 403 with a sentence";
    }
    return answer.statusCode() == 400 && (body.contains("branchCode") || body.contains("caseOutcome"))
        ? null : "expected 400 naming the field the form does not have";
  }

  private static String fill(String template, Map<String, String> ids) {
    String filled = template;
    for (Map.Entry<String, String> id : ids.entrySet()) {
      filled = filled.replace("{" + id.getKey() + "}", id.getValue());
    }
    return filled;
  }

  private static HttpResponse<String> send(HttpClientSupport http, String method, String path, String body) {
    HttpRequest.Builder request = http.request(path, "b1-secretary");
    if (body == null) {
      return http.send(request.method(method, HttpRequest.BodyPublishers.noBody()).build());
    }
    return http.send(request.header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(body)).build());
  }

  private static String abbreviate(String body) {
    return body == null || body.length() <= 200 ? body : body.substring(0, 200) + "…";
  }
}
