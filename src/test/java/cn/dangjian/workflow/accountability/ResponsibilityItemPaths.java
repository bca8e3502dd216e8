package cn.dangjian.workflow.accountability;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.workflow.calendar.CaseTime;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;

/**
 * Every path of {@code responsibilityItem}, each with its assertions: the path tests run them one by one, the
 * coverage test drives them all and measures what they reached.
 */
class ResponsibilityItemPaths {

  static final List<String> LADDER = List.of("Timer_OverdueReminder", "Timer_SupervisionLetter", "Timer_AdmonitionTalk",
      "Timer_Circulation", "Timer_AccountabilityProposal");

  private final ResponsibilityItemDriver s;

  ResponsibilityItemPaths(ResponsibilityItemDriver scenario) {
    this.s = scenario;
  }

  Map<String, Runnable> all() {
    Map<String, Runnable> paths = new LinkedHashMap<>();
    paths.put("completedBeforeTheReminder", this::completedBeforeTheReminder);
    paths.put("returnedOnceThenAccepted", this::returnedOnceThenAccepted);
    paths.put("remindedBeforeTheDeadlineThenCompleted", this::remindedBeforeTheDeadlineThenCompleted);
    paths.put("everyRungReachedThenDeclinedThenCompleted", this::everyRungReachedThenDeclinedThenCompleted);
    paths.put("completionStopsEveryOpenRung", this::completionStopsEveryOpenRung);
    paths.put("completionAtTheTalkStopsTheLaterRungs", () -> completionStopsTheLadderAt("Timer_AdmonitionTalk"));
    paths.put("completionAtTheCirculationStopsTheLaterRungs", () -> completionStopsTheLadderAt("Timer_Circulation"));
    paths.put("proposalAcceptedOpensALinkedAccountabilityCase", this::proposalAcceptedOpensALinkedAccountabilityCase);
    return paths;
  }

  void completedBeforeTheReminder() {
    ResponsibilityItemDriver.Item item = s.newItem().start();
    BpmnAwareTests.assertThat(item.pi).isWaitingAt("Task_SubmitEvidence");
    item.completeOn(LocalDate.of(2026, 3, 20));
    BpmnAwareTests.assertThat(item.pi).isEnded().hasPassed("End_ItemCompleted", "End_ItemClosed")
        .hasNotPassed("Timer_DeadlineReminder", "Timer_OverdueReminder");
    assertThat(item.records()).containsExactly("responsibility.assignment", "responsibility.completion",
        "responsibility.dossier-index");
  }

  void returnedOnceThenAccepted() {
    ResponsibilityItemDriver.Item item = s.newItem().start().submit(LocalDate.of(2026, 3, 16))
        .review(LocalDate.of(2026, 3, 17), "return");
    BpmnAwareTests.assertThat(item.pi).isWaitingAt("Task_SubmitEvidence").variables()
        .containsEntry("evidenceReturnReason", "缺少第一季度党小组会记录，请补充。");
    item.completeOn(LocalDate.of(2026, 3, 19));
    BpmnAwareTests.assertThat(item.pi).isEnded();
    assertThat(item.records()).containsExactly("responsibility.assignment", "responsibility.completion",
        "responsibility.dossier-index");
  }

  void remindedBeforeTheDeadlineThenCompleted() {
    ResponsibilityItemDriver.Item item = s.newItem().start();
    Date due = s.management.createJobQuery().processInstanceId(item.pi.getId()).activityId("Timer_DeadlineReminder")
        .singleResult().getDuedate();
    // 5 working days before Tuesday 31 March 2026: the morning of Tuesday 24 March
    assertThat(CaseTime.dateOf(due)).isEqualTo(LocalDate.of(2026, 3, 24));
    item.reach("Timer_DeadlineReminder");
    BpmnAwareTests.assertThat(item.pi).isWaitingAt("Task_SubmitEvidence", "Task_AcknowledgeDeadlineReminder")
        .hasPassed("Task_MailDeadlineReminder");
    item.acknowledgeReminder().completeOn(ResponsibilityItemDriver.today());
    BpmnAwareTests.assertThat(item.pi).isEnded();
  }

  void everyRungReachedThenDeclinedThenCompleted() {
    ResponsibilityItemDriver.Item item = s.newItem().start().reach("Timer_DeadlineReminder").acknowledgeReminder();
    // 1 working day after Tuesday 31 March 2026: the close of Wednesday 1 April
    assertThat(dueOf(item, "Timer_OverdueReminder")).isEqualTo(CaseTime.startOf(LocalDate.of(2026, 4, 2)));
    Date previous = CaseTime.startOf(ResponsibilityItemDriver.DEADLINE.plusDays(1));
    for (String timer : LADDER) {
      Date due = dueOf(item, timer);
      assertThat(due).as(timer + " falls due after the rung before it").isAfter(previous);
      previous = due;
      item.reach(timer);
      assertThat(s.management.createJobQuery().processInstanceId(item.pi.getId()).activityId(timer).count())
          .as(timer + " fired").isZero();
    }
    BpmnAwareTests.assertThat(item.pi).isWaitingAt("Task_SubmitEvidence", "Task_IssueOverdueReminder",
        "Task_IssueSupervisionLetter", "Task_HoldAdmonitionTalk", "Task_IssueCirculation",
        "Task_DraftAccountabilityProposal");
    item.overdueReminder().supervisionLetter().admonitionTalk().circulation().proposal().decideProposal("decline");
    BpmnAwareTests.assertThat(item.pi).isWaitingAt("Task_SubmitEvidence").hasPassed("Task_MailOverdueReminder",
        "Task_MailSupervisionLetter", "Task_MailAdmonitionTalk", "Task_MailCirculation",
        "Task_MailAccountabilityProposal", "End_ProposalDecided").hasNotPassed("Task_StartAccountabilityCase");
    item.completeOn(ResponsibilityItemDriver.today());
    BpmnAwareTests.assertThat(item.pi).isEnded();
    assertThat(item.records()).containsExactly("responsibility.assignment", "responsibility.overdue-reminder",
        "responsibility.supervision-letter", "responsibility.admonition-talk", "responsibility.circulation",
        "responsibility.accountability-proposal", "responsibility.proposal-decision", "responsibility.completion",
        "responsibility.dossier-index");
  }

