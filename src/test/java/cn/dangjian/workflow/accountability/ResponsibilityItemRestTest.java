package cn.dangjian.workflow.accountability;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.workflow.support.HttpClientSupport;
import cn.dangjian.workflow.support.WebappSession;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
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
 * attachment (PDF, JPEG, PNG only: a text file, a fake PDF or a bare link is refused at both engine APIs and never
 * counted) and the item completed through {@code submit-form}.
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

  @Test
  void jpegAndPngEvidenceIsAcceptedAndCounted() throws Exception {
    String id = startedId(item(true));
    String taskId = evidenceTask(id);
    HttpResponse<String> jpeg = attach(taskId, "image/jpeg", "现场.jpg", JPEG);
    assertThat(jpeg.statusCode()).as(jpeg.body()).isEqualTo(200);
    HttpResponse<String> png = attach(taskId, "image/png", "截图.png", PNG);
    assertThat(png.statusCode()).as(png.body()).isEqualTo(200);

    HttpResponse<String> done = http().postJson("/engine-rest/task/" + taskId + "/submit-form", "b1-secretary",
        evidenceForm());
    assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
    assertThat(runtime.getVariable(id, "evidenceAttachmentNames")).isEqualTo("现场.jpg、截图.png");
  }

  @Test
  void textLinksAndFakeFilesAreRefusedAtEveryDoorAndNeverCountAsEvidence() throws Exception {
    String id = startedId(item(true));
    String taskId = evidenceTask(id);

    HttpResponse<String> text = attach(taskId, "text/plain", "说明.txt", "已完成".getBytes(StandardCharsets.UTF_8));
    assertThat(text.statusCode()).as(text.body()).isEqualTo(415);
    assertThat(text.body()).contains("\"field\":\"content\"", "不被接受", "PDF、JPEG 或 PNG");
    HttpResponse<String> fakePdf = attach(taskId, "application/pdf", "核对表.pdf", PNG);
    assertThat(fakePdf.statusCode()).as(fakePdf.body()).isEqualTo(415);
    assertThat(fakePdf.body()).contains("内容与其类型");
    HttpResponse<String> unnamed = send(taskId, multipart(List.of(field("attachment-name", "说明"),
        field("attachment-type", "text/plain"), field("content", "纯文字，没有文件名"))));
    assertThat(unnamed.statusCode()).as(unnamed.body()).isEqualTo(415);
    HttpResponse<String> mislabelled = send(taskId, multipart(List.of(field("attachment-name", "现场.jpg"),
        field("attachment-type", "text/plain"), file("image/jpeg", "现场.jpg", JPEG))));
    assertThat(mislabelled.statusCode()).as(mislabelled.body()).isEqualTo(415);
    assertThat(mislabelled.body()).contains("\"field\":\"attachment-type\"");

    byte[] linkOnly = multipart(List.of(field("attachment-name", "佐证链接"), field("attachment-type", "application/pdf"),
        field("url", "https://example.org/evidence.pdf")));
    HttpResponse<String> restLink = send(taskId, linkOnly);
    assertThat(restLink.statusCode()).as(restLink.body()).isEqualTo(415);
    assertThat(restLink.body()).contains("\"field\":\"url\"", "不能只是链接");
    HttpResponse<String> webappLink = WebappSession.signIn(port, "b1-secretary").engine("POST",
        "/task/" + taskId + "/attachment/create", "multipart/form-data; boundary=" + BOUNDARY,
        new String(linkOnly, StandardCharsets.UTF_8));
    assertThat(webappLink.statusCode()).as(webappLink.body()).isEqualTo(415);
    assertThat(webappLink.body()).contains("不能只是链接");
    assertThat(tasks.getTaskAttachments(taskId)).isEmpty();

    // Attachments that reach the engine another way (the Java API): a link, a text file, a file whose bytes are not
    // its type — none of them is evidence.
    tasks.createAttachment("application/pdf", taskId, id, "链接.pdf", null, "https://example.org/evidence.pdf");
    tasks.createAttachment("text/plain", taskId, id, "说明.txt", null,
        new java.io.ByteArrayInputStream("已完成".getBytes(StandardCharsets.UTF_8)));
    tasks.createAttachment("application/pdf", taskId, id, "伪装.pdf", null, new java.io.ByteArrayInputStream(PNG));
    HttpResponse<String> refused = http().postJson("/engine-rest/task/" + taskId + "/submit-form", "b1-secretary",
        evidenceForm());
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("\"field\":\"evidenceAttachments\"", "须提交佐证材料");
    assertThat(tasks.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
  }

  private static final String BOUNDARY = "----evidence";
  /** The start of a real JPEG (SOI, APP0 JFIF) and a real PNG (signature, IHDR). */
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F',
      0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, (byte) 0xFF, (byte) 0xD9};
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D,
      'I', 'H', 'D', 'R', 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00};

  private String evidenceTask(String id) {
    return tasks.createTaskQuery().processInstanceId(id).taskDefinitionKey("Task_SubmitEvidence").singleResult().getId();
  }

  private static String evidenceForm() {
    return "{\"variables\":{\"completionDate\":{\"value\":\"" + today() + "\"},"
        + "\"evidenceSummary\":{\"value\":\"已完成核对。\"}}}";
  }

  private HttpResponse<String> attach(String taskId, String type, String content) {
    return attach(taskId, type, "核对表.pdf", content.getBytes(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> attach(String taskId, String type, String name, byte[] content) {
    return send(taskId, multipart(List.of(field("attachment-name", name), field("attachment-type", type),
        file(type, name, content))));
  }

  private HttpResponse<String> send(String taskId, byte[] body) {
    return http().send(http().request("/engine-rest/task/" + taskId + "/attachment/create", "b1-secretary")
        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
  }

  private static byte[] field(String name, String value) {
    return ("Content-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] file(String type, String name, byte[] content) {
    byte[] headers = ("Content-Disposition: form-data; name=\"content\"; filename=\"" + name + "\"\r\nContent-Type: "
        + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] part = java.util.Arrays.copyOf(headers, headers.length + content.length);
    System.arraycopy(content, 0, part, headers.length, content.length);
    return part;
  }

  private static byte[] multipart(List<byte[]> parts) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      body.writeBytes(("--" + BOUNDARY + "\r\n").getBytes(StandardCharsets.UTF_8));
      body.writeBytes(part);
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return body.toByteArray();
  }
}
