package cn.dangjian.workflow.accountability;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.workflow.engine.forms.HostileSubmissions;
import cn.dangjian.workflow.engine.forms.HostileSubmissions.Hostile;
import cn.dangjian.workflow.support.HttpClientSupport;
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
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Hostile input at every form of the 问责 case, as staff and the subject send it: for each task of two cases (the full
 * case with an appeal, and one whose subject refuses to sign), generated malformed submissions through
 * {@code submit-form}, {@code complete} and {@code resolve} by a person who may work the task, and to the start form
 * through {@code submit-form} and {@code start}; each must get a 4xx naming the field and change nothing, and then
 * the valid values complete the task.
 */
class AccountabilityHostileInputTest extends AccountabilityCaseScenario {

  private static final long SEED = Long.getLong("hostile.seed", 20261202L);
  private static final int PER_FORM = 120;
  private static final int PER_OTHER_DOOR = 15;
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired FormService forms;

  private final Random random = new Random(SEED);
  private final List<String> failures = new ArrayList<>();
  private final Set<String> covered = new TreeSet<>();
  private int sent;
  private boolean hostile;

  @Test
  void malformedInputIsRefusedNamingTheFieldAtEveryFormAndChangesNothing() {
    startForm();
    hostile = true;
    AccountabilityCasePaths paths = new AccountabilityCasePaths(this);
    paths.fullWithAppeal();
    paths.refusalToSign();
    System.out.printf("hostile input (seed %d): %,d malformed submissions to %d accountability forms; %d failures%n",
        SEED, sent, covered.size(), failures.size());
    assertThat(failures).as("responses other than a 4xx naming the field (seed " + SEED + ")").isEmpty();
    assertThat(covered).hasSize(12);
  }

  @Override
  public void complete(ProcessInstance pi, String key, Map<String, Object> variables) {
    if (!hostile) {
      super.complete(pi, key, variables);
      return;
    }
    Task task = task(pi, key);
    String formId = forms.getTaskFormData(task.getId()).getCamundaFormRef().getKey();
    HostileSubmissions corpus = HostileSubmissions.around(formId, variables);
    String officer = officerOf(task);
    Map<String, Object> before = runtime.getVariables(pi.getId());
    for (Hostile h : corpus.generate(random, PER_FORM)) {
      expectRefusal(formId, h, post("/engine-rest/task/" + task.getId() + "/submit-form", officer, h.body()));
    }
    for (Hostile h : corpus.generate(random, PER_OTHER_DOOR)) {
      for (String door : List.of("/complete", "/resolve")) {
        expectRefusal(formId, h, post("/engine-rest/task/" + task.getId() + door, officer, h.body()));
      }
    }
    assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).as("%s still open", key).isEqualTo(1);
    assertThat(runtime.getVariables(pi.getId())).as("variables after refusals at %s", key).isEqualTo(before);
    covered.add(formId);
    HttpResponse<String> valid = post("/engine-rest/task/" + task.getId() + "/submit-form", officer,
        corpus.validBody());
    assertThat(valid.statusCode()).as("valid submission of %s: %s", formId, valid.body()).isEqualTo(204);
    runJobs(pi);
  }

  private void startForm() {
    at(day);
    String form = "accountability-start";
    HostileSubmissions corpus = HostileSubmissions.around(form, individual(SUBJECT, "C1-B1"));
    long instances = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).count();
    for (Hostile h : corpus.generate(random, PER_FORM)) {
      expectRefusal(form, h, post("/engine-rest/process-definition/key/" + PROCESS + "/submit-form",
          "committee-secretary", h.body()));
    }
    for (Hostile h : corpus.generate(random, PER_OTHER_DOOR)) {
      expectRefusal(form, h, post("/engine-rest/process-definition/key/" + PROCESS + "/start", "committee-secretary",
          h.body()));
    }
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).count()).isEqualTo(instances);
    covered.add(form);
  }

  /** Whoever may work the task and is no administrator: its assignee, a candidate user, or a candidate group's member. */
  private String officerOf(Task task) {
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
      if (link.getUserId() != null) {
        return link.getUserId();
      }
      if (link.getGroupId() != null) {
        for (User user : identity.createUserQuery().memberOfGroup(link.getGroupId()).list()) {
          if (identity.createGroupQuery().groupMember(user.getId()).groupId("camunda-admin").count() == 0) {
            return user.getId();
          }
        }
      }
    }
    throw new AssertionError("no officer for task " + task.getTaskDefinitionKey());
  }

  private void expectRefusal(String form, Hostile h, HttpResponse<String> response) {
    sent++;
    int status = response.statusCode();
    String named = fieldOf(response.body());
    if (status < 400 || status >= 500 || h.field() != null && !h.field().equals(named)) {
      if (failures.size() < 20) {
        String body = response.body();
        failures.add(form + " / " + h.what() + " (expected field " + h.field() + ") -> " + status + " "
            + (body.length() > 300 ? body.substring(0, 300) : body));
      }
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

  private HttpResponse<String> post(String path, String user, byte[] body) {
    HttpClientSupport http = new HttpClientSupport(port);
    return http.send(http.request(path, user).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
  }
}
