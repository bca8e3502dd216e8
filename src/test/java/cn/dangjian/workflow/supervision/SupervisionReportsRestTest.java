package cn.dangjian.workflow.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.workflow.support.HttpClientSupport;
import cn.dangjian.workflow.support.TaskDoors;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** {@code POST /api/supervision/reports} as an integration calls it: the contract, its refusals, who may call it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class SupervisionReportsRestTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;

  private HttpResponse<String> post(String user, Object body) {
    return new HttpClientSupport(port).postJson("/api/supervision/reports", user,
        body instanceof String s ? s : TaskDoors.json(body));
  }

  private static Map<String, Object> report() {
    Map<String, Object> v = new LinkedHashMap<>(MassIssueScenario.report());
    v.put("receivedOn", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString());
    return v;
  }

  @Test
  void aValidReportOpensACaseNumberedAtTheReceivingOrganisation() throws Exception {
    HttpResponse<String> filed = post("b1-organiser", report());
    assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
    JsonNode body = JSON.readTree(filed.body());
    assertThat(body.path("caseNumber").asText()).matches("QZ-C1-B1-\\d{4}-\\d{4}");
    assertThat(body.path("processDefinitionKey").asText()).isEqualTo("massIssue");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(body.path("processInstanceId").asText())
        .singleResult().getBusinessKey()).isEqualTo(body.path("caseNumber").asText());
  }

  @Test
  void everyBadFieldIsNamedAtOnce() throws Exception {
    Map<String, Object> bad = report();
    bad.put("channel", List.of("letter"));
    bad.put("summary", "x".repeat(101));
    bad.put("realName", "yes");
    bad.put("receivingOrganisationCode", "C9");
    bad.put("smuggled", "1");
    HttpResponse<String> refused = post("b1-secretary", bad);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    List<String> fields = new ArrayList<>();
    JSON.readTree(refused.body()).path("problems").forEach(p -> fields.add(p.path("field").asText()));
    assertThat(fields).containsExactly("smuggled");
    bad.remove("smuggled");
    refused = post("b1-secretary", bad);
    fields.clear();
    JSON.readTree(refused.body()).path("problems").forEach(p -> fields.add(p.path("field").asText()));
    assertThat(fields).containsExactlyInAnyOrder("channel", "realName", "receivingOrganisationCode", "summary");
  }

  @Test
  void malformedBodiesAreRefusedWithoutAServerError() {
    for (String body : List.of("", "[]", "{", "\"text\"", "{\"receivedOn\":{\"a\":1}}", "{\"summary\":12345}")) {
      HttpResponse<String> refused = post("b1-secretary", body);
      assertThat(refused.statusCode()).as(body + " -> " + refused.body()).isEqualTo(400);
    }
  }

  @Test
  void onlyStaffWhoMayRegisterReportsMayFileAndOnlyForTheirOwnOrganisation() {
    assertThat(post("b1-member1", report()).statusCode()).isEqualTo(403);
    assertThat(post(null, report()).statusCode()).isEqualTo(401);
    HttpResponse<String> otherBranch = post("b2-secretary", report());
    assertThat(otherBranch.statusCode()).as(otherBranch.body()).isEqualTo(400);
    assertThat(otherBranch.body()).contains("receivingOrganisationCode").contains("不属于该组织或其上级组织");
    Map<String, Object> above = report();
    assertThat(post("committee-secretary", above).statusCode()).as("the 党委 registers for a branch below it")
        .isEqualTo(201);
  }

  @Test
  void theRegisterPrintsAsASignedRecordWithEveryIssueAndNoReporter() throws Exception {
    Map<String, Object> named = report();
    named.put("summary", "台账打印测试事项");
    named.put("realName", true);
    named.put("reporterName", "台账测试举报人");
    named.put("reporterContact", "13900000000");
    HttpResponse<String> filed = post("b1-secretary", named);
    assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
    String caseNumber = JSON.readTree(filed.body()).path("caseNumber").asText();
    int year = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear();
    HttpClientSupport http = new HttpClientSupport(port);
    java.net.http.HttpRequest print = http.request("/api/supervision/registers/C1-B1/" + year, "b1-organiser")
        .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build();
    HttpResponse<byte[]> pdf = java.net.http.HttpClient.newHttpClient().send(print,
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(pdf.statusCode()).isEqualTo(201);
    assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
    try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replace("\n", "");
      assertThat(text).contains("群众台账（" + year + "年）").contains("QZ-C1-B1-" + year + "-（序号）")
          .contains(caseNumber.substring(caseNumber.length() - 4)).contains("台账打印测试事项")
          .contains("办理中").doesNotContain("台账测试举报人").doesNotContain("13900000000");
      assertThat(document.getSignatureDictionaries()).as("signed").hasSize(1);
    }
    String recordId = pdf.headers().firstValue("X-Record-Id").orElseThrow();
    HttpResponse<String> verified = http.get("/api/records/" + recordId + "/verification", "auditor");
    assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
    assertThat(verified.body()).contains("\"valid\":true");
    for (String refused : List.of("b2-secretary", "b1-member1", "b1-discipline")) {
      assertThat(http.send(http.request("/api/supervision/registers/C1-B1/" + year, refused)
          .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build()).statusCode()).as(refused).isEqualTo(403);
    }
    assertThat(http.send(http.request("/api/supervision/registers/C1-B1/1999", "b1-secretary")
        .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build()).statusCode()).isEqualTo(400);
  }
}
