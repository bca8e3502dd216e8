package cn.dangjian.workflow.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dangjian.workflow.support.HttpClientSupport;
import cn.dangjian.workflow.support.WebappSession;
import java.net.http.HttpResponse;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * No decision without the subject's statement on record, whatever door: a case moved to the decision around the
 * statement (only the engine itself can: modification is refused to staff) cannot be decided through the Java API,
 * {@code /engine-rest} {@code complete} or {@code submit-form}, or the webapps' API (Tasklist's submit-form, complete); a statement record id
 * cannot be forged through the form, and another record's id is not a statement. The task stays open each time.
 */
class AccountabilityStatementDoorsTest extends AccountabilityCaseScenario {

  private static final String DECIDER = "committee-deputy";
  private ProcessInstance pi;
  private String taskId;

  @BeforeEach
  void aDecisionWithoutStatement() {
    pi = start(individual(SUBJECT, "C1-B1"));
    approve(pi);
    runtime.createProcessInstanceModification(pi.getId()).cancelAllForActivity("Task_Investigate")
        .startBeforeActivity("Task_Decide").setVariable("suggestedMeasures", "通报").setVariable("discussionDate",
            day.toString()).execute();
    taskId = task(pi, "Task_Decide").getId();
    next(1);
  }

  private String body() {
    return "{\"variables\": {\"decisionOutcome\": {\"value\": \"accountable\"}, \"measure1\": {\"value\": \"通报\"},"
        + " \"leniency\": {\"value\": \"none\"}, \"decisionText\": {\"value\": \"决定\"}, \"decisionDate\": {\"value\": \""
        + day + "\"}}}";
  }

  private void stillOpen() {
    assertThat(tasks.createTaskQuery().taskId(taskId).count()).as("the decision task stays open").isEqualTo(1);
    assertThat(runtime.getVariable(pi.getId(), "decisionMeasures")).isNull();
  }

  @Test
  void theJavaApiIsRefused() {
    identity.setAuthentication(DECIDER, List.of("C1", "C1.committee", "C1.deputy-secretary", "staff"));
    try {
      assertThatThrownBy(() -> tasks.complete(taskId, with(decision("accountable", "通报"), vars("decisionDate",
          day.toString())))).hasMessageContaining("没有被问责对象陈述申辩的记录");
    } finally {
      identity.clearAuthentication();
    }
    stillOpen();
  }

  @Test
  void engineRestCompleteAndSubmitFormAreRefused() {
    HttpClientSupport http = new HttpClientSupport(port);
    for (String door : List.of("complete", "submit-form")) {
      HttpResponse<String> response = http.postJson("/engine-rest/task/" + taskId + "/" + door, DECIDER, body());
      assertThat(response.statusCode()).as(door + ": " + response.body()).isEqualTo(400);
      assertThat(response.body()).as(door).contains("没有被问责对象陈述申辩的记录").doesNotContain("ENGINE-");
    }
    stillOpen();
  }

  @Test
  void tasklistSubmitFormAndTheWebappsCompleteAreRefused() {
    WebappSession tasklist = WebappSession.signIn(port, DECIDER);
    for (String door : List.of("submit-form", "complete")) {
      HttpResponse<String> response = tasklist.engine("POST", "/task/" + taskId + "/" + door, "application/json",
          body());
      assertThat(response.statusCode()).as(door + ": " + response.body()).isEqualTo(400);
      assertThat(response.body()).as(door).contains("没有被问责对象陈述申辩的记录");
    }
    stillOpen();
  }

  @Test
  void aStatementRecordCannotBeForgedNorReplacedByAnotherRecord() {
    HttpClientSupport http = new HttpClientSupport(port);
    String forged = body().replace("}}}", "}, \"factsRecordId\": {\"value\": \"x\"}}}");
    HttpResponse<String> response = http.postJson("/engine-rest/task/" + taskId + "/complete", DECIDER, forged);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("factsRecordId");
    HttpResponse<String> modification = http.postJson("/engine-rest/process-instance/" + pi.getId() + "/modification",
        DECIDER, "{\"instructions\": [{\"type\": \"startBeforeActivity\", \"activityId\": \"Task_Decide\"}]}");
    assertThat(modification.statusCode()).isEqualTo(403);
    String approval = records.byProcessInstance(pi.getId()).get(0).id();
    runtime.setVariable(pi.getId(), "factsRecordId", approval);
    assertThatThrownBy(() -> tasks.complete(taskId, with(decision("accountable", "通报"), vars("decisionDate",
        day.toString())))).hasMessageContaining("没有被问责对象陈述申辩的记录");
    stillOpen();
  }
}
