package cn.dangjian.workflow.membership;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.workflow.engine.forms.HostileSubmissions;
import cn.dangjian.workflow.engine.forms.HostileSubmissions.Hostile;
import cn.dangjian.workflow.support.HttpClientSupport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Hostile input at every form of a case, through the door Tasklist uses ({@code submit-form} over HTTP):
 * for each task of a case from application to conversion, a generated corpus of malformed submissions
 * (wrong types, huge strings, control characters, markup, SQL fragments, impossible dates, unknown options
 * and fields, malformed variables and bodies) must each get HTTP 4xx naming the field, never a 500, and
 * leave the task and the case's variables as they were; then the valid submission completes the task.
 * The same for the start form and our own case API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "dangjian.identity.administrator.password=" + MemberDevelopmentHostileInputTest.ADMIN_PASSWORD)
class MemberDevelopmentHostileInputTest extends MemberDevelopmentTestBase {

  static final String ADMIN_PASSWORD = "Hostile-Input-Test-7";
  private static final long SEED = Long.getLong("hostile.seed", 20261125L);
  private static final int PER_FORM = 400;
  private static final String START_FORM = "membership-member-application";
  /** Submissions of the corpus also sent through each door that bypasses the form handler. */
  private static final int PER_OTHER_DOOR = 40;
  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired FormService forms;
  @Autowired IdentityService identity;

  private final Random random = new Random(SEED);
  private final List<String> failures = new ArrayList<>();
  private HttpClientSupport http;
  private int sent;
  private int refused;
  private int serverErrors;
  private int formsCovered;
  /** Forms the corpus has been sent to; on the second path only forms not yet seen get it. */
  private final java.util.Set<String> seen = new java.util.HashSet<>();
  private boolean onlyUnseenForms;

  @Test
  void malformedInputIsRefusedNamingTheFieldAndChangesNothing() {
    convertedCase();
    formsOffTheConvertedPath();
    startForm();
    caseApi();
    System.out.printf("hostile input (seed %d): %,d malformed submissions to %d forms and the case API; %,d refused "
        + "with 4xx naming the field; %d server errors; %d other failures%n", SEED, sent, formsCovered, refused,
        serverErrors, failures.size() - serverErrors);
    assertThat(failures).as("responses other than a 4xx naming the field (seed " + SEED + ")").isEmpty();
    assertThat(sent).isGreaterThanOrEqualTo(10_000);
  }

  /** Every task of the scenario: the corpus first, then the valid values through the same door. */
  @Override
  public void complete(ProcessInstance pi, String key, Map<String, Object> variables) {
    Task task = task(pi, key);
    String formId = forms.getTaskFormData(task.getId()).getCamundaFormRef().getKey();
    HostileSubmissions corpus = HostileSubmissions.around(formId, variables);
    String path = "/engine-rest/task/" + task.getId() + "/submit-form";
    if (!seen.add(formId) && onlyUnseenForms) {
      HttpResponse<String> valid = post(path, "admin", corpus.validBody());
      assertThat(valid.statusCode()).as("valid submission of %s: %s", formId, valid.body()).isEqualTo(204);
      runJobs(pi);
      return;
    }
    Map<String, Object> before = runtime.getVariables(pi.getId());
    long details = history.createHistoricDetailQuery().processInstanceId(pi.getId()).count();
    for (Hostile hostile : corpus.generate(random, PER_FORM)) {
      expectRefusal(formId, hostile, post(path, "admin", hostile.body()));
    }
    String officer = officerOf(task);
    for (Hostile hostile : corpus.generate(random, PER_OTHER_DOOR)) {
      for (String door : List.of("/complete", "/resolve")) {
        expectRefusal(formId, hostile, post("/engine-rest/task/" + task.getId() + door, officer, hostile.body()));
      }
    }
    assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).as("task %s still open; failures: %s", key, failures).isEqualTo(1);
    assertThat(runtime.getVariables(pi.getId())).as("variables after refusals at %s", key).isEqualTo(before);
    assertThat(history.createHistoricDetailQuery().processInstanceId(pi.getId()).count()).isEqualTo(details);
    formsCovered++;

