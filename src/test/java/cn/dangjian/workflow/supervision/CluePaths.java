package cn.dangjian.workflow.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dangjian.workflow.calendar.CaseTime;
import cn.dangjian.workflow.web.InvalidInputException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;

/**
 * Every path of {@code clueHandling}, each with its assertions: the path tests run them one by one, the coverage test
 * drives them all and measures what they reached.
 */
class CluePaths {

  private final ClueScenario s;

  CluePaths(ClueScenario scenario) {
    this.s = scenario;
  }

  Map<String, Runnable> all() {
    Map<String, Runnable> paths = new LinkedHashMap<>();
    paths.put("branchForwardsAcrossMidAutumnThenCommissionClosesTheClue",
        this::branchForwardsAcrossMidAutumnThenCommissionClosesTheClue);
    paths.put("realNameClueAtTheCommissionShelvedThenFeedbackWithObjection",
        this::realNameClueAtTheCommissionShelvedThenFeedbackWithObjection);
    paths.put("clueAboutTheBranchSecretaryGoesStraightToTheCommission",
        this::clueAboutTheBranchSecretaryGoesStraightToTheCommission);
    paths.put("talkByLetterWithCountersignedReplyClearsTheSubject",
        this::talkByLetterWithCountersignedReplyClearsTheSubject);
    paths.put("talkChosenAgainstTheSuggestionEndsInAReminder", this::talkChosenAgainstTheSuggestionEndsInAReminder);
    paths.put("talkEscalatedToVerificationThenClosed", this::talkEscalatedToVerificationThenClosed);
    paths.put("filedCaseExtendedOnceSecondExtensionRefusedThenWarningRectifiedAndVisited",
        this::filedCaseExtendedOnceSecondExtensionRefusedThenWarningRectifiedAndVisited);
    paths.put("extensionNotApprovedThenNoSanction", this::extensionNotApprovedThenNoSanction);
    paths.put("investigationEndsInTimeThenAdmonitionWithoutAccountability",
        this::investigationEndsInTimeThenAdmonitionWithoutAccountability);
    paths.put("matterForACourtIsRecordedAndRedirected", this::matterForACourtIsRecordedAndRedirected);
    paths.put("repeatedClueIsLinkedWithoutASecondNotice", this::repeatedClueIsLinkedWithoutASecondNotice);
    paths.put("clueAboutTheCommissionSecretaryIsRedirectedToTheHigherCommission",
        this::clueAboutTheCommissionSecretaryIsRedirectedToTheHigherCommission);
    return paths;
  }

