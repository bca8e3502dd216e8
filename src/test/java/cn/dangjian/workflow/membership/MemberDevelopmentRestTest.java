package cn.dangjian.workflow.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * The integration contract: {@code POST /engine-rest/process-definition/key/memberDevelopment/start} with
 * the documented variables. (A real HTTP server: Camunda REST is a Jersey servlet, not reachable by MockMvc.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class MemberDevelopmentRestTest {

  private static final String START = "/engine-rest/process-definition/key/memberDevelopment/start";

  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired org.camunda.bpm.engine.TaskService tasks;
  @MockitoBean(name = "recordWriter") JavaDelegate recordWriter;

  private ResponseEntity<String> start(String user, Map<String, Object> values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((k, v) -> variables.put(k, Map.of("value", v, "type", v instanceof String ? "String" : "Integer")));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setBasicAuth(user, user);
    return http.postForEntity(START, new HttpEntity<>(Map.of("variables", variables), headers), String.class);
  }

  private static Map<String, Object> application(LocalDate birthDate, String applicationDate, String branch) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("applicantName", "王喆");
    v.put("gender", "男");
    v.put("ethnicity", "汉族");
    v.put("birthDate", birthDate.toString());
    v.put("idCardNumber", TestIds.idCard(birthDate, true));
    v.put("education", "大学本科");
    v.put("unit", "示范街道社区服务中心");
    v.put("phone", "13800138000");
    v.put("applicationDate", applicationDate);
    v.put("branchCode", branch);
    return v;
  }

  @Test
  void startsACaseAndQueuesTheReceipt() {
    ResponseEntity<String> response = start("b1-secretary",
        application(LocalDate.of(1998, 3, 4), LocalDate.now().minusDays(1).toString(), "C1-B1"));
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    assertThat(response.getBody()).contains("\"businessKey\":\"DY-C1-B1-");
    String id = response.getBody().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
    assertThat(management.createJobQuery().processInstanceId(id).activityId("Task_RecordApplication").count())
        .as("the application is written by the next job (case %s: jobs %s, waiting at %s)", id,
            management.createJobQuery().processInstanceId(id).list(), runtime.getActiveActivityIds(id)).isEqualTo(1);
    management.executeJob(management.createJobQuery().processInstanceId(id).singleResult().getId());
    assertThat(management.createJobQuery().processInstanceId(id).activityId("Task_RecordApplicationReceipt").count())
        .as("then the receipt").isEqualTo(1);
    management.executeJob(management.createJobQuery().processInstanceId(id).singleResult().getId());

    // completing a task with invalid data: 400 with the business sentence, the task stays open
    String taskId = tasks.createTaskQuery().processInstanceId(id).singleResult().getId();
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setBasicAuth("b1-secretary", "b1-secretary");
    Map<String, Object> variables = Map.of("talkDate", Map.of("value", LocalDate.now().plusDays(3).toString()),
        "talker", Map.of("value", "王喆"), "talkSummary", Map.of("value", "谈话"));
    ResponseEntity<String> complete = http.postForEntity("/engine-rest/task/" + taskId + "/submit-form",
        new HttpEntity<>(Map.of("variables", variables), headers), String.class);
    assertThat(complete.getStatusCode().value()).as(complete.getBody()).isEqualTo(400);
    assertThat(complete.getBody()).contains("谈话日期（talkDate）").contains("\"field\":\"talkDate\"")
        .doesNotContain("ENGINE-03051");
    assertThat(tasks.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
  }

  @Test
  void refusesInvalidDataWith4xxNamingTheFieldAndCreatesNothing() {
    long before = runtime.createProcessInstanceQuery().count();
    Map<String, Object> v = application(LocalDate.of(1998, 3, 4), LocalDate.now().minusDays(1).toString(), "C1-B1");
    String id = (String) v.get("idCardNumber");
    v.put("idCardNumber", id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0'));
    ResponseEntity<String> response = start("b1-secretary", v);
    assertThat(response.getStatusCode().is4xxClientError()).as(response.getStatusCode() + " " + response.getBody())
        .isTrue();
    assertThat(response.getBody()).contains("idCardNumber").contains("校验位错误");

    ResponseEntity<String> young = start("b1-secretary",
        application(LocalDate.now().minusYears(17), LocalDate.now().toString(), "C1-B1"));
    assertThat(young.getStatusCode().is4xxClientError()).isTrue();
    assertThat(young.getBody()).contains("birthDate").contains("未满18周岁");

    ResponseEntity<String> otherBranch = start("b1-secretary",
        application(LocalDate.of(1998, 3, 4), LocalDate.now().toString(), "C1-B2"));
    assertThat(otherBranch.getStatusCode().is4xxClientError()).isTrue();
    assertThat(otherBranch.getBody()).contains("branchCode");
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(before);
  }

  @Test
  void aCaseNumberInUseCannotBeGivenToAnotherCase() {
    ResponseEntity<String> first = start("b1-secretary",
        application(LocalDate.of(1996, 2, 3), LocalDate.now().minusDays(1).toString(), "C1-B1"));
    String caseNumber = first.getBody().replaceAll(".*\"businessKey\":\"([^\"]+)\".*", "$1");
    long before = runtime.createProcessInstanceQuery().count();
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setBasicAuth("b1-secretary", "b1-secretary");
    Map<String, Object> variables = new LinkedHashMap<>();
    application(LocalDate.of(1996, 2, 4), LocalDate.now().minusDays(1).toString(), "C1-B1")
        .forEach((k, v) -> variables.put(k, Map.of("value", v, "type", "String")));
    ResponseEntity<String> second = http.postForEntity(START,
        new HttpEntity<>(Map.of("businessKey", caseNumber, "variables", variables), headers), String.class);
    assertThat(second.getStatusCode().value()).as(second.getBody()).isEqualTo(400);
    assertThat(second.getBody()).contains("\"field\":\"businessKey\"").contains(caseNumber).contains("已被其他案件使用");
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(before);
  }
}