    HttpResponse<String> valid = post(path, "admin", corpus.validBody());
    assertThat(valid.statusCode()).as("valid submission of %s: %s", formId, valid.body()).isEqualTo(204);
    runJobs(pi);
  }

  /** The forms a converted case does not reach: 继续培养考察, and the new branch's 接收审查 after a transfer. */
  private void formsOffTheConvertedPath() {
    onlyUnseenForms = true;
    Case c = newCase().untilAdmissionVote().admissionVote(LocalDate.of(2026, 5, 25), 7, 6, 5, 1, 0)
        .committeeTalk(LocalDate.of(2026, 6, 1)).approval(LocalDate.of(2026, 6, 10), "continueTraining")
        .continueTraining(LocalDate.of(2026, 12, 10));
    at(LocalDate.of(2026, 12, 11));
    runtime.createMessageCorrelation("BranchTransfer").processInstanceBusinessKey(c.pi.getBusinessKey())
        .setVariable("targetBranchCode", "C1-B2").setVariable("transferReason", "工作调动").correlate();
    runJobs(c.pi);
    complete(c.pi, "Task_ReviewTransferredFile", vars("transferReceivedDate", "2026-12-11", "transferReviewOpinion",
        "材料齐全，接收"));
    onlyUnseenForms = false;
  }

  private void startForm() {
    at(LocalDate.of(2025, 3, 3));
    Map<String, Object> application = application("林晓", LocalDate.of(2000, 6, 15), LocalDate.of(2025, 3, 3), "C1-B1");
    HostileSubmissions corpus = HostileSubmissions.around(START_FORM, application);
    long instances = runtime.createProcessInstanceQuery().count();
    for (Hostile hostile : corpus.generate(random, PER_FORM)) {
      expectRefusal(START_FORM, hostile,
          post("/engine-rest/process-definition/key/" + PROCESS + "/submit-form", "b1-secretary", hostile.body()));
    }
    for (Hostile hostile : corpus.generate(random, PER_OTHER_DOOR)) {
      expectRefusal(START_FORM, hostile,
          post("/engine-rest/process-definition/key/" + PROCESS + "/start", "b1-secretary", hostile.body()));
    }
    assertThat(runtime.createProcessInstanceQuery().count()).as("no case started by a refused submission")
        .isEqualTo(instances);
    formsCovered++;
  }

  /** Withdrawal and transfer of a running case, with malformed bodies; the case stays active and unchanged. */
  private void caseApi() {
    Case running = newCase().start();
    String caseNumber = running.pi.getBusinessKey();
    Map<String, Object> before = runtime.getVariables(running.pi.getId());
    String[] dates = {"2025-02-30", "' OR 1=1 --", "9999-12-31", "<script>alert(1)</script>", "", "2025-01-0\u0000"};
    String[] texts = {"原因\u0000", "原因\u202e", "<img src=x onerror=alert(1)>", "党".repeat(5001), " "};
    String[] branches = {"C1-B9", "'; DROP TABLE dj_record; --", "C1", "C1-B1", "", "C1-B2\u0000"};
    for (int i = 0; i < 200; i++) {
      String date = dates[random.nextInt(dates.length)];
      String text = texts[random.nextInt(texts.length)];
      boolean badDate = random.nextBoolean();
      byte[] withdrawal = json(Map.of("withdrawalDate", badDate ? date : "2025-03-03",
          "withdrawalReason", badDate ? "本人申请" : text));
      expectRefusal("withdrawal", new Hostile("withdrawal", withdrawal, badDate ? "withdrawalDate" : "withdrawalReason"),
          post("/api/membership/cases/" + caseNumber + "/withdrawal", "b1-secretary", withdrawal));
      String branch = branches[random.nextInt(branches.length)];
      expectRefusal("transfer", new Hostile("transfer", null, "targetBranchCode"),
          post("/api/membership/cases/" + caseNumber + "/transfer", "b1-secretary",
              json(Map.of("targetBranchCode", branch, "transferReason", "工作调动"))));
      expectRefusal("withdrawal", new Hostile("wrong JSON type", null, "withdrawalDate"),
          post("/api/membership/cases/" + caseNumber + "/withdrawal", "b1-secretary",
              "{\"withdrawalDate\": {\"$gt\": \"\"}, \"withdrawalReason\": [1]}".getBytes()));
    }
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(running.pi.getId()).active().count()).isEqualTo(1);
    assertThat(runtime.getVariables(running.pi.getId())).isEqualTo(before);
  }

  /** A person who may work the task and is no administrator: a member of one of its candidate groups. */
  private String officerOf(Task task) {
    for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
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

  private void expectRefusal(String form, Hostile hostile, HttpResponse<String> response) {
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

  private HttpResponse<String> post(String path, String user, byte[] body) {
    if (http == null) {
      http = new HttpClientSupport(port);
    }
    String password = "admin".equals(user) ? ADMIN_PASSWORD : user;
    return http.send(http.request(path, user, password).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
  }

  private static byte[] json(Object value) {
    try {
      return JSON.writeValueAsBytes(value);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
