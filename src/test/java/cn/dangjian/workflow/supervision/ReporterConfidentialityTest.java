package cn.dangjian.workflow.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.workflow.identity.OrganisationModel;
import cn.dangjian.workflow.identity.Person;
import cn.dangjian.workflow.support.HttpClientSupport;
import cn.dangjian.workflow.support.TaskDoors;
import cn.dangjian.workflow.support.WebappSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The reporter protection proved from outside (issue 14): real-name reports carrying unique markers are filed through
 * every door (our API, {@code /engine-rest} submit-form as Tasklist's start form posts it, the webapps' engine API),
 * the case is driven to its end, and then every other user of the demo organisation tries every door — task,
 * variable, history, detail, incident, job and search queries on both engine APIs, our APIs, record downloads — and
 * finally the database file and the log file are scanned for the markers in plaintext. The identity is readable only
 * through the reporter service, by the group handling the case at that moment, and every attempt is logged.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:file:./target/reporter-confidentiality/db/dangjian;NON_KEYWORDS=VALUE",
    "logging.file.name=target/reporter-confidentiality/app.log"})
@ActiveProfiles({"test", "demo"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReporterConfidentialityTest {

  private static final Path DIR = fresh(Path.of("target", "reporter-confidentiality"));
  private static final String MARK = "MK" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
  private static final String API_NAME = "举报人" + MARK + "A";
  private static final String REST_NAME = "举报人" + MARK + "B";
  private static final String WEBAPP_NAME = "举报人" + MARK + "C";
  private static final String CLUE_NAME = "举报人" + MARK + "D";
  private static final String CONTACT = "tel-" + MARK + "-contact";
  private static final String ID_NUMBER = "1101011990" + String.format("%07d", Math.abs(MARK.hashCode()) % 10_000_000) + "X";
  /** A control: the summary is not protected and must be found by the same scan, or the scan proves nothing. */
  private static final String CONTROL = "CTRL" + MARK;
  private static final ObjectMapper JSON = new ObjectMapper();

  private static ch.qos.logback.core.FileAppender<ch.qos.logback.classic.spi.ILoggingEvent> capture;

  /**
   * Everything the application logs while this test runs, in a file of its own: when other tests started the JVM's
   * logging first, Spring Boot does not set it up again for this context and {@code logging.file.name} goes unused.
   * Attached once the application has started (its start would reset the logging set up before it), before any report.
   */
  @org.junit.jupiter.api.BeforeEach
  void captureTheLog() {
    if (capture != null) {
      return;
    }
    ch.qos.logback.classic.LoggerContext context =
        (ch.qos.logback.classic.LoggerContext) org.slf4j.LoggerFactory.getILoggerFactory();
    ch.qos.logback.classic.encoder.PatternLayoutEncoder encoder = new ch.qos.logback.classic.encoder.PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern("%d %level %logger %msg%n%ex");
    encoder.setCharset(StandardCharsets.UTF_8);
    encoder.start();
    capture = new ch.qos.logback.core.FileAppender<>();
    capture.setContext(context);
    capture.setFile(DIR.resolve("captured.log").toString());
    capture.setEncoder(encoder);
    capture.start();
    context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(capture);
  }

  @org.junit.jupiter.api.AfterAll
  static void stopCapturing() {
    ((ch.qos.logback.classic.LoggerContext) org.slf4j.LoggerFactory.getILoggerFactory())
        .getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).detachAppender(capture);
    capture.stop();
  }

  /** The database and log of this test's application, emptied before it starts. */
  private static Path fresh(Path dir) {
    try {
      if (Files.exists(dir)) {
        try (Stream<Path> walk = Files.walk(dir)) {
          for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
            Files.delete(p);
          }
        }
      }
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @LocalServerPort int port;
  @Autowired ManagementService management;
  @Autowired TaskService tasks;
  @Autowired org.camunda.bpm.engine.RuntimeService runtime;
  @Autowired org.camunda.bpm.engine.IdentityService identity;
  @Autowired OrganisationModel organisations;
  @Autowired DataSource dataSource;

  private static String apiCase;
  private static String clueCase;
  private static String clueInstance;
  private static final List<String> cases = new ArrayList<>();
  private static final List<String> instances = new ArrayList<>();

  private HttpClientSupport http() {
    return new HttpClientSupport(port);
  }

  /** The report as Tasklist's start form submits it: the process is the kind. */
  private static Map<String, Object> startForm(String name) {
    Map<String, Object> v = report(name);
    v.remove("kind");
    return v;
  }

  private static Map<String, Object> report(String name) {
    Map<String, Object> v = new LinkedHashMap<>(MassIssueScenario.report());
    v.put("summary", "路灯损坏 " + CONTROL);
    v.put("receivedOn", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString());
    v.put("realName", true);
    v.put("reporterName", name);
    v.put("reporterContact", CONTACT);
    v.put("reporterIdNumber", ID_NUMBER);
    return v;
  }

  @Test
  @Order(1)
  void realNameReportsAreFiledThroughEveryDoor() throws IOException {
    HttpResponse<String> api = http().postJson("/api/supervision/reports", "b1-secretary",
        TaskDoors.json(report(API_NAME)));
    assertThat(api.statusCode()).as(api.body()).isEqualTo(201);
    JsonNode filed = JSON.readTree(api.body());
    apiCase = filed.path("caseNumber").asText();
    remember(filed.path("caseNumber").asText(), filed.path("processInstanceId").asText());

    Map<String, Object> typed = TaskDoors.typed(startForm(REST_NAME));
    HttpResponse<String> rest = http().postJson("/engine-rest/process-definition/key/massIssue/submit-form",
        "b1-secretary", TaskDoors.json(Map.of("variables", typed)));
    assertThat(rest.statusCode()).as(rest.body()).isEqualTo(200);
    remember(JSON.readTree(rest.body()).path("businessKey").asText(), JSON.readTree(rest.body()).path("id").asText());

    WebappSession tasklist = WebappSession.signIn(port, "b1-organiser");
    HttpResponse<String> webapp = tasklist.engine("POST", "/process-definition/key/massIssue/submit-form",
        "application/json", TaskDoors.json(Map.of("variables", TaskDoors.typed(startForm(WEBAPP_NAME)))));
    assertThat(webapp.statusCode()).as(webapp.body()).isEqualTo(200);
    remember(JSON.readTree(webapp.body()).path("businessKey").asText(), JSON.readTree(webapp.body()).path("id").asText());

    Map<String, Object> clue = report(CLUE_NAME);
    clue.put("kind", "clue");
    clue.put("subjectName", "钱芳");
    clue.put("subjectOrganisationCode", "C1-B1");
    clue.put("content", "反映党员钱芳收受礼金 " + CONTROL);
    HttpResponse<String> filedClue = http().postJson("/api/supervision/reports", "b1-secretary", TaskDoors.json(clue));
    assertThat(filedClue.statusCode()).as(filedClue.body()).isEqualTo(201);
    clueCase = JSON.readTree(filedClue.body()).path("caseNumber").asText();
    clueInstance = JSON.readTree(filedClue.body()).path("processInstanceId").asText();
    remember(clueCase, clueInstance);

    for (String instance : instances) {
      runJobs(instance);
    }
    assertThat(cases).hasSize(4).filteredOn(c -> c.startsWith("QZ-C1-B1-")).hasSize(3);
    assertThat(clueCase).startsWith("XS-C1-B1-");
  }

  @Test
  @Order(2)
  void anIdentityIsRefusedAtEveryOtherDoorWithoutEchoingIt() {
    Map<String, Object> bad = startForm("名" + MARK + "名".repeat(60));
    HttpResponse<String> rest = http().postJson("/engine-rest/process-definition/key/massIssue/submit-form",
        "b1-secretary", TaskDoors.json(Map.of("variables", TaskDoors.typed(bad))));
    TaskDoors.refused(rest, "reporterName", "不能超过 50 个字");
    assertThat(rest.body()).doesNotContain(MARK);
    HttpResponse<String> smuggled = http().postJson("/engine-rest/process-instance/" + instances.get(0)
        + "/variables", "b1-secretary", TaskDoors.json(Map.of("modifications", TaskDoors.typed(Map.of(
            "reporterContact", CONTACT)))));
    TaskDoors.refused(smuggled, "reporterContact");
    HttpResponse<String> singleVariable = http().send(http().request("/engine-rest/process-instance/"
        + instances.get(1) + "/variables/reporterName", "b1-secretary").header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString("{\"value\":\"" + REST_NAME + "\",\"type\":\"String\"}")).build());
    TaskDoors.refused(singleVariable, "reporterName");
    // The identity may not ride on a task either, at any door that completes one.
    Task notice = tasks.createTaskQuery().processInstanceId(instances.get(1)).taskDefinitionKey("Task_NotifyAcceptance")
        .singleResult();
    Map<String, Object> withIdentity = Map.of("noticeDate", today(), "noticeMethod", "phone", "reporterName", REST_NAME);
    for (String door : List.of("submit-form", "complete", "resolve")) {
      HttpResponse<String> refused = new TaskDoors(port).post(notice.getId(), door, "b1-secretary", withIdentity);
      TaskDoors.refused(refused, "reporterName");
      assertThat(refused.body()).as(door).doesNotContain(MARK);
    }
    HttpResponse<String> webapp = WebappSession.signIn(port, "b1-secretary").engine("POST", "/task/" + notice.getId()
        + "/submit-form", "application/json", TaskDoors.json(Map.of("variables", TaskDoors.typed(withIdentity))));
    TaskDoors.refused(webapp, "reporterName");
    assertThat(tasks.createTaskQuery().taskId(notice.getId()).count()).as("the task stays open").isEqualTo(1);
  }

  @Test
  @Order(3)
  void onlyTheGroupHandlingTheCaseNowReadsTheReporterAndEveryReadIsLogged() throws IOException {
    String path = "/api/supervision/reports/" + apiCase + "/reporter?reason=";
    HttpResponse<String> secretary = http().get(path + java.net.URLEncoder.encode("电话告知受理情况",
        StandardCharsets.UTF_8), "b1-secretary");
    assertThat(secretary.statusCode()).as(secretary.body()).isEqualTo(200);
    assertThat(JSON.readTree(secretary.body()).path("name").asText()).isEqualTo(API_NAME);
    assertThat(http().get(path, "b1-secretary").statusCode()).as("a read needs a reason").isEqualTo(400);
    for (String outsider : List.of("b2-secretary", "committee-secretary", "auditor", "demo", "b1-member1")) {
      assertThat(http().get(path + "reason", outsider).statusCode()).as(outsider).isEqualTo(403);
    }
    // The handler, not the secretary, holds the case once it is being handled: the secretary's read is refused then.
    String instance = instances.get(0);
    complete(instance, "Task_NotifyAcceptance", Map.of("noticeDate", today(), "noticeMethod", "phone"));
    complete(instance, "Task_AssignHandler", Map.of("responsiblePerson", "b1-member1", "handlingDueDate", today()));
    assertThat(http().get(path + "reason", "b1-secretary").statusCode()).isEqualTo(403);
    assertThat(http().get(path + "reason", "b1-member1").statusCode()).isEqualTo(200);
    complete(instance, "Task_HandleIssue", Map.of("handlingDate", today(), "handlingOutcome", "resolved",
        "handlingReport", "已修复 " + CONTROL));
    complete(instance, "Task_ReviewResult", Map.of("reviewDate", today(), "resultDecision", "accept",
        "reviewOpinion", "同意办结"));
    complete(instance, "Task_FeedbackResult", Map.of("feedbackDate", today(), "feedbackMethod", "phone",
        "objectionRaised", "false"));

    // The clue: referred by the branch, registered and disposed of by the 纪委; the referring branch never reads it.
    complete(clueInstance, "Task_ForwardUpward", Map.of("forwardDate", today(), "forwardMethod", "sealed",
        "notCopied", "true"));
    String cluePath = "/api/supervision/reports/" + clueCase + "/reporter?reason=";
    assertThat(http().get(cluePath + "reason", "b1-secretary").statusCode()).isEqualTo(403);
    complete(clueInstance, "Task_RegisterClue", Map.of("registrationDate", today(), "specificity", "vague",
        "verifiability", "checkable", "severity", "general", "conditions", "ready"));
    assertThat(http().get(cluePath + "reason", "b1-member1").statusCode()).as("the subject").isEqualTo(403);
    HttpResponse<String> inspector = http().get(cluePath + "reason", "inspector");
    assertThat(inspector.statusCode()).as(inspector.body()).isEqualTo(200);
    assertThat(JSON.readTree(inspector.body()).path("name").asText()).isEqualTo(CLUE_NAME);
    complete(clueInstance, "Task_NotifyAcceptance", Map.of("noticeDate", today(), "noticeMethod", "phone"));
    Map<String, Object> study = new LinkedHashMap<>(Map.of("studyDate", today(), "studyVoteDue", 3,
        "studyVotePresent", 3, "studyVoteFor", 3, "studyVoteAgainst", 0, "studyVoteAbstain", 0));
    study.put("disposal", "close");
    study.put("disposalReason", "反映笼统，予以了结。");
    complete(clueInstance, "Task_CollectiveStudy", study);
    complete(clueInstance, "Task_FeedbackResult", Map.of("feedbackDate", today(), "feedbackMethod", "phone",
        "objectionRaised", "false"));
    assertThat(tasks.createTaskQuery().processInstanceId(clueInstance).count()).as("the clue is closed").isZero();
    HttpResponse<String> referrals = http().get("/api/supervision/referrals", "b1-secretary");
    assertThat(referrals.body().replace(CONTROL, "")).contains(clueCase).contains("予以了结").doesNotContain(MARK);
    for (String branchUser : List.of("b1-secretary", "b1-member1")) {
      assertThat(JSON.readTree(http().get("/engine-rest/history/process-instance?processInstanceBusinessKey="
          + clueCase, branchUser).body())).as("%s sees no history of the clue", branchUser).isEmpty();
    }

    assertThat(http().get("/api/supervision/reporter-reads", "b1-secretary").statusCode()).isEqualTo(403);
    HttpResponse<String> log = http().get("/api/supervision/reporter-reads", "discipline-secretary");
    assertThat(log.statusCode()).as(log.body()).isEqualTo(200);
    JsonNode entries = JSON.readTree(log.body());
    List<String> seen = new ArrayList<>();
    entries.forEach(e -> seen.add(e.path("readerId").asText() + ":" + e.path("granted").asBoolean()));
    assertThat(seen).contains("b1-secretary:true", "b1-member1:true", "b1-secretary:false", "b2-secretary:false",
        "committee-secretary:false", "auditor:false", "demo:false", "inspector:true", "b1-member1:false");
    assertThat(log.body()).doesNotContain(MARK);
  }

  @Test
  @Order(4)
  void noOtherDoorShowsTheIdentityToAnyone() throws IOException {
    List<String> doors = engineDoors();
    List<String> leaks = new ArrayList<>();
    for (Person person : organisations.people()) {
      String user = person.id();
      for (String door : doors) {
        leak(leaks, user, "/engine-rest" + door, http().get("/engine-rest" + door, user));
      }
      for (String caseNumber : cases) {
        leak(leaks, user, "records " + caseNumber, http().get("/api/records?businessKey=" + caseNumber, user));
        leak(leaks, user, "dossiers", http().get("/api/dossiers?q=" + CONTROL, user));
      }
      leak(leaks, user, "task search", http().postJson("/engine-rest/task", user, "{\"processVariables\":"
          + "[{\"name\":\"summary\",\"operator\":\"like\",\"value\":\"%" + CONTROL + "%\"}]}"));
    }
    for (String user : List.of("b1-secretary", "b2-secretary", "auditor", "demo")) {
      WebappSession webapp = WebappSession.signIn(port, user);
      for (String door : doors) {
        leak(leaks, user, "webapp " + door, webapp.engine("GET", door, null, null));
      }
    }
    assertThat(leaks).isEmpty();
  }

  @Test
  @Order(5)
  void noRecordOfTheCasesNamesTheReporter() throws IOException {
    int read = 0;
    for (String caseNumber : cases) {
      HttpResponse<String> listed = http().get("/api/records?businessKey=" + caseNumber, "auditor");
      assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
      JsonNode list = JSON.readTree(listed.body());
      for (JsonNode record : list) {
        HttpResponse<byte[]> pdf = bytes(http().request("/api/records/" + record.path("id").asText() + "/pdf",
            "auditor").GET().build());
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
          String text = new PDFTextStripper().getText(document);
          assertThat(text.replace(CONTROL, "")).doesNotContain(MARK).doesNotContain(ID_NUMBER);
          read++;
        }
      }
    }
    assertThat(read).as("records read of %s", cases).isGreaterThanOrEqualTo(6);
  }

  @Test
  @Order(6)
  void neitherTheDatabaseFileNorTheLogHoldsTheIdentityInPlaintext() throws IOException {
    new JdbcTemplate(dataSource).execute("CHECKPOINT SYNC");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(DIR)) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    assertThat(files).anyMatch(f -> f.toString().endsWith(".mv.db")).anyMatch(f -> f.toString().endsWith(".log"));
    assertThat(Files.readString(DIR.resolve("captured.log"))).as("the log of this run was captured")
        .contains("Reporter of " + apiCase + " read by b1-secretary");
    byte[] mark = MARK.getBytes(StandardCharsets.UTF_8);
    byte[] id = ID_NUMBER.getBytes(StandardCharsets.UTF_8);
    byte[] control = CONTROL.getBytes(StandardCharsets.UTF_8);
    boolean controlFound = false;
    for (Path file : files) {
      byte[] content = Files.readAllBytes(file);
      int at = indexOf(content, mark);
      // the control contains the mark: a hit must be the control's
      while (at >= 0) {
        boolean isControl = at >= 4 && new String(content, at - 4, 4, StandardCharsets.UTF_8).equals("CTRL");
        assertThat(isControl).as("%s holds the reporter marker in plaintext at %d", file, at).isTrue();
        controlFound = true;
        at = indexOf(content, mark, at + 1);
      }
      assertThat(indexOf(content, id)).as("%s holds the reporter's ID number", file).isNegative();
      controlFound |= indexOf(content, control) >= 0;
    }
    assertThat(controlFound).as("the unprotected control text is found by the same scan").isTrue();
  }

  private List<String> engineDoors() {
    List<String> doors = new ArrayList<>(List.of("/task", "/variable-instance", "/history/variable-instance",
        "/history/detail", "/incident", "/job", "/history/job-log", "/history/incident", "/process-instance",
        "/history/process-instance", "/history/task", "/history/activity-instance", "/history/user-operation",
        "/history/identity-link-log", "/filter"));
    for (String instance : instances) {
      doors.add("/history/variable-instance?processInstanceId=" + instance + "&deserializeValues=true");
      doors.add("/history/detail?processInstanceId=" + instance + "&deserializeValues=true");
      doors.add("/variable-instance?processInstanceIdIn=" + instance);
    }
    for (String running : instances.stream().filter(i -> runtime.createProcessInstanceQuery().processInstanceId(i)
        .count() == 1).toList()) {
      doors.add("/process-instance/" + running + "/variables");
    }
    return doors;
  }

  private static void leak(List<String> leaks, String user, String door, HttpResponse<String> response) {
    String body = response.body() == null ? "" : response.body();
    if (body.replace(CONTROL, "").contains(MARK) || body.contains(ID_NUMBER)) {
      leaks.add(user + " " + door + " (" + response.statusCode() + ")");
    }
    assertThat(response.statusCode()).as("%s %s: %s", user, door, body).isLessThan(500);
  }

  private static HttpResponse<byte[]> bytes(HttpRequest request) throws IOException {
    try {
      return java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void remember(String caseNumber, String instance) {
    cases.add(caseNumber);
    instances.add(instance);
  }

  private void complete(String instance, String key, Map<String, Object> values) {
    Task task = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(key).singleResult();
    assertThat(task).as(key).isNotNull();
    String user = task.getAssignee() != null ? task.getAssignee() : actorOf(task);
    TaskDoors.accepted(new TaskDoors(port).post(task.getId(), "complete", user, values));
    runJobs(instance);
  }

  /** Someone who may work the task: a candidate user, or a member of a candidate group who is no administrator. */
  private String actorOf(Task task) {
    for (org.camunda.bpm.engine.task.IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
      if (link.getUserId() != null) {
        return link.getUserId();
      }
      for (Person person : organisations.people()) {
        boolean member = link.getGroupId() != null && identity.createUserQuery().memberOfGroup(link.getGroupId())
            .userId(person.id()).count() > 0;
        if (member && !person.id().equals("demo")) {
          return person.id();
        }
      }
    }
    throw new AssertionError("nobody may work " + task.getTaskDefinitionKey());
  }

  private void runJobs(String instance) {
    for (int round = 0; round < 50; round++) {
      List<Job> due = management.createJobQuery().processInstanceId(instance).executable().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> management.executeJob(job.getId()));
    }
  }

  private static String today() {
    return java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
  }

  private static int indexOf(byte[] content, byte[] pattern) {
    return indexOf(content, pattern, 0);
  }

  private static int indexOf(byte[] content, byte[] pattern, int from) {
    outer:
    for (int i = from; i <= content.length - pattern.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (content[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

}
