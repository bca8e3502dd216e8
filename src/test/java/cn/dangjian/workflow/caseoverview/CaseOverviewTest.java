package cn.dangjian.workflow.caseoverview;

import static cn.dangjian.workflow.support.TaskDoors.accepted;
import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.workflow.membership.MemberDevelopmentScenario;
import cn.dangjian.workflow.support.HttpClientSupport;
import cn.dangjian.workflow.support.TaskDoors;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 15, item 9 ("where does my case stand?"): the case overview lists a case exactly where its history may be
 * read — a branch secretary their branch's cases, the 党委's secretary those of every branch below — and shows a step
 * that went up to the 党委 with the posts (then the person) holding it, and the steps done with who did them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class CaseOverviewTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String COMMITTEE_OFFICE = "示范街道党工委书记、示范街道党工委副书记、示范街道党工委组织委员、示范街道党工委委员";

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;

  TaskDoors doors;
  HttpClientSupport http;
  ProcessInstance firstBranchCase;
  ProcessInstance secondBranchCase;
  String firstApplicant;
  String secondApplicant;

  @BeforeEach
  void aCaseInEachBranch() {
    doors = new TaskDoors(port);
    http = doors.http();
    long n = System.nanoTime() % 100000;
    firstApplicant = "进展甲" + n;
    secondApplicant = "进展乙" + n;
    firstBranchCase = start(firstApplicant, LocalDate.now().minusDays(2), "C1-B1");
    secondBranchCase = start(secondApplicant, LocalDate.now().minusDays(60), "C1-B2");
  }

  @Test
  void eachBranchSecretarySeesOnlyTheOwnBranchsCasesAndThePartyCommitteeSeesBoth() throws Exception {
    JsonNode first = list("b1-secretary", null);
    assertThat(numbers(first)).contains(firstBranchCase.getBusinessKey())
        .doesNotContain(secondBranchCase.getBusinessKey()).noneMatch(n -> n.contains("C1-B2"));
    assertThat(first).noneMatch(c -> c.path("organisation").asText().equals("第二党支部"));

    JsonNode second = list("b2-secretary", null);
    assertThat(numbers(second)).contains(secondBranchCase.getBusinessKey())
        .doesNotContain(firstBranchCase.getBusinessKey()).noneMatch(n -> n.contains("C1-B1"));

    assertThat(numbers(list("committee-secretary", null)))
        .contains(firstBranchCase.getBusinessKey(), secondBranchCase.getBusinessKey());

    HttpResponse<String> otherBranch = http.get("/api/cases/" + firstBranchCase.getBusinessKey(), "b2-secretary");
    assertThat(otherBranch.statusCode()).as("another branch's case is as one that does not exist").isEqualTo(404);
    assertThat(JSON.readTree(otherBranch.body()).path("message").asText()).contains("案件不存在");
  }

  @Test
  void anOrdinaryMemberIsRefused() {
    assertThat(http.get("/api/cases", "b1-member1").statusCode()).isEqualTo(403);
    assertThat(http.get("/api/cases/" + firstBranchCase.getBusinessKey(), "b1-member1").statusCode()).isEqualTo(403);
    assertThat(http.get("/api/cases", null).statusCode()).isEqualTo(401);
  }

  @Test
  void aStepThatWentUpToThePartyCommitteeIsShownWithItsHoldersToTheBranchSecretary() throws Exception {
    String today = LocalDate.now().toString();
    submit("Task_TalkWithApplicant", "b1-secretary", Map.of("talkDate", today, "talker", "王喆", "talkSummary", "了解入党动机"));
    submit("Task_DesignateActivist", "b1-secretary", Map.of("recommendationSource", "党员推荐",
        "activistDecision", "designate", "activistDecisionDate", today, "decisionAttendance", "王喆、李堃、赵敏"));

    JsonNode detail = detail(firstBranchCase.getBusinessKey(), "b1-secretary");
    JsonNode overview = detail.path("overview");
    assertThat(overview.path("family").asText()).isEqualTo("党员发展");
    assertThat(overview.path("title").asText()).isEqualTo("党员发展：" + firstApplicant);
    assertThat(overview.path("organisation").asText()).isEqualTo("第一党支部");
    assertThat(overview.path("stage").asText()).isEqualTo("入党积极分子的确定和培养教育");
    assertThat(overview.path("status").asText()).isEqualTo("办理中");
    JsonNode step = overview.path("openSteps").get(0);
    assertThat(step.path("name").asText()).isEqualTo("报上级党委备案（入党积极分子）");
    assertThat(step.path("holder").asText()).isEqualTo(COMMITTEE_OFFICE);
    assertThat(step.path("claimed").asBoolean()).isFalse();

    List<String> timeline = StreamSupport.stream(detail.path("timeline").spliterator(), false)
        .map(s -> s.path("name").asText() + "/" + s.path("by").asText()).toList();
    assertThat(timeline).containsSubsequence("派人同入党申请人谈话/王喆", "支委会研究确定入党积极分子/王喆");
    assertThat(detail.path("timeline")).allSatisfy(s -> assertThat(s.path("doneAt").asText()).isNotEmpty());

    String task = tasks.createTaskQuery().processInstanceId(firstBranchCase.getId()).singleResult().getId();
    accepted(doors.claim(task, "committee-secretary"));
    JsonNode claimed = detail(firstBranchCase.getBusinessKey(), "b1-secretary").path("overview").path("openSteps").get(0);
    assertThat(claimed.path("holder").asText()).isEqualTo("周建国");
    assertThat(claimed.path("claimed").asBoolean()).isTrue();
  }

  @Test
  void aStepPastItsDueDateIsOverdue() throws Exception {
    JsonNode overview = detail(secondBranchCase.getBusinessKey(), "b2-secretary").path("overview");
    assertThat(overview.path("overdue").asBoolean()).as(overview.toString()).isTrue();
    assertThat(overview.path("openSteps")).anySatisfy(s -> {
      assertThat(s.path("name").asText()).isEqualTo("派人同入党申请人谈话");
      assertThat(s.path("overdue").asBoolean()).isTrue();
      assertThat(s.path("dueAt").asText()).isNotEmpty();
    });
    JsonNode fresh = detail(firstBranchCase.getBusinessKey(), "b1-secretary").path("overview");
    assertThat(fresh.path("overdue").asBoolean()).isFalse();
    assertThat(fresh.path("stage").asText()).isEqualTo("入党申请");
  }

  @Test
  void casesAreFoundByApplicantAndByCaseNumber() throws Exception {
    assertThat(numbers(list("committee-secretary", firstApplicant))).containsExactly(firstBranchCase.getBusinessKey());
    String number = firstBranchCase.getBusinessKey();
    assertThat(numbers(list("b1-secretary", number.toLowerCase()))).containsExactly(number);
    assertThat(numbers(list("b2-secretary", firstApplicant))).as("not where the history may not be read").isEmpty();
    assertThat(numbers(list("committee-secretary", "进展%"))).as("a wildcard is searched for as itself").isEmpty();
  }

  @Test
  void badInputIsRefusedNamingTheParameter() throws Exception {
    HttpResponse<String> tooLong = http.get("/api/cases?q=" + encode("党".repeat(51)), "b1-secretary");
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(tooLong.body()).path("field").asText()).isEqualTo("q");
    assertThat(JSON.readTree(tooLong.body()).path("message").asText()).contains("不能超过 50 个字");

    HttpResponse<String> badNumber = http.get("/api/cases/" + encode("DY_C1'"), "b1-secretary");
    assertThat(badNumber.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(badNumber.body()).path("field").asText()).isEqualTo("caseNumber");
  }

  private ProcessInstance start(String applicant, LocalDate applied, String branch) {
    ProcessInstance instance = runtime.startProcessInstanceByKey(MemberDevelopmentScenario.PROCESS,
        MemberDevelopmentScenario.application(applicant, LocalDate.of(1996, 4, 4), applied, branch));
    runJobs(instance);
    return instance;
  }

  /** The jobs due now (records written, timers due), until none is left. */
  private void runJobs(ProcessInstance instance) {
    for (int round = 0; round < 20; round++) {
      List<Job> due = management.createJobQuery().processInstanceId(instance.getId()).executable().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> management.executeJob(job.getId()));
    }
  }

  private void submit(String taskKey, String user, Map<String, Object> values) {
    String task = tasks.createTaskQuery().processInstanceId(firstBranchCase.getId()).taskDefinitionKey(taskKey)
        .singleResult().getId();
    accepted(doors.post(task, "submit-form", user, values));
    runJobs(firstBranchCase);
  }

  private JsonNode list(String user, String term) throws Exception {
    HttpResponse<String> response = http.get("/api/cases" + (term == null ? "" : "?q=" + encode(term)), user);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private JsonNode detail(String caseNumber, String user) throws Exception {
    HttpResponse<String> response = http.get("/api/cases/" + caseNumber, user);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static List<String> numbers(JsonNode cases) {
    return StreamSupport.stream(cases.spliterator(), false).map(c -> c.path("caseNumber").asText()).toList();
  }

  private static String encode(String term) {
    return URLEncoder.encode(term, StandardCharsets.UTF_8);
  }
}