  void branchForwardsAcrossMidAutumnThenCommissionClosesTheClue() {
    ClueScenario.Clue clue = s.newClue().file();
    BpmnAwareTests.assertThat(clue.pi).isWaitingAt("Task_ForwardUpward");
    assertThat(clue.pi.getBusinessKey()).matches("XS-C1-B1-2026-\\d{4}");
    // 5 working days counted from the day of receipt, Monday 21 September, skip 中秋 (25–27 Sept): the 5th is Monday 28.
    assertThat(s.task(clue.pi, "Task_ForwardUpward").getDueDate()).isEqualTo(CaseTime.startOf(LocalDate.of(2026, 9, 29)));
    assertThat(s.tasks.getIdentityLinksForTask(s.task(clue.pi, "Task_ForwardUpward").getId()))
        .extracting(l -> l.getGroupId()).containsExactlyInAnyOrder("C1-B1.secretary", "C1-B1.discipline-member");
    clue.forward(LocalDate.of(2026, 9, 24));
    BpmnAwareTests.assertThat(clue.pi).isWaitingAt("Task_RegisterClue");
    // 5 working days from its arrival on Thursday 24 September skip 中秋 and 国庆 (1–7 Oct): the 5th is 8 October.
    assertThat(s.task(clue.pi, "Task_RegisterClue").getDueDate()).isEqualTo(CaseTime.startOf(LocalDate.of(2026, 10, 9)));
    // After referral the branch has no task and no grant on the case: it sees only its referral row.
    assertThat(s.tasks.createTaskQuery().processInstanceId(clue.pi.getId()).taskCandidateGroupIn(
        java.util.List.of("C1-B1", "C1-B1.secretary", "C1-B1.discipline-member")).count()).isZero();
    assertThat(s.engine.getAuthorizationService().createAuthorizationQuery().resourceType(Resources.PROCESS_INSTANCE)
        .resourceId(clue.pi.getId()).list()).extracting(a -> a.getGroupId()).containsExactly("C1-D");
    assertThat(s.referrals.forStaff("b1-discipline")).filteredOn(r -> r.caseNumber().equals(clue.pi.getBusinessKey()))
        .singleElement().satisfies(r -> {
          assertThat(r.status()).isEqualTo(ClueReferrals.REFERRED);
          assertThat(r.referredOn()).isEqualTo(LocalDate.of(2026, 9, 24));
          assertThat(r.feedback()).isNull();
        });
    clue.register(LocalDate.of(2026, 9, 28), "vague", "checkable", "general", "ready");
    assertThat(clue.variable("clueNumber")).asString().matches("XSTZ-C1-D-2026-\\d{4}");
    assertThat(clue.variable("issuerName")).isEqualTo("示范街道纪工委");
    assertThat(clue.variable("suggestedDisposal")).isEqualTo("close");
    // The disposal opinion is due a month after arrival at the 纪委.
    assertThat(s.task(clue.pi, "Task_CollectiveStudy").getDueDate()).isEqualTo(CaseTime.startOf(LocalDate.of(2026, 10, 25)));
    clue.studied(LocalDate.of(2026, 9, 30), "close");
    BpmnAwareTests.assertThat(clue.pi).isEnded().hasPassed("Task_KeepReferral", "End_ClueClosed")
        .hasNotPassed("Task_NotifyAcceptance", "Task_FeedbackResult", "Task_RecordDirectReferral");
    assertThat(clue.variable("caseOutcome")).isEqualTo("closed");
    assertThat(clue.records()).containsExactly("clue.receipt", "clue.referral", "clue.registration", "clue.disposal",
        "clue.conclusion", "clue.dossier-index");
    assertThat(s.referrals.forStaff("b1-secretary")).filteredOn(r -> r.caseNumber().equals(clue.pi.getBusinessKey()))
        .singleElement().satisfies(r -> {
          assertThat(r.status()).isEqualTo(ClueReferrals.CLOSED);
          assertThat(r.closedOn()).isEqualTo(LocalDate.of(2026, 9, 30));
          assertThat(r.feedback()).isEqualTo("示范街道纪工委已于2026-09-30办结该问题线索：予以了结。");
        });
  }

  void realNameClueAtTheCommissionShelvedThenFeedbackWithObjection() {
    ClueScenario.Clue clue = s.newClue().atCommission().realName("张三").file();
    BpmnAwareTests.assertThat(clue.pi).isWaitingAt("Task_RegisterClue");
    assertThat(s.task(clue.pi, "Task_RegisterClue").getDueDate()).isEqualTo(CaseTime.startOf(LocalDate.of(2026, 9, 29)));
    clue.register(LocalDate.of(2026, 9, 22), "specific", "checkable", "serious", "lacking");
    // 15 working days from 21 September skip 中秋 and 国庆 and count the working Saturday 10 October: 16 October.
    assertThat(s.task(clue.pi, "Task_NotifyAcceptance").getDueDate())
        .isEqualTo(CaseTime.startOf(LocalDate.of(2026, 10, 17)));
    clue.notifyAcceptance(LocalDate.of(2026, 9, 24)).studied(LocalDate.of(2026, 9, 28), "shelve");
    // Result feedback within 15 working days of closing (28 September), across 国庆: 22 October.
    assertThat(s.task(clue.pi, "Task_FeedbackResult").getDueDate())
        .isEqualTo(CaseTime.startOf(LocalDate.of(2026, 10, 23)));
    clue.feedback(LocalDate.of(2026, 10, 12), true).answerObjection(LocalDate.of(2026, 10, 14));
    BpmnAwareTests.assertThat(clue.pi).isEnded().hasPassed("Task_AnswerObjection", "End_ClueClosed")
        .hasNotPassed("Task_ForwardUpward", "Task_KeepReferral");
    assertThat(clue.variable("caseOutcome")).isEqualTo("shelved");
    assertThat(clue.records()).containsExactly("clue.receipt", "clue.registration", "clue.acceptance-notice",
        "clue.disposal", "clue.conclusion", "clue.feedback", "clue.dossier-index");
    assertThat(s.history.createHistoricVariableInstanceQuery().processInstanceId(clue.pi.getId())
        .variableName("reporterRef").singleResult().getValue()).asString().matches("[0-9a-f-]{36}");
  }

