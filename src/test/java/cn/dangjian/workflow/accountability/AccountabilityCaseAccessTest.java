package cn.dangjian.workflow.accountability;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.workflow.support.HttpClientSupport;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/**
 * A 问责 case is visible to the competent body and those above it, never to the subject's peers below: another
 * branch's secretary, and the subject's own branch secretary, see nothing; the subject sees only the task addressed
 * to them.
 */
class AccountabilityCaseAccessTest extends AccountabilityCaseScenario {

  private HttpResponse<String> get(String user, String path) {
    return new HttpClientSupport(port).get("/engine-rest" + path, user);
  }

  @Test
  void otherBranchesAndTheSubjectsPeersSeeNothingTheSubjectSeesTheirTask() {
    ProcessInstance pi = start(individual(SUBJECT, "C1-B1"));
    approve(pi);
    investigate(pi);
    String statement = task(pi, "Task_StateCase").getId();

    for (String outsider : new String[] {"b2-secretary", "b1-secretary"}) {
      assertThat(get(outsider, "/process-instance?processInstanceIds=" + pi.getId()).body()).as(outsider)
          .isEqualTo("[]");
      assertThat(get(outsider, "/history/process-instance?processInstanceId=" + pi.getId()).body()).as(outsider)
          .isEqualTo("[]");
      assertThat(get(outsider, "/task?processInstanceId=" + pi.getId()).body()).as(outsider).isEqualTo("[]");
      assertThat(get(outsider, "/task/" + statement).statusCode()).as(outsider).isIn(403, 404);
    }

    HttpResponse<String> own = get(SUBJECT, "/task?processInstanceId=" + pi.getId());
    assertThat(own.body()).contains(statement).contains("\"assignee\":\"" + SUBJECT + "\"");
    assertThat(get(SUBJECT, "/process-instance?processInstanceIds=" + pi.getId()).body()).isEqualTo("[]");
    assertThat(get("committee-secretary", "/process-instance?processInstanceIds=" + pi.getId()).body())
        .contains(pi.getId());

    String statementBody = "{\"variables\": {\"statement\": {\"value\": \"无异议\"}, \"signature\": {\"value\": \"signed\"}}}";
    HttpClientSupport http = new HttpClientSupport(port);
    assertThat(http.postJson("/engine-rest/task/" + statement + "/submit-form", "b1-secretary", statementBody)
        .statusCode()).as("the subject's branch secretary cannot state the case for them").isIn(403, 404);
    HttpResponse<String> stated = http.postJson("/engine-rest/task/" + statement + "/submit-form", SUBJECT,
        statementBody);
    assertThat(stated.statusCode()).as(stated.body()).isEqualTo(204);
    assertThat(runtime.getVariable(pi.getId(), "statementBy")).isEqualTo(SUBJECT);
  }
}