  private Date dueOf(ResponsibilityItemDriver.Item item, String timer) {
    var job = s.management.createJobQuery().processInstanceId(item.pi.getId()).activityId(timer).singleResult();
    assertThat(job).as("timer " + timer + " is set").isNotNull();
    return job.getDuedate();
  }

  void completionStopsEveryOpenRung() {
    ResponsibilityItemDriver.Item item = s.newItem().start().reach("Timer_OverdueReminder")
        .reach("Timer_SupervisionLetter");
    BpmnAwareTests.assertThat(item.pi).isWaitingAt("Task_SubmitEvidence", "Task_AcknowledgeDeadlineReminder",
        "Task_IssueOverdueReminder", "Task_IssueSupervisionLetter");
    item.completeOn(ResponsibilityItemDriver.today());
    BpmnAwareTests.assertThat(item.pi).isEnded();
    assertThat(s.tasks.createTaskQuery().processInstanceId(item.pi.getId()).count()).isZero();
    assertThat(s.management.createJobQuery().processInstanceId(item.pi.getId()).count()).as("timers left").isZero();
  }

  /** Rung 3 (约谈) or 4 (通报) the latest reached, the later timers pending: completion leaves nothing behind. */
  void completionStopsTheLadderAt(String latest) {
    ResponsibilityItemDriver.Item item = s.newItem().start();
    List<String> reached = LADDER.subList(0, LADDER.indexOf(latest) + 1);
    reached.forEach(item::reach);
    String next = LADDER.get(LADDER.indexOf(latest) + 1);
    assertThat(s.management.createJobQuery().processInstanceId(item.pi.getId()).activityId(next).timers().count())
        .as(next + " pending").isEqualTo(1);
    assertThat(s.tasks.createTaskQuery().processInstanceId(item.pi.getId()).count()).as("rung tasks open")
        .isEqualTo(2 + reached.size());
    item.completeOn(ResponsibilityItemDriver.today());
    String nextTask = next.equals("Timer_Circulation") ? "Task_IssueCirculation" : "Task_DraftAccountabilityProposal";
    BpmnAwareTests.assertThat(item.pi).isEnded().hasNotPassed(nextTask, next.replace("Timer_", "Task_Mail"));
    assertThat(s.tasks.createTaskQuery().processInstanceId(item.pi.getId()).count()).as("tasks left").isZero();
    assertThat(s.management.createJobQuery().processInstanceId(item.pi.getId()).count()).as("timers and jobs left")
        .isZero();
    assertThat(s.runtime.createExecutionQuery().processInstanceId(item.pi.getId()).count()).as("executions left")
        .isZero();
  }

  void proposalAcceptedOpensALinkedAccountabilityCase() {
    ResponsibilityItemDriver.Item item = s.newItem().start();
    LADDER.forEach(item::reach);
    item.proposal().decideProposal("start");
    String accountabilityCase = (String) s.history.createHistoricVariableInstanceQuery()
        .processInstanceId(item.pi.getId()).variableName("accountabilityCaseNumber").singleResult().getValue();
    assertThat(accountabilityCase).matches("WZ-C1-2026-\\d{4}");
    var opened = s.runtime.createProcessInstanceQuery().processDefinitionKey("accountabilityCase")
        .processInstanceBusinessKey(accountabilityCase).singleResult();
    assertThat(opened).as("the 问责 case").isNotNull();
    assertThat(s.runtime.getVariables(opened.getId())).containsEntry("sourceCaseNumber", item.pi.getBusinessKey())
        .containsEntry("subjectType", "organisation").containsEntry("subjectOrganisationCode", "C1-B1")
        .containsEntry("competentOrganisationCode", "C1");
    assertThat((String) s.runtime.getVariable(opened.getId(), "grounds")).as("the item's facts")
        .contains("落实“三会一课”制度并报送记录", item.pi.getBusinessKey(), "第一党支部", "2026-03-31",
            "经提醒、督办、约谈、通报仍未完成", "经提醒、督办、约谈、通报仍未完成，建议对第一党支部启动问责。",
            "逾期时间长，经多次督促仍未完成，应当问责。");
    BpmnAwareTests.assertThat(item.pi).hasPassed("Task_StartAccountabilityCase", "Task_RecordProposalDecision");
    item.completeOn(ResponsibilityItemDriver.today());
    BpmnAwareTests.assertThat(item.pi).isEnded();
  }
}
