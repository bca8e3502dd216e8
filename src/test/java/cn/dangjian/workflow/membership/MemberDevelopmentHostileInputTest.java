package cn.dangjian.workflow.membership;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.workflow.engine.forms.HostileSubmissions.Hostile;
import cn.dangjian.workflow.support.HostileDoors;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
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

  @LocalServerPort int port;

  private HostileDoors doors;
  /** Forms the corpus has been sent to; on the second path only forms not yet seen get it. */
  private final java.util.Set<String> seen = new java.util.HashSet<>();
  private boolean onlyUnseenForms;

  @Test
  void malformedInputIsRefusedNamingTheFieldAndChangesNothing() {
    doors = new HostileDoors(engine, port, ADMIN_PASSWORD, SEED, PER_FORM, PER_OTHER_DOOR);
    convertedCase();
    formsOffTheConvertedPath();
    startForm();
    caseApi();
    doors.report("of member development and its case API", SEED, 10_000);
    assertThat(seen).as("every membership form got the corpus").containsAll(membershipForms());
  }

  /** The forms of the family, as deployed: {@code forms/membership-*.form}. */
  private static java.util.List<String> membershipForms() {
    try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(java.nio.file.Path.of("forms"))) {
      java.util.List<String> ids = files.map(f -> f.getFileName().toString())
          .filter(name -> name.startsWith("membership-") && name.endsWith(".form"))
          .map(name -> name.substring(0, name.length() - ".form".length())).sorted().toList();
      assertThat(ids).isNotEmpty();
      return ids;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Every task of the scenario: the corpus first, then the valid values through the same door. */
  @Override
  public void complete(ProcessInstance pi, String key, Map<String, Object> variables) {
    Task task = task(pi, key);
    String formId = engine.getFormService().getTaskFormData(task.getId()).getCamundaFormRef().getKey();
    if (!seen.add(formId) && onlyUnseenForms) {
      doors.submitValid(task, formId, variables);
    } else {
      doors.task(pi, task, variables);
    }
    runJobs(pi);
  }

  /**
   * The forms a converted case does not reach: 继续培养考察, the new branch's 接收审查 after a transfer, 督办 of an overdue
   * step, the half-yearly assessment of an activist and the extension of the approval period.
   */
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

    // 督办 of an overdue talk, then the half-yearly assessment of an activist
    Case late = newCase().start().probationEnds(LocalDate.of(2025, 4, 4));
    complete(late.pi, "Task_SuperviseOverdueTalk", vars("supervisionDate", "2025-04-04", "supervisionNote", "已督促支部"));
    late.talk(LocalDate.of(2025, 4, 7)).activist(LocalDate.of(2025, 4, 15), "designate")
        .file("Task_FileActivist", LocalDate.of(2025, 4, 20)).contactPersons(LocalDate.of(2025, 4, 21))
        .probationEnds(LocalDate.of(2025, 10, 22));
    at(LocalDate.of(2025, 10, 28));
    complete(late.pi, "Task_AssessActivist", vars("assessmentDate", "2025-10-28", "assessmentOpinion", "进步明显"));

    // the 3 months of the approval run out: the 党委 records why it extends them (第二十五条)
    Case extended = newCase().untilAdmissionVote().admissionVote(LocalDate.of(2026, 5, 25), 7, 6, 5, 1, 0)
        .committeeTalk(LocalDate.of(2026, 6, 1)).probationEnds(LocalDate.of(2026, 8, 26));
    at(LocalDate.of(2026, 8, 27));
    complete(extended.pi, "Task_ExtendApproval", vars("approvalExtensionReason", "党委换届，会议推迟"));
    onlyUnseenForms = false;
  }

  private void startForm() {
    at(LocalDate.of(2025, 3, 3));
    seen.add(START_FORM);
    doors.startForm(PROCESS, START_FORM, application("林晓", LocalDate.of(2000, 6, 15), LocalDate.of(2025, 3, 3),
        "C1-B1"), "b1-secretary");
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
      String date = dates[doors.random().nextInt(dates.length)];
      String text = texts[doors.random().nextInt(texts.length)];
      boolean badDate = doors.random().nextBoolean();
      byte[] withdrawal = HostileDoors.json(Map.of("withdrawalDate", badDate ? date : "2025-03-03",
          "withdrawalReason", badDate ? "本人申请" : text));
      doors.expectRefusal("withdrawal", new Hostile("withdrawal", withdrawal, badDate ? "withdrawalDate" : "withdrawalReason"),
          doors.post("/api/membership/cases/" + caseNumber + "/withdrawal", "b1-secretary", withdrawal));
      String branch = branches[doors.random().nextInt(branches.length)];
      doors.expectRefusal("transfer", new Hostile("transfer", null, "targetBranchCode"),
          doors.post("/api/membership/cases/" + caseNumber + "/transfer", "b1-secretary",
              HostileDoors.json(Map.of("targetBranchCode", branch, "transferReason", "工作调动"))));
      doors.expectRefusal("withdrawal", new Hostile("wrong JSON type", null, "withdrawalDate"),
          doors.post("/api/membership/cases/" + caseNumber + "/withdrawal", "b1-secretary",
              "{\"withdrawalDate\": {\"$gt\": \"\"}, \"withdrawalReason\": [1]}".getBytes()));
    }
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(running.pi.getId()).active().count()).isEqualTo(1);
    assertThat(runtime.getVariables(running.pi.getId())).isEqualTo(before);
  }
}
