package cn.dangjian.workflow.enginegate;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.workflow.support.HttpClientSupport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** What staff and integrations see when the server rejects input: the business sentence, as HTTP 400. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class EngineRestValidationErrorsTest {

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  private final ObjectMapper json = new ObjectMapper();
  private HttpClientSupport http;

  @BeforeEach
  void client() {
    http = new HttpClientSupport(port);
  }

  @Test
  void invalidStartIs400WithTheSentenceAndCreatesNoInstance() throws Exception {
    long before = runtime.createProcessInstanceQuery().processDefinitionKey("validationProbe").count();

    HttpResponse<String> response = http.postJson("/engine-rest/process-definition/key/validationProbe/start", "demo",
        "{\"variables\":{\"age\":{\"value\":17,\"type\":\"Integer\"}}}");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    JsonNode body = json.readTree(response.body());
    assertThat(body.get("message").asText()).isEqualTo("申请人年龄（age）须年满18周岁");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("validationProbe").count()).isEqualTo(before);
  }

  @Test
  void rejectedTaskFormShowsOnlyTheSentenceAndTheTaskStaysOpen() throws Exception {
    String instance = runtime.startProcessInstanceByKey("validationProbe", Map.of("age", 30)).getId();
    String taskId = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();

    HttpResponse<String> response = http.postJson("/engine-rest/task/" + taskId + "/submit-form", "b1-secretary",
        "{\"variables\":{\"voteFor\":{\"value\":12,\"type\":\"Integer\"},\"voteDue\":{\"value\":10,\"type\":\"Integer\"}}}");

    assertThat(response.statusCode()).isEqualTo(400);
    String message = json.readTree(response.body()).get("message").asText();
    assertThat(message).isEqualTo("赞成票（12）不能多于应到人数（10）").doesNotContain("ENGINE-", "Exception");
    assertThat(tasks.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
  }

  @Test
  void validSubmissionStillSucceeds() {
    String instance = runtime.startProcessInstanceByKey("validationProbe", Map.of("age", 30)).getId();
    String taskId = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();

    HttpResponse<String> response = http.postJson("/engine-rest/task/" + taskId + "/complete", "b1-secretary",
        "{\"variables\":{\"voteFor\":{\"value\":6,\"type\":\"Integer\"},\"voteDue\":{\"value\":10,\"type\":\"Integer\"}}}");

    assertThat(response.statusCode()).isEqualTo(204);
  }

  @Test
  void otherEngineErrorsAreUntouched() throws Exception {
    HttpResponse<String> response = http.get("/engine-rest/task/no-such-task", "demo");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(json.readTree(response.body()).get("message").asText()).contains("no-such-task");
  }
}
