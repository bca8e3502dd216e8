package cn.dangjian.workflow.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dangjian.workflow.web.ForbiddenException;
import cn.dangjian.workflow.web.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** The paths of {@code clueHandling}, its decision table, and the refusals of its guards. */
class ClueHandlingProcessTest extends ClueScenario {

  @Autowired DecisionService decisions;

  @AfterEach
  void signOut() {
    identity.clearAuthentication();
  }

  @TestFactory
  Stream<DynamicTest> everyPath() {
    return new CluePaths(this).all().entrySet().stream()
        .map(path -> DynamicTest.dynamicTest(path.getKey(), path.getValue()::run));
  }

  @ParameterizedTest(name = "{0}/{1}/{2}/{3} → {4}")
  @CsvSource({
      "vague, checkable, serious, ready, close",
      "vague, uncheckable, minor, lacking, close",
      "specific, uncheckable, serious, ready, close",
      "specific, checkable, minor, lacking, talk",
      "specific, checkable, minor, ready, talk",
      "specific, checkable, general, ready, verify",
      "specific, checkable, serious, ready, verify",
      "specific, checkable, general, lacking, shelve",
      "specific, checkable, serious, lacking, shelve"})
  void theDecisionTableSuggestsOneDisposalPerRule(String specificity, String verifiability, String severity,
      String conditions, String disposal) {
    String suggested = decisions.evaluateDecisionTableByKey("clueDisposal", Map.of("specificity", specificity,
        "verifiability", verifiability, "severity", severity, "conditions", conditions)).getSingleEntry();
    assertThat(suggested).isEqualTo(disposal);
  }

  private static InvalidInputException refusal(Throwable thrown) {
    Throwable cause = thrown;
    while (cause != null && !(cause instanceof InvalidInputException)) {
      cause = cause.getCause();
    }
    assertThat(cause).as("an invalid-input refusal").isInstanceOf(InvalidInputException.class);
    return (InvalidInputException) cause;
  }

  @Test
  void forwardingMustConfirmTheClueWasNotCopied() {
    Clue clue = newClue().file();
    at(LocalDate.of(2026, 9, 22));
    String forward = task(clue.pi, "Task_ForwardUpward").getId();
    assertThatThrownBy(() -> tasks.complete(forward, vars("forwardDate", "2026-09-20", "forwardMethod", "email",
        "notCopied", "false"))).satisfies(e -> {
          assertThat(refusal(e).problems()).extracting(InvalidInputException.Problem::field)
              .containsExactlyInAnyOrder("forwardDate", "forwardMethod", "notCopied");
          assertThat(e.getMessage()).contains("不得复制、摘抄").contains("第十五条");
        });
  }

  @Test
  void aDisposalOtherThanTheSuggestionNeedsAReason() {
    Clue clue = newClue().atCommission().file().register(LocalDate.of(2026, 9, 22), "vague", "checkable", "minor",
        "ready");
    at(LocalDate.of(2026, 9, 23));
    String study = task(clue.pi, "Task_CollectiveStudy").getId();
    assertThatThrownBy(() -> tasks.complete(study, clue.study(LocalDate.of(2026, 9, 23), "talk")))
        .satisfies(e -> {
          assertThat(refusal(e).field()).isEqualTo("deviationReason");
          assertThat(e.getMessage()).contains("谈话函询").contains("予以了结").contains("须写明理由");
        });
    assertThatThrownBy(() -> tasks.complete(study, with(clue.study(LocalDate.of(2026, 9, 23), "close"),
        vars("studyVoteFor", 1, "studyVoteAbstain", 2))))
        .satisfies(e -> assertThat(refusal(e).field()).isEqualTo("studyVoteFor"));
    clue.studiedDeviating(LocalDate.of(2026, 9, 23), "talk", "被反映人系新任党员，先行谈话提醒。");
    BpmnAwareTests.assertThat(clue.pi).isWaitingAt("Task_ApproveTalk");
    runtime.deleteProcessInstance(clue.pi.getId(), "test");
  }

