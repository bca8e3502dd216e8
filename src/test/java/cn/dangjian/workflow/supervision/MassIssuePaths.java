package cn.dangjian.workflow.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.workflow.calendar.CaseTime;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;

/**
 * Every path of {@code massIssue}, each with its assertions: the path tests run them one by one, the coverage test
 * drives them all and measures what they reached.
 */
class MassIssuePaths {

  private final MassIssueScenario s;

  MassIssuePaths(MassIssueScenario scenario) {
    this.s = scenario;
  }

  Map<String, Runnable> all() {
    Map<String, Runnable> paths = new LinkedHashMap<>();
    paths.put("anonymousIssueHandledAndClosed", this::anonymousIssueHandledAndClosed);
    paths.put("realNameIssueNoticeAcrossNationalDayThenFeedbackWithObjection",
        this::realNameIssueNoticeAcrossNationalDayThenFeedbackWithObjection);
    paths.put("realNameFeedbackWithoutObjection", this::realNameFeedbackWithoutObjection);
    paths.put("returnedOnceThenClosed", this::returnedOnceThenClosed);
    paths.put("overdueIssueRemindedThenSupervisedFromAbove", this::overdueIssueRemindedThenSupervisedFromAbove);
    paths.put("matterForACourtIsRecordedAndRedirected", this::matterForACourtIsRecordedAndRedirected);
    paths.put("repeatedReportIsLinkedWithoutASecondNotice", this::repeatedReportIsLinkedWithoutASecondNotice);
    return paths;
  }

  void anonymousIssueHandledAndClosed() {
    MassIssueScenario.Issue issue = s.newIssue().file();
    BpmnAwareTests.assertThat(issue.pi).isWaitingAt("Task_AssignHandler");
    assertThat(issue.pi.getBusinessKey()).matches("QZ-C1-B1-2026-\\d{4}");
    issue.assign(LocalDate.of(2026, 9, 22), LocalDate.of(2026, 10, 30)).handle(LocalDate.of(2026, 9, 29))
        .review(LocalDate.of(2026, 9, 30), "accept");
    BpmnAwareTests.assertThat(issue.pi).isEnded().hasPassed("End_Handled", "End_IssueClosed")
        .hasNotPassed("Task_NotifyAcceptance", "Task_FeedbackResult", "Timer_OverdueReminder");
    assertThat(issue.records()).containsExactly("massissue.registration", "massissue.result",
        "massissue.dossier-index");
  }

  void realNameIssueNoticeAcrossNationalDayThenFeedbackWithObjection() {
    MassIssueScenario.Issue issue = s.newIssue().realName("张三丰").file();
    BpmnAwareTests.assertThat(issue.pi).isWaitingAt("Task_NotifyAcceptance");
    // 15 working days from Monday 21 September 2026 skip 中秋 (25–27 Sept) and 国庆 (1–7 Oct) and count the
    // working Saturday 10 Oct: the 15th is Friday 16 October.
    assertThat(s.task(issue.pi, "Task_NotifyAcceptance").getDueDate())
        .isEqualTo(CaseTime.startOf(LocalDate.of(2026, 10, 17)));
    issue.notifyAcceptance(LocalDate.of(2026, 9, 24)).assign(LocalDate.of(2026, 9, 24), LocalDate.of(2026, 10, 30))
        .handle(LocalDate.of(2026, 9, 29)).review(LocalDate.of(2026, 9, 30), "accept");
    // Feedback within 15 working days of closing (30 Sept): 26 October.
    assertThat(s.task(issue.pi, "Task_FeedbackResult").getDueDate())
        .isEqualTo(CaseTime.startOf(LocalDate.of(2026, 10, 27)));
    issue.feedback(LocalDate.of(2026, 10, 12), true).answerObjection(LocalDate.of(2026, 10, 14));
    BpmnAwareTests.assertThat(issue.pi).isEnded().hasPassed("Task_AnswerObjection", "End_IssueClosed");
    assertThat(issue.records()).containsExactly("massissue.registration", "massissue.acceptance-notice",
        "massissue.result", "massissue.feedback", "massissue.dossier-index");
    assertThat(s.history.createHistoricVariableInstanceQuery().processInstanceId(issue.pi.getId())
        .variableName("reporterRef").singleResult().getValue()).asString().matches("[0-9a-f-]{36}");
  }