  void clueAboutTheBranchSecretaryGoesStraightToTheCommission() {
    ClueScenario.Clue clue = s.newClue().with("subjectName", "王喆").with("summary", "反映第一党支部书记王喆违规报销").file();
    assertThat(clue.variable("aboutPrincipalLeader")).isEqualTo(true);
    BpmnAwareTests.assertThat(clue.pi).isWaitingAt("Task_RegisterClue").hasPassed("Task_RecordDirectReferral")
        .hasNotPassed("Task_ForwardUpward");
    assertThat(s.referrals.forStaff("b1-organiser")).filteredOn(r -> r.caseNumber().equals(clue.pi.getBusinessKey()))
        .singleElement().satisfies(r -> assertThat(r.direct()).isTrue());
    clue.register(LocalDate.of(2026, 9, 22), "specific", "uncheckable", "general", "ready")
        .studied(LocalDate.of(2026, 9, 23), "close");
    BpmnAwareTests.assertThat(clue.pi).isEnded();
    assertThat(clue.records()).containsExactly("clue.receipt", "clue.direct-referral", "clue.registration",
        "clue.disposal", "clue.conclusion", "clue.dossier-index");
  }

  void talkByLetterWithCountersignedReplyClearsTheSubject() {
    ClueScenario.Clue clue = s.newClue().realName("李四").file().forward(LocalDate.of(2026, 9, 22))
        .register(LocalDate.of(2026, 9, 23), "specific", "checkable", "minor", "ready")
        .notifyAcceptance(LocalDate.of(2026, 9, 23));
    assertThat(clue.variable("suggestedDisposal")).isEqualTo("talk");
    clue.studied(LocalDate.of(2026, 9, 24), "talk").talk(LocalDate.of(2026, 9, 28));
    // The written reply is due within 15 working days of the letter (28 September), across 国庆: 22 October.
    assertThat(s.task(clue.pi, "Task_ReceiveReply").getDueDate()).isEqualTo(CaseTime.startOf(LocalDate.of(2026, 10, 23)));
    clue.reply(LocalDate.of(2026, 10, 9));
    assertThat(s.task(clue.pi, "Task_TalkReport").getDueDate()).isEqualTo(CaseTime.startOf(LocalDate.of(2026, 11, 10)));
    clue.talkReport(LocalDate.of(2026, 10, 12), "cleared").feedback(LocalDate.of(2026, 10, 13), false);
    BpmnAwareTests.assertThat(clue.pi).isEnded().hasNotPassed("Task_AnswerObjection", "Task_PlanVerification");
    assertThat(clue.variable("caseOutcome")).isEqualTo("talkCleared");
    assertThat(clue.variable("countersignedBy")).isEqualTo("王喆（第一党支部书记）");
    assertThat(clue.records()).containsExactly("clue.receipt", "clue.referral", "clue.registration",
        "clue.acceptance-notice", "clue.disposal", "clue.talk-report", "clue.conclusion", "clue.feedback",
        "clue.dossier-index");
  }

  void talkChosenAgainstTheSuggestionEndsInAReminder() {
    ClueScenario.Clue clue = s.newClue().file().forward(LocalDate.of(2026, 9, 22))
        .register(LocalDate.of(2026, 9, 23), "specific", "checkable", "serious", "ready");
    assertThat(clue.variable("suggestedDisposal")).isEqualTo("verify");
    clue.studiedDeviating(LocalDate.of(2026, 9, 24), "talk", "钱芳已主动说明并退还，先行函询。")
        .talk(LocalDate.of(2026, 9, 28)).reply(LocalDate.of(2026, 10, 9)).talkReport(LocalDate.of(2026, 10, 12), "admonish");
    BpmnAwareTests.assertThat(clue.pi).isEnded();
    assertThat(clue.variable("caseOutcome")).isEqualTo("talkAdmonished");
    assertThat(clue.variable("deviationReason")).isEqualTo("钱芳已主动说明并退还，先行函询。");
  }

  void talkEscalatedToVerificationThenClosed() {
    ClueScenario.Clue clue = s.newClue().file().forward(LocalDate.of(2026, 9, 22))
        .register(LocalDate.of(2026, 9, 23), "specific", "checkable", "minor", "ready")
        .studied(LocalDate.of(2026, 9, 24), "talk").talk(LocalDate.of(2026, 9, 28)).reply(LocalDate.of(2026, 10, 9))
        .talkReport(LocalDate.of(2026, 10, 12), "escalate");
    BpmnAwareTests.assertThat(clue.pi).isWaitingAt("Task_PlanVerification");
    clue.verified(LocalDate.of(2026, 10, 14), "close");
    BpmnAwareTests.assertThat(clue.pi).isEnded().hasPassed("Task_RecordTalkReport", "Task_RecordVerificationReport");
    assertThat(clue.variable("caseOutcome")).isEqualTo("verifiedClosed");
    assertThat(clue.variable("verificationGroupNames")).isEqualTo("林监督、吕纪平");
  }

