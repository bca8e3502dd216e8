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
}