  void realNameFeedbackWithoutObjection() {
    MassIssueScenario.Issue issue = s.newIssue().realName("李四").file().notifyAcceptance(LocalDate.of(2026, 9, 22))
        .assign(LocalDate.of(2026, 9, 22), LocalDate.of(2026, 10, 30)).handle(LocalDate.of(2026, 9, 23))
        .review(LocalDate.of(2026, 9, 24), "accept").feedback(LocalDate.of(2026, 9, 28), false);
    BpmnAwareTests.assertThat(issue.pi).isEnded().hasNotPassed("Task_AnswerObjection");
    assertThat(issue.records()).contains("massissue.feedback");
  }

  void returnedOnceThenClosed() {
    MassIssueScenario.Issue issue = s.newIssue().file().assign(LocalDate.of(2026, 9, 22), LocalDate.of(2026, 10, 30))
        .handle(LocalDate.of(2026, 9, 23)).review(LocalDate.of(2026, 9, 24), "return");
    BpmnAwareTests.assertThat(issue.pi).isWaitingAt("Task_HandleIssue");
    assertThat(s.task(issue.pi, "Task_HandleIssue").getAssignee()).isEqualTo("b1-member1");
    issue.handle(LocalDate.of(2026, 9, 28)).review(LocalDate.of(2026, 9, 29), "accept");
    BpmnAwareTests.assertThat(issue.pi).isEnded();
    assertThat(s.runtime.createProcessInstanceQuery().processInstanceId(issue.pi.getId()).count()).isZero();
  }

  void overdueIssueRemindedThenSupervisedFromAbove() {
    MassIssueScenario.Issue issue = s.newIssue().file().assign(LocalDate.of(2026, 9, 22), LocalDate.of(2026, 9, 30));
    issue.reach("Timer_OverdueReminder");
    // Due 30 Sept; the first rung falls due at the close of the next working day after 国庆: 8 October.
    assertThat(MassIssueScenario.today()).isEqualTo(LocalDate.of(2026, 10, 9));
    BpmnAwareTests.assertThat(issue.pi).isWaitingAt("Task_HandleIssue", "Task_RemindHandler");
    issue.rung("Task_RemindHandler", "reminder", "请于三个工作日内办结。").reach("Timer_OverdueSupervision");
    assertThat(s.tasks.getIdentityLinksForTask(s.task(issue.pi, "Task_SuperviseOverdue").getId()))
        .extracting(l -> l.getGroupId()).containsExactlyInAnyOrder("C1.secretary", "C1.deputy-secretary", "C1.organiser");
    issue.rung("Task_SuperviseOverdue", "supervision", "请第一党支部于本周内办结并书面说明逾期原因。");
    issue.handle(MassIssueScenario.today()).review(MassIssueScenario.today(), "accept");
    BpmnAwareTests.assertThat(issue.pi).isEnded().hasPassed("End_OverdueReminded", "End_OverdueSupervised");
    assertThat(issue.records()).containsExactly("massissue.registration", "massissue.overdue-reminder",
        "massissue.overdue-supervision", "massissue.result", "massissue.dossier-index");
  }

  void matterForACourtIsRecordedAndRedirected() {
    MassIssueScenario.Issue issue = s.newIssue().with("summary", "邻里房屋买卖合同纠纷")
        .with("redirectTo", "区人民法院").with("redirectReason", "属于民事纠纷，应由人民法院依法处理。").file();
    BpmnAwareTests.assertThat(issue.pi).isEnded().hasPassed("End_Redirected").hasNotPassed("Task_AssignHandler");
    assertThat(issue.records()).containsExactly("massissue.registration", "massissue.redirect");
  }

  void repeatedReportIsLinkedWithoutASecondNotice() {
    MassIssueScenario.Issue first = s.newIssue().realName("王五").file();
    MassIssueScenario.Issue again = s.newIssue().realName("王五").with("repeatOf", first.pi.getBusinessKey()).file();
    BpmnAwareTests.assertThat(again.pi).isEnded().hasPassed("End_RepeatFiled").hasNotPassed("Task_NotifyAcceptance");
    assertThat(again.records()).containsExactly("massissue.registration", "massissue.repeat");
    BpmnAwareTests.assertThat(first.pi).isWaitingAt("Task_NotifyAcceptance");
    s.runtime.deleteProcessInstance(first.pi.getId(), "test");
  }

}