  void filedCaseExtendedOnceSecondExtensionRefusedThenWarningRectifiedAndVisited() {
    ClueScenario.Clue clue = s.springClue().file().forward(LocalDate.of(2026, 3, 3))
        .register(LocalDate.of(2026, 3, 4), "specific", "checkable", "serious", "ready")
        .studied(LocalDate.of(2026, 3, 5), "verify").verified(LocalDate.of(2026, 3, 9), "file")
        .approve("Task_ApproveFiling", "filing", LocalDate.of(2026, 3, 10));
    assertThat(clue.variable("investigationDueDate")).isEqualTo("2026-06-08");
    assertThat(s.task(clue.pi, "Task_Investigate").getDueDate()).isEqualTo(CaseTime.startOf(LocalDate.of(2026, 6, 9)));
    clue.reach("Timer_InvestigationLimit").requestExtension(true).approveExtension(true);
    BpmnAwareTests.assertThat(clue.pi).isWaitingAt("Task_Investigate");
    assertThat(clue.variable("investigationDueDate")).isEqualTo("2026-09-06");
    clue.reach("Timer_InvestigationLimit");
    String request = s.task(clue.pi, "Task_RequestExtension").getId();
    assertThatThrownBy(() -> s.tasks.complete(request, ClueScenario.vars("extensionRequested", "true",
        "extensionRequestDate", ClueScenario.today().toString(), "extensionReason", "仍需取证。")))
        .rootCause().isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("extensionRequested");
          assertThat(e.getMessage()).contains("已延长过一次").contains("请立即提交审查调查报告");
        });
    clue.requestExtension(false).investigationReport(LocalDate.of(2026, 9, 8));
    assertThat(s.task(clue.pi, "Task_Review").getDueDate()).isEqualTo(CaseTime.startOf(LocalDate.of(2026, 10, 9)));
    clue.reviewed(LocalDate.of(2026, 9, 10), "reviewer").decide(LocalDate.of(2026, 9, 14), "警告", true);
    assertThat(clue.variable("measureCategories")).isEqualTo("警告：第二种形态");
    assertThat(clue.variable("restrictionSummary")).asString().startsWith("警告：2026-09-14 至 2027-09-13");
    assertThat(clue.variable("accountabilityCaseNumber")).asString().startsWith("WZ-C1-");
    // The member's standing changes as after a 问责 decision: the restriction is recorded for the person.
    assertThat(s.jdbc.queryForObject("select valid_until from dj_member_restriction where person_id = ? and measure = ?"
        + " and case_number = ?", java.sql.Date.class, "b1-member1", "警告", clue.pi.getBusinessKey()).toLocalDate())
        .isEqualTo(LocalDate.of(2027, 9, 14));
    assertThat(s.task(clue.pi, "Task_Announce").getDueDate()).isEqualTo(CaseTime.startOf(LocalDate.of(2026, 10, 15)));
    clue.announce(LocalDate.of(2026, 9, 15)).rectification(LocalDate.of(2026, 9, 21), false);
    BpmnAwareTests.assertThat(clue.pi).isWaitingAt("Task_ReportRectification");
    clue.rectification(LocalDate.of(2026, 9, 23), true).returnVisit(LocalDate.of(2026, 9, 24));
    BpmnAwareTests.assertThat(clue.pi).isEnded().hasPassed("Task_ApproveExtension", "Task_StartAccountabilityCase",
        "Task_ImposeStanding", "Task_ReturnVisit");
    assertThat(clue.variable("caseOutcome")).isEqualTo("sanctioned");
    assertThat(clue.variable("rectificationRounds")).isEqualTo(2);
    assertThat(clue.records()).containsExactly("clue.receipt", "clue.referral", "clue.registration", "clue.disposal",
        "clue.verification-report", "clue.investigation-report", "clue.review-report", "clue.decision",
        "clue.rectification", "clue.conclusion", "clue.dossier-index");
  }

  void extensionNotApprovedThenNoSanction() {
    ClueScenario.Clue clue = s.springClue().file().forward(LocalDate.of(2026, 3, 3))
        .register(LocalDate.of(2026, 3, 4), "specific", "checkable", "general", "ready")
        .studied(LocalDate.of(2026, 3, 5), "verify").verified(LocalDate.of(2026, 3, 9), "file")
        .approve("Task_ApproveFiling", "filing", LocalDate.of(2026, 3, 10))
        .reach("Timer_InvestigationLimit").requestExtension(true).approveExtension(false);
    BpmnAwareTests.assertThat(clue.pi).isWaitingAt("Task_InvestigationReport");
    clue.investigationReport(LocalDate.of(2026, 6, 10)).reviewed(LocalDate.of(2026, 6, 12), "discipline-secretary")
        .decide(LocalDate.of(2026, 6, 15), "none", false);
    BpmnAwareTests.assertThat(clue.pi).isEnded().hasNotPassed("Task_Announce", "Task_CategoriseMeasure",
        "Task_StartAccountabilityCase");
    assertThat(clue.variable("caseOutcome")).isEqualTo("notSanctioned");
  }

  void investigationEndsInTimeThenAdmonitionWithoutAccountability() {
    ClueScenario.Clue clue = s.springClue().atCommission().file()
        .register(LocalDate.of(2026, 3, 3), "specific", "checkable", "serious", "ready")
        .studied(LocalDate.of(2026, 3, 4), "verify").verified(LocalDate.of(2026, 3, 5), "file")
        .approve("Task_ApproveFiling", "filing", LocalDate.of(2026, 3, 6)).investigate(LocalDate.of(2026, 4, 20))
        .investigationReport(LocalDate.of(2026, 4, 21)).reviewed(LocalDate.of(2026, 4, 24), "reviewer")
        .decide(LocalDate.of(2026, 4, 28), "诫勉", false);
    BpmnAwareTests.assertThat(clue.pi).isWaitingAt("Task_Announce").hasNotPassed("Task_RequestExtension",
        "Task_StartAccountabilityCase");
    assertThat(clue.variable("measureCategories")).isEqualTo("诫勉：第一种形态");
    clue.announce(LocalDate.of(2026, 4, 29)).rectification(LocalDate.of(2026, 5, 11), true)
        .returnVisit(LocalDate.of(2026, 5, 20));
    BpmnAwareTests.assertThat(clue.pi).isEnded();
    assertThat(s.jdbc.queryForObject("select valid_until from dj_member_restriction where person_id = ? and measure = ?"
        + " and case_number = ?", java.sql.Date.class, "b1-member1", "诫勉", clue.pi.getBusinessKey()).toLocalDate())
        .isEqualTo(LocalDate.of(2026, 10, 28));
  }

  void matterForACourtIsRecordedAndRedirected() {
    ClueScenario.Clue clue = s.newClue().with("redirectTo", "区人民法院")
        .with("redirectReason", "所反映的是民间借贷纠纷，应由人民法院依法处理。").file();
    BpmnAwareTests.assertThat(clue.pi).isEnded().hasPassed("End_Redirected").hasNotPassed("Task_ForwardUpward");
    assertThat(clue.records()).containsExactly("clue.receipt", "clue.redirect");
  }

  void repeatedClueIsLinkedWithoutASecondNotice() {
    ClueScenario.Clue first = s.newClue().realName("王五").file();
    ClueScenario.Clue again = s.newClue().realName("王五").with("repeatOf", first.pi.getBusinessKey()).file();
    BpmnAwareTests.assertThat(again.pi).isEnded().hasPassed("End_RepeatFiled").hasNotPassed("Task_NotifyAcceptance");
    assertThat(again.records()).containsExactly("clue.receipt", "clue.repeat");
    s.runtime.deleteProcessInstance(first.pi.getId(), "test");
  }

  void clueAboutTheCommissionSecretaryIsRedirectedToTheHigherCommission() {
    ClueScenario.Clue clue = s.newClue().with("subjectName", "杨正清").with("subjectOrganisationCode", "C1-D")
        .with("summary", "反映纪工委书记杨正清违规干预案件").file();
    BpmnAwareTests.assertThat(clue.pi).isEnded().hasPassed("Task_RecordRedirect", "End_Redirected");
    assertThat(clue.variable("redirectTo")).isEqualTo("上一级纪委");
    assertThat(clue.variable("redirectReason")).asString().contains("整体回避").contains("请工作人员将原件直接报送上一级纪委");
    assertThat(clue.records()).containsExactly("clue.receipt", "clue.redirect");
    // Not even the redirected record is readable by the person it is about.
    assertThat(s.engine.getAuthorizationService().createAuthorizationQuery()
        .resourceType(Resources.HISTORIC_PROCESS_INSTANCE).resourceId(clue.pi.getId()).list())
        .extracting(a -> a.getUserId()).containsExactlyInAnyOrder("inspector", "discipline-deputy", "reviewer");
  }
}