  @Test
  void aVerificationGroupNeedsTwoDistinctCommissionPeopleAndNeverTheSubject() {
    Clue clue = newClue().atCommission().file().register(LocalDate.of(2026, 9, 22), "specific", "checkable",
        "serious", "ready").studied(LocalDate.of(2026, 9, 23), "verify");
    at(LocalDate.of(2026, 9, 24));
    String plan = task(clue.pi, "Task_PlanVerification").getId();
    Map<String, Object> v = vars("verificationPlanDate", "2026-09-24", "verificationPlan", "调取转账记录。");
    assertThatThrownBy(() -> tasks.complete(plan, with(v, vars("verificationGroup", "inspector, inspector"))))
        .satisfies(e -> assertThat(e.getMessage()).contains("不少于2名不同的人员").contains("现为1名").contains("第三十三条"));
    assertThatThrownBy(() -> tasks.complete(plan, with(v, vars("verificationGroup", "inspector,b1-member2"))))
        .satisfies(e -> assertThat(e.getMessage()).contains("应为示范街道纪工委的人员，b1-member2 不是"));
    runtime.deleteProcessInstance(clue.pi.getId(), "test");

    Clue aboutInspector = newClue().atCommission().with("subjectName", "林监督").with("subjectOrganisationCode", "C1-D")
        .file().register(LocalDate.of(2026, 9, 22), "specific", "checkable", "serious", "ready")
        .studied(LocalDate.of(2026, 9, 23), "verify");
    at(LocalDate.of(2026, 9, 24));
    String planAbout = task(aboutInspector.pi, "Task_PlanVerification").getId();
    assertThatThrownBy(() -> tasks.complete(planAbout, with(v, vars("verificationGroup", "inspector,reviewer"))))
        .satisfies(e -> assertThat(e.getMessage()).contains("被反映人应当回避"));
    runtime.deleteProcessInstance(aboutInspector.pi.getId(), "test");
  }

  @Test
  void theSubjectIsNeverACandidateForTheirOwnCase() {
    Clue clue = newClue().atCommission().with("subjectName", "林监督").with("subjectOrganisationCode", "C1-D").file();
    assertThat(runtime.getVariable(clue.pi.getId(), "subjectPerson")).isEqualTo("inspector");
    String register = task(clue.pi, "Task_RegisterClue").getId();
    List<IdentityLink> links = tasks.getIdentityLinksForTask(register);
    assertThat(links).extracting(IdentityLink::getGroupId).doesNotContain("C1-D");
    assertThat(links).extracting(IdentityLink::getUserId).filteredOn(u -> u != null)
        .containsExactlyInAnyOrder("discipline-secretary", "discipline-deputy", "reviewer");
    assertThat(tasks.createTaskQuery().taskCandidateUser("inspector").processInstanceId(clue.pi.getId()).count())
        .isZero();
    assertThatThrownBy(() -> tasks.claim(register, "inspector"))
        .satisfies(e -> assertThat(refusal(e).getMessage()).contains("被反映人").contains("应当回避"));
    assertThat(engine.getAuthorizationService().createAuthorizationQuery().resourceId(clue.pi.getId()).list())
        .extracting(a -> a.getUserId()).doesNotContain("inspector");
    runtime.deleteProcessInstance(clue.pi.getId(), "test");
  }

