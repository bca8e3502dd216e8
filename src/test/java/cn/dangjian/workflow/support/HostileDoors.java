package cn.dangjian.workflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.workflow.engine.forms.HostileSubmissions;
import cn.dangjian.workflow.engine.forms.HostileSubmissions.Hostile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;

/**
 * Hostile input through the doors of the engine's REST API, for any family's hostile-input test: a generated corpus
 * around each form's valid values (HostileSubmissions) goes to {@code submit-form} (the Tasklist door) and, in
 * part, to {@code complete}/{@code resolve} and {@code start}; each must get a 4xx naming the field, never a 500,
 * and change nothing; then the valid submission completes the task. Counts what it sent for the test's summary.
 */
public final class HostileDoors {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ProcessEngine engine;
  private final HttpClientSupport http;
  private final String adminPassword;
  private final Random random;
  private final int perForm;
  private final int perOtherDoor;
  private final List<String> failures = new ArrayList<>();
  private int sent;
  private int refused;
  private int serverErrors;
  private int formsCovered;
  private final Set<String> formsReached = new TreeSet<>();

  private boolean validAsOfficer;

  public HostileDoors(ProcessEngine engine, int port, String adminPassword, long seed, int perForm, int perOtherDoor) {
    this.engine = engine;
    this.http = new HttpClientSupport(port);
    this.adminPassword = adminPassword;
    this.random = new Random(seed);
    this.perForm = perForm;
    this.perOtherDoor = perOtherDoor;
  }

  public Random random() {
    return random;
  }

  /** The corpus at the open task of {@code pi}, then its valid values through {@code submit-form}. */
  public void task(ProcessInstance pi, Task task, Map<String, Object> variables) {
    String formId = engine.getFormService().getTaskFormData(task.getId()).getCamundaFormRef().getKey();
    HostileSubmissions corpus = HostileSubmissions.around(formId, variables);
    String path = "/engine-rest/task/" + task.getId() + "/submit-form";
    Map<String, Object> before = engine.getRuntimeService().getVariables(pi.getId());
    long details = engine.getHistoryService().createHistoricDetailQuery().processInstanceId(pi.getId()).count();
    for (Hostile hostile : corpus.generate(random, perForm)) {
      expectRefusal(formId, hostile, post(path, "admin", hostile.body()));
    }
    String officer = officerOf(task);
    for (Hostile hostile : corpus.generate(random, perOtherDoor)) {
      for (String door : List.of("/complete", "/resolve")) {
        expectRefusal(formId, hostile, post("/engine-rest/task/" + task.getId() + door, officer, hostile.body()));
      }
    }
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count())
        .as("task %s still open; failures: %s", task.getTaskDefinitionKey(), failures).isEqualTo(1);
    assertThat(engine.getRuntimeService().getVariables(pi.getId())).as("variables after refusals at %s",
        task.getTaskDefinitionKey()).isEqualTo(before);
    assertThat(engine.getHistoryService().createHistoricDetailQuery().processInstanceId(pi.getId()).count())
        .isEqualTo(details);
    formsCovered++;
    formsReached.add(formId);
    submitValid(task, formId, variables);
  }

  /**
   * Valid values are submitted by a person who may work the task rather than the administrator (for a process where
   * who completed a step matters later, e.g. 查审分离).
   */
  public HostileDoors validAsOfficer() {
    this.validAsOfficer = true;
    return this;
  }

  /** Only the valid values, through {@code submit-form} (a form the corpus has already been sent to). */
  public void submitValid(Task task, String formId, Map<String, Object> variables) {
    HttpResponse<String> valid = post("/engine-rest/task/" + task.getId() + "/submit-form",
        validAsOfficer ? officerOf(task) : "admin", HostileSubmissions.around(formId, variables).validBody());
    assertThat(valid.statusCode()).as("valid submission of %s: %s", formId, valid.body()).isEqualTo(204);
  }

  /** The corpus at a start form (submit-form and start, as {@code starter}); no case may be started by it. */
  public void startForm(String processKey, String formId, Map<String, Object> values, String starter) {
    HostileSubmissions corpus = HostileSubmissions.around(formId, values);
    long instances = engine.getRuntimeService().createProcessInstanceQuery().count();
    for (Hostile hostile : corpus.generate(random, perForm)) {
      expectRefusal(formId, hostile,
          post("/engine-rest/process-definition/key/" + processKey + "/submit-form", starter, hostile.body()));
    }
    for (Hostile hostile : corpus.generate(random, perOtherDoor)) {
      expectRefusal(formId, hostile,
          post("/engine-rest/process-definition/key/" + processKey + "/start", starter, hostile.body()));
    }
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count())
        .as("no case started by a refused submission").isEqualTo(instances);
    formsCovered++;
    formsReached.add(formId);
  }

  /** A person who may work the task and is no administrator: a candidate user or a member of a candidate group. */
  private String officerOf(Task task) {
    for (IdentityLink link : engine.getTaskService().getIdentityLinksForTask(task.getId())) {
      if (link.getUserId() != null && "candidate".equals(link.getType())) {
        return link.getUserId();
      }
      if (link.getGroupId() != null) {
        for (User user : engine.getIdentityService().createUserQuery().memberOfGroup(link.getGroupId()).list()) {
          if (engine.getIdentityService().createGroupQuery().groupMember(user.getId()).groupId("camunda-admin")
              .count() == 0) {
            return user.getId();
          }
        }
      }
    }
    throw new AssertionError("no officer for task " + task.getTaskDefinitionKey());
  }

  public void expectRefusal(String form, Hostile hostile, HttpResponse<String> response) {
    sent++;
    int status = response.statusCode();
    String named = fieldOf(response.body());
    if (status >= 500) {
      serverErrors++;
      fail(form, hostile, response);
    } else if (status < 400) {
      fail(form, hostile, response);
    } else if (hostile.field() != null && !hostile.field().equals(named)) {
      fail(form, hostile, response);
    } else {
      refused++;
    }
  }

  private void fail(String form, Hostile hostile, HttpResponse<String> response) {
    if (failures.size() < 30) {
      String body = response.body();
      failures.add(form + " / " + hostile.what() + " (expected field " + hostile.field() + ") -> "
          + response.statusCode() + " " + (body.length() > 300 ? body.substring(0, 300) : body));
    } else {
      failures.add(form);
    }
  }

  private static String fieldOf(String body) {
    try {
      JsonNode json = JSON.readTree(body);
      return json != null && json.hasNonNull("field") ? json.get("field").asText() : null;
    } catch (Exception notJson) {
      return null;
    }
  }

  public HttpResponse<String> post(String path, String user, byte[] body) {
    String password = "admin".equals(user) ? adminPassword : user;
    return http.send(http.request(path, user, password).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
  }

  public static byte[] json(Object value) {
    try {
      return JSON.writeValueAsBytes(value);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The ids of the forms the corpus has been sent to so far. */
  public Set<String> formsReached() {
    return Set.copyOf(formsReached);
  }

  /** The summary line every hostile-input test prints, and the checks behind it. */
  public void report(String what, long seed, int atLeast) {
    System.out.printf("hostile input %s (seed %d): %,d malformed submissions to %d forms; %,d refused with 4xx naming "
        + "the field; %d server errors; %d other failures%n", what, seed, sent, formsCovered, refused, serverErrors,
        failures.size() - serverErrors);
    assertThat(failures).as("responses other than a 4xx naming the field (seed " + seed + ")").isEmpty();
    assertThat(sent).isGreaterThanOrEqualTo(atLeast);
  }
}
