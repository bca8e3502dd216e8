package cn.dangjian.workflow.accountability;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.workflow.support.HttpClientSupport;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The integration contract of {@code responsibilityItem} over Camunda's REST API, as other systems and Tasklist use
 * it: start by key with the documented variables, the starter acting for the assigning committee, every bad field
 * named with no instance left; the owner sees its item and another branch does not; evidence uploaded as a task
 * attachment (PDF, JPEG, PNG only) and the item completed through {@code submit-form}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class ResponsibilityItemRestTest {

  private static final String START = "/engine-rest/process-definition/key/responsibilityItem/start";
  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @MockitoBean(name = "recordWriter") JavaDelegate recordWriter;

  /** Today in Beijing, as the engine counts days. */
  private static LocalDate today() {
    return LocalDate.now(cn.dangjian.workflow.calendar.CaseTime.ZONE);
  }

  private HttpClientSupport http() {
    return new HttpClientSupport(port);
  }

  private static Map<String, Object> item(boolean evidenceRequired) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("itemTitle", "完成党员信息采集核对");
    v.put("assigningOrganisationCode", "C1");
    v.put("ownerOrganisationCode", "C1-B1");
    v.put("responsibleLeader", "b1-secretary");
    v.put("leadershipTier", "important");
    v.put("deadline", today().plusDays(14).toString());
    v.put("evidenceRequired", evidenceRequired);
    return v;
  }

  private HttpResponse<String> start(String user, Map<String, Object> values) throws Exception {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((k, v) -> variables.put(k, Map.of("value", v, "type", v instanceof Boolean ? "Boolean" : "String")));
    return http().postJson(START, user, JSON.writeValueAsString(Map.of("variables", variables)));
  }

  private String startedId(Map<String, Object> values) throws Exception {
    HttpResponse<String> started = start("committee-secretary", values);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    assertThat(started.body()).contains("\"businessKey\":\"ZR-C1-");
    String id = JSON.readTree(started.body()).get("id").asText();
    for (Job job : management.createJobQuery().processInstanceId(id).list()) {
      if (job.getDuedate() == null) {
        management.executeJob(job.getId());
      }
    }
    return id;
  }

  @Test
  void namesEveryBadFieldAndCreatesNothing() throws Exception {
    long before = runtime.createProcessInstanceQuery().processDefinitionKey("responsibilityItem").count();
    Map<String, Object> bad = item(false);
    bad.put("ownerOrganisationCode", "C1-B7");
    bad.put("deadline", today().minusDays(1).toString());
    HttpResponse<String> response = start("committee-secretary", bad);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains("\"field\":\"ownerOrganisationCode\"", "\"field\":\"deadline\"",
        "不能早于今天");

    bad.put("leadershipTier", "minor");
    HttpResponse<String> option = start("committee-secretary", bad);
    assertThat(option.statusCode()).as(option.body()).isEqualTo(400);
    assertThat(option.body()).contains("\"field\":\"leadershipTier\"", "领导责任类型");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("responsibilityItem").count())
        .isEqualTo(before);
  }

  @Test
  void aBranchSecretaryCannotAssignForTheCommittee() throws Exception {
    HttpResponse<String> response = start("b1-secretary", item(false));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains("\"field\":\"assigningOrganisationCode\"", "不属于该组织或其上级组织");
  }

  @Test
  void theOwnerSeesItsItemAndAnotherBranchDoesNot() throws Exception {
    String id = startedId(item(false));
    assertThat(http().get("/engine-rest/task?processInstanceId=" + id, "b1-secretary").body())
        .contains("Task_SubmitEvidence");
    assertThat(http().get("/engine-rest/task?processInstanceId=" + id, "b2-secretary").body()).isEqualTo("[]");
    assertThat(http().get("/engine-rest/process-instance/" + id, "b1-secretary").statusCode()).isEqualTo(200);
    assertThat(http().get("/engine-rest/process-instance/" + id, "b2-secretary").statusCode()).isIn(403, 404);
    assertThat(http().get("/engine-rest/history/process-instance?processInstanceId=" + id, "b2-secretary").body())
        .isEqualTo("[]");
  }

  @Test
  void evidenceIsAnAttachmentOfTheTaskAndOnlyADocumentOrImage() throws Exception {
    String id = startedId(item(true));
    String taskId = tasks.createTaskQuery().processInstanceId(id).taskDefinitionKey("Task_SubmitEvidence")
        .singleResult().getId();
    String form = "{\"variables\":{\"completionDate\":{\"value\":\"" + today() + "\"},"
        + "\"evidenceSummary\":{\"value\":\"已完成核对。\"}}}";

    HttpResponse<String> early = http().postJson("/engine-rest/task/" + taskId + "/submit-form", "b1-secretary", form);
    assertThat(early.statusCode()).as(early.body()).isEqualTo(400);
    assertThat(early.body()).contains("须提交佐证材料");

    HttpResponse<String> executable = attach(taskId, "application/pdf", "MZ\u0090\u0000 not a pdf");
    assertThat(executable.statusCode()).as(executable.body()).isEqualTo(415);
    HttpResponse<String> pdf = attach(taskId, "application/pdf", "%PDF-1.7 核对表");
    assertThat(pdf.statusCode()).as(pdf.body()).isEqualTo(200);

    HttpResponse<String> done = http().postJson("/engine-rest/task/" + taskId + "/submit-form", "b1-secretary", form);
    assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
    assertThat(tasks.createTaskQuery().processInstanceId(id).taskDefinitionKey("Task_ReviewEvidence").count())
        .isEqualTo(1);
  }

  private HttpResponse<String> attach(String taskId, String type, String content) {
    String boundary = "----evidence";
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"attachment-name\"\r\n\r\n核对表.pdf\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"attachment-type\"\r\n\r\n" + type + "\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"content\"; filename=\"核对表.pdf\"\r\n"
        + "Content-Type: " + type + "\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
    return http().send(http().request("/engine-rest/task/" + taskId + "/attachment/create", "b1-secretary")
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
  }
}