  @Test
  void investigatorsCanNeitherClaimNorCompleteTheReview() {
    Clue clue = springClue().atCommission().file().register(LocalDate.of(2026, 3, 3), "specific", "checkable",
        "serious", "ready").studied(LocalDate.of(2026, 3, 4), "verify").verified(LocalDate.of(2026, 3, 5), "file")
        .approve("Task_ApproveFiling", "filing", LocalDate.of(2026, 3, 6));
    at(LocalDate.of(2026, 4, 1));
    // Someone outside the group who nevertheless took the investigation task becomes an investigator too.
    tasks.claim(task(clue.pi, "Task_Investigate").getId(), "discipline-secretary");
    clue.investigate(LocalDate.of(2026, 4, 1)).investigationReport(LocalDate.of(2026, 4, 2));
    String review = task(clue.pi, "Task_Review").getId();
    assertThat(tasks.getIdentityLinksForTask(review)).extracting(IdentityLink::getUserId).filteredOn(u -> u != null)
        .containsExactly("reviewer");
    for (String investigator : List.of("inspector", "discipline-deputy", "discipline-secretary")) {
      assertThatThrownBy(() -> tasks.claim(review, investigator)).as(investigator)
          .satisfies(e -> assertThat(refusal(e).getMessage()).contains("查审分离").contains("参与了本案的审查调查")
              .contains("第五十五条"));
    }
    assertThat(tasks.createTaskQuery().taskId(review).singleResult().getAssignee()).isNull();
    tasks.claim(review, "reviewer");
    at(LocalDate.of(2026, 4, 3));
    // Completing is checked too, whoever completes: here the reviewer is (later) noted as having taken part in the
    // investigation, e.g. a supplementary inquiry, and may no longer finish the review.
    Object investigators = runtime.getVariable(clue.pi.getId(), "investigators");
    runtime.setVariable(clue.pi.getId(), "investigators", investigators + ",reviewer");
    identity.setAuthenticatedUserId("reviewer");
    assertThatThrownBy(() -> tasks.complete(review, clue.review(LocalDate.of(2026, 4, 3))))
        .satisfies(e -> assertThat(refusal(e).getMessage()).contains("查审分离").contains("周审"));
    identity.clearAuthentication();
    runtime.setVariable(clue.pi.getId(), "investigators", investigators);
    identity.setAuthenticatedUserId("reviewer");
    tasks.complete(review, clue.review(LocalDate.of(2026, 4, 3)));
    identity.clearAuthentication();
    runJobs(clue.pi);
    BpmnAwareTests.assertThat(clue.pi).isWaitingAt("Task_Decide");
    runtime.deleteProcessInstance(clue.pi.getId(), "test");
  }

  @Test
  void theReportMustBeSignedByTheWholeGroup() {
    Clue clue = newClue().atCommission().file().register(LocalDate.of(2026, 9, 22), "specific", "checkable",
        "serious", "ready").studied(LocalDate.of(2026, 9, 23), "verify")
        .planVerification(LocalDate.of(2026, 9, 24), "inspector,discipline-deputy")
        .approve("Task_ApproveVerification", "verification", LocalDate.of(2026, 9, 24));
    at(LocalDate.of(2026, 9, 28));
    String report = task(clue.pi, "Task_VerificationReport").getId();
    assertThat(tasks.getIdentityLinksForTask(report)).extracting(IdentityLink::getUserId)
        .containsExactlyInAnyOrder("inspector", "discipline-deputy");
    assertThatThrownBy(() -> tasks.complete(report, vars("verificationReportDate", "2026-09-28",
        "verificationFindings", "属实。", "verificationOutcome", "close", "verificationSignatories", "inspector")))
        .satisfies(e -> assertThat(refusal(e).getMessage()).contains("核查组全体成员（林监督、吕纪平）签名"));
    runtime.deleteProcessInstance(clue.pi.getId(), "test");
  }

  @Test
  void referralsAreReadOnlyByStaffOfTheReferringOrganisation() {
    Clue clue = newClue().file().forward(LocalDate.of(2026, 9, 22));
    assertThat(referrals.forStaff("b1-secretary")).extracting(ClueReferrals.Referral::caseNumber)
        .contains(clue.pi.getBusinessKey());
    assertThat(referrals.forStaff("b2-secretary")).extracting(ClueReferrals.Referral::caseNumber)
        .doesNotContain(clue.pi.getBusinessKey());
    assertThatThrownBy(() -> referrals.forStaff("b1-member1")).isInstanceOf(ForbiddenException.class)
        .hasMessageContaining("书记、副书记、组织委员和纪检委员");
    runtime.deleteProcessInstance(clue.pi.getId(), "test");
  }
}
