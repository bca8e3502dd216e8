package cn.dangjian.workflow.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dangjian.workflow.web.InvalidInputException;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The paths of {@code massIssue} and the refusals of its intake and its tasks. */
class MassIssueProcessTest extends MassIssueScenario {

  @TestFactory
  Stream<DynamicTest> everyPath() {
    return new MassIssuePaths(this).all().entrySet().stream()
        .map(path -> DynamicTest.dynamicTest(path.getKey(), path.getValue()::run));
  }

  @Test
  void anInvalidReportNamesEveryBadFieldAndStartsNothing() {
    Map<String, Object> bad = report();
    bad.put("channel", "fax");
    bad.put("receivedOn", "2099-01-01");
    bad.put("summary", " ");
    bad.put("realName", true);
    bad.put("reporterIdNumber", "12345");
    long before = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).count();
    assertThatThrownBy(() -> reports.file(bad)).isInstanceOfSatisfying(InvalidInputException.class, e ->
        assertThat(e.problems()).extracting(InvalidInputException.Problem::field).containsExactlyInAnyOrder(
            "channel", "receivedOn", "summary", "reporterName", "reporterContact", "reporterIdNumber"));
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).count()).isEqualTo(before);
  }

  @Test
  void identityMessagesNeverRepeatWhatWasTyped() {
    Map<String, Object> bad = realName(report(), "名".repeat(60));
    bad.put("reporterIdNumber", "secret-id-marker");
    assertThatThrownBy(() -> reports.file(bad)).isInstanceOfSatisfying(InvalidInputException.class, e ->
        assertThat(e.getMessage()).doesNotContain("secret-id-marker").doesNotContain("名名名"));
  }

  @Test
  void anAnonymousReportMayNotCarryAnIdentity() {
    Map<String, Object> bad = report();
    bad.put("reporterName", "赵六");
    assertThatThrownBy(() -> reports.file(bad)).isInstanceOfSatisfying(InvalidInputException.class, e ->
        assertThat(e.problems()).extracting(InvalidInputException.Problem::field).containsExactly("reporterName"));
  }

  @Test
  void theEngineRefusesAnIdentityOfferedAsAVariable() {
    Map<String, Object> smuggled = realName(report(), "钱七");
    at(RECEIVED);
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROCESS, smuggled))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("reporterName"));
    assertThat(history.createHistoricVariableInstanceQuery().variableName("reporterName").count()).isZero();
  }

  @Test
  void aForgedOrReusedReporterReferenceIsRefused() {
    Map<String, Object> forged = report();
    forged.put("realName", true);
    forged.put("reporterRef", "00000000-0000-0000-0000-000000000000");
    at(RECEIVED);
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROCESS, forged))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("reporterRef"));
    Issue first = newIssue().realName("孙八").file();
    Map<String, Object> reused = report();
    reused.put("realName", true);
    reused.put("reporterRef", runtime.getVariable(first.pi.getId(), "reporterRef"));
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROCESS, reused))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("reporterRef"));
  }

  @Test
  void theHandlerMustBelongToTheReceivingOrganisationAndTheDueDateStayWithinSixtyDays() {
    Issue issue = newIssue().file();
    at(LocalDate.of(2026, 9, 22));
    assertThatThrownBy(() -> tasks.complete(task(issue.pi, "Task_AssignHandler").getId(), vars(
        "responsiblePerson", "b2-member1", "handlingDueDate", "2026-12-31")))
        .rootCause().isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.problems()).extracting(InvalidInputException.Problem::field)
              .containsExactlyInAnyOrder("responsiblePerson", "handlingDueDate");
          assertThat(e.getMessage()).contains("第一党支部").contains("2026-11-20").contains("信访工作条例");
        });
  }

  @Test
  void aReviewWithoutAnOpinionKeepsTheTaskOpen() {
    Issue issue = newIssue().file().assign(LocalDate.of(2026, 9, 22), LocalDate.of(2026, 10, 30))
        .handle(LocalDate.of(2026, 9, 23));
    at(LocalDate.of(2026, 9, 24));
    String review = task(issue.pi, "Task_ReviewResult").getId();
    assertThatThrownBy(() -> tasks.complete(review, vars("reviewDate", "2026-09-20", "resultDecision", "accept",
        "reviewOpinion", "")))
        .rootCause().isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(InvalidInputException.Problem::field).containsExactlyInAnyOrder("reviewDate", "reviewOpinion"));
    assertThat(tasks.createTaskQuery().taskId(review).count()).isEqualTo(1);
  }
}
