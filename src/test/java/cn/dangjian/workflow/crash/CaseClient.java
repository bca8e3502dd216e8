package cn.dangjian.workflow.crash;

import cn.dangjian.workflow.membership.TestIds;
import cn.dangjian.workflow.support.HttpClientSupport;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Member development cases over the public HTTP API, as the branch secretary ({@code b1-secretary}), the
 * administrator ({@code demo}) and the auditor would call it. Every call either returns its answer or
 * throws: an exception means the outcome is unknown (e.g. the server was killed mid-request).
 */
final class CaseClient {

  static final String SECRETARY = "b1-secretary";
  static final String ADMINISTRATOR = "demo";
  static final String AUDITOR = "auditor";
  private static final String BRANCH = "C1-B1";
  /** Members of C1-B1 with voting rights in the demo organisation. */
  private static final int VOTING_MEMBERS = 7;

  private final HttpClientSupport http;
  private final ObjectMapper json = new ObjectMapper();
  private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

  CaseClient(int port) {
    this.http = new HttpClientSupport(port);
  }

  /**
   * Starts a case whose application came in two months ago: its talk reminder and talk deadline timers
   * are due as soon as the receipt is written. Returns the process instance id and the business key.
   */
  String[] start(int number) {
    LocalDate birthDate = LocalDate.of(1990, 1, 1).plusDays(number);
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("applicantName", "申请人" + number);
    values.put("gender", "男");
    values.put("ethnicity", "汉族");
    values.put("birthDate", birthDate.toString());
    values.put("idCardNumber", TestIds.idCard(birthDate, true));
    values.put("education", "大学本科");
    values.put("unit", "示范街道社区服务中心");
    values.put("phone", "13800138000");
    values.put("applicationDate", today.minusDays(60).toString());
    values.put("branchCode", BRANCH);
    JsonNode started = ok(http.postJson("/engine-rest/process-definition/key/memberDevelopment/start", SECRETARY,
        write(Map.of("variables", variables(values)))), 200);
    return new String[] {started.path("id").asText(), started.path("businessKey").asText()};
  }

  /** Completes 派人同入党申请人谈话; the talk record is written by the next job. */
  void completeTalk(String processInstanceId) {
    submit(processInstanceId, "Task_TalkWithApplicant", Map.of("talkDate", today.minusDays(1).toString(),
        "talker", "王喆", "talkSummary", "谈话情况良好"));
  }

  /**
   * Administrator shortcut to the 支部大会 vote (the real path takes a year of training): the case moves
   * from wherever it is to {@code Task_BranchMeetingVote}, as a process instance modification.
   */
  void moveToVote(String processInstanceId) {
    JsonNode tree = ok(http.get("/engine-rest/process-instance/" + processInstanceId + "/activity-instances",
        ADMINISTRATOR), 200);
    List<Map<String, Object>> instructions = new ArrayList<>();
    // the skipped 预审 gives the date the 2026 pack's limit for the meeting counts from (generalMeetingAfterPreReview)
    instructions.add(Map.of("type", "startBeforeActivity", "activityId", "Task_BranchMeetingVote", "variables",
        Map.of("preReviewDate", Map.of("value", today.minusDays(2).toString(), "type", "String"))));
    tree.path("childActivityInstances").forEach(child ->
        instructions.add(Map.of("type", "cancel", "activityInstanceId", child.path("id").asText())));
    tree.path("childTransitionInstances").forEach(child ->
        instructions.add(Map.of("type", "cancel", "transitionInstanceId", child.path("id").asText())));
    ok(http.postJson("/engine-rest/process-instance/" + processInstanceId + "/modification", ADMINISTRATOR,
        write(Map.of("instructions", instructions, "annotation", "crash test: straight to the general meeting"))), 204);
  }

  /** Records a unanimous 支部大会 vote; the resolution is written by the next job. */
  void vote(String processInstanceId) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("meetingDate", today.minusDays(1).toString());
    values.put("meetingMinutes", "逐个表决");
    values.put("voteDue", VOTING_MEMBERS);
    values.put("votePresent", VOTING_MEMBERS);
    values.put("voteFor", VOTING_MEMBERS);
    values.put("voteAgainst", 0);
    values.put("voteAbstain", 0);
    submit(processInstanceId, "Task_BranchMeetingVote", values);
  }

  private void submit(String processInstanceId, String taskKey, Map<String, Object> values) {
    JsonNode tasks = ok(http.get("/engine-rest/task?processInstanceId=" + processInstanceId
        + "&taskDefinitionKey=" + taskKey, SECRETARY), 200);
    if (tasks.size() != 1) {
      throw new IllegalStateException(processInstanceId + " has " + tasks.size() + " tasks " + taskKey);
    }
    ok(http.postJson("/engine-rest/task/" + tasks.get(0).path("id").asText() + "/submit-form", SECRETARY,
        write(Map.of("variables", variables(values)))), 204);
  }

  /** A count from the engine's REST API, e.g. {@code /engine-rest/job/count?executable=true}. */
  long count(String path) {
    return ok(http.get(path, ADMINISTRATOR), 200).path("count").asLong();
  }

  /** The task definition keys of each member development case's open tasks, by process instance id. */
  Map<String, List<String>> openTasks() {
    Map<String, List<String>> open = new HashMap<>();
    ok(http.get("/engine-rest/task?processDefinitionKey=memberDevelopment&maxResults=10000", ADMINISTRATOR), 200)
        .forEach(task -> open.computeIfAbsent(task.path("processInstanceId").asText(), id -> new ArrayList<>())
            .add(task.path("taskDefinitionKey").asText()));
    return open;
  }

  /** Business keys of every member development case the engine knows, running or finished. */
  Map<String, String> businessKeys() {
    Map<String, String> keys = new HashMap<>();
    ok(http.get("/engine-rest/history/process-instance?processDefinitionKey=memberDevelopment&maxResults=10000",
        ADMINISTRATOR), 200).forEach(pi -> keys.put(pi.path("id").asText(), pi.path("businessKey").asText()));
    return keys;
  }

  /** The auditor's verification of a dossier: signatures, hashes and the hash chain. */
  JsonNode verification(String businessKey) {
    return ok(http.get("/api/dossiers/" + businessKey + "/verification", AUDITOR), 200);
  }

  /** Messages of failed jobs, to explain a test failure. */
  String failedJobs() {
    StringBuilder messages = new StringBuilder();
    ok(http.get("/engine-rest/job?withException=true", ADMINISTRATOR), 200).forEach(job ->
        messages.append(job.path("id").asText()).append(": ").append(job.path("exceptionMessage").asText()).append('\n'));
    return messages.toString();
  }

  private static Map<String, Object> variables(Map<String, Object> values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) ->
        variables.put(name, Map.of("value", value, "type", value instanceof Integer ? "Integer" : "String")));
    return variables;
  }

  private JsonNode ok(HttpResponse<String> response, int expected) {
    if (response.statusCode() != expected) {
      throw new IllegalStateException(response.request().method() + " " + response.request().uri() + " answered "
          + response.statusCode() + ": " + response.body());
    }
    try {
      return response.body().isEmpty() ? json.nullNode() : json.readTree(response.body());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(response.body(), e);
    }
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
