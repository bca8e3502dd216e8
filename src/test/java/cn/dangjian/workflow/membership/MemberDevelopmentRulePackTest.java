package cn.dangjian.workflow.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.dangjian.workflow.calendar.CaseTime;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;

/** The 2014 and the reported 2026 rule packs; the working-day 公示; a year without holiday data. */
class MemberDevelopmentRulePackTest extends MemberDevelopmentTestBase {

  /** Application 2025-08-01, activist 2025-09-01, training ends on the given day. */
  private Case trainedUntil(String pack, LocalDate end, boolean localNotice) {
    return activistOf(pack).train(end, localNotice);
  }

  private Case activistOf(String pack) {
    return newCase().pack(pack).applied(LocalDate.of(2025, 8, 1)).start().talk(LocalDate.of(2025, 8, 15))
        .activist(LocalDate.of(2025, 9, 1), "designate").file("Task_FileActivist", LocalDate.of(2025, 9, 2))
        .contactPersons(LocalDate.of(2025, 9, 3));
  }

  @Test
  void publicNoticeSpansNationalDay2026() {
    Case c = trainedUntil("2026", LocalDate.of(2026, 9, 24), false);
    assertThat(c.pi).isWaitingAt("Timer_PublicNoticeEnds").variables().containsEntry("rulePack", "2026")
        .containsEntry("publicNoticeStart", "2026-09-24").containsEntry("publicNoticeEnd", "2026-10-08");
    assertThat(recordsOf(c.pi)).contains("membership.public-notice");
    Job timer = management.createJobQuery().processInstanceId(c.pi.getId()).timers().singleResult();
    assertThat(timer.getDuedate()).isEqualTo(CaseTime.startOf(LocalDate.of(2026, 10, 9)));
    c.probationEnds(LocalDate.of(2026, 10, 8));
    assertThat(c.pi).isWaitingAt("Timer_PublicNoticeEnds");
    c.probationEnds(LocalDate.of(2026, 10, 9));
    assertThat(c.pi).isWaitingAt("Task_DesignateDevelopmentTarget");
    c.developmentTarget(LocalDate.of(2026, 10, 9), "designate");
    assertThat(c.pi).isWaitingAt("Task_FileDevelopmentTarget");
  }

  @Test
  void workingDaysIsARegisteredCamundaBusinessCalendar() {
    var manager = ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine
        .getProcessEngineConfiguration()).getBusinessCalendarManager();
    assertThat(manager.getBusinessCalendar("workingDays").resolveDuedate("5WD",
        CaseTime.startOf(LocalDate.of(2026, 9, 24)))).isEqualTo(CaseTime.startOf(LocalDate.of(2026, 10, 9)));
  }

  @Test
  void pack2014HoldsPublicNoticeOnlyWhenLocalRulesAskForIt() {
    Case without = trainedUntil("2014", LocalDate.of(2026, 9, 24), false);
    assertThat(without.pi).isWaitingAt("Task_DesignateDevelopmentTarget");
    Case with = trainedUntil("2014", LocalDate.of(2026, 9, 24), true);
    assertThat(with.pi).isWaitingAt("Timer_PublicNoticeEnds");
  }

  @Test
  void missingHolidayYearBecomesAnIncidentNamingTheYear() {
    Case c = activistOf("2026");
    at(LocalDate.of(2026, 12, 28));
    tasks.complete(task(c.pi, "Task_TrainActivist").getId(), vars("trainingSummary", "良好", "thoughtReports", 5,
        "proposalDate", "2026-12-28", "localPublicNotice", false));
    Job job = management.createJobQuery().processInstanceId(c.pi.getId()).activityId("Task_PublishPublicNotice")
        .singleResult();
    for (int attempt = 0; attempt < 3; attempt++) {
      assertThatThrownBy(() -> management.executeJob(job.getId())).hasMessageContaining("2027");
      ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofMinutes(6))));
    }
    Incident incident = runtime.createIncidentQuery().processInstanceId(c.pi.getId()).singleResult();
    assertThat(incident.getIncidentMessage()).contains("2027").contains("calendar/2027.yaml");
    assertThat(incident.getActivityId()).isEqualTo("Task_PublishPublicNotice");
  }

  @Test
  void pack2026RequiresMeetingWithinAMonthOfPreReviewAndOathWithinAMonthOfApproval() {
    Case c = newCase().pack("2026").untilAdmissionVote();
    assertThat(task(c.pi, "Task_BranchMeetingVote").getDueDate()).isEqualTo(CaseTime.startOf(LocalDate.of(2026, 6, 21)));
    at(LocalDate.of(2026, 6, 22));
    assertThatThrownBy(() -> tasks.complete(task(c.pi, "Task_BranchMeetingVote").getId(), with(vars("meetingDate",
        "2026-06-22", "meetingMinutes", "x"), tally("", 7, 6, 5, 1, 0))))
        .hasMessageContaining("晚于预审通过后1个月（2026-06-20）").hasMessageContaining("meetingLateReason")
        .hasMessageContaining("第十九条");
    complete(c.pi, "Task_BranchMeetingVote", with(vars("meetingDate", "2026-06-22", "meetingMinutes", "x",
        "meetingLateReason", "书记外出学习"), tally("", 7, 6, 5, 1, 0)));
    c.committeeTalk(LocalDate.of(2026, 6, 23)).approval(LocalDate.of(2026, 7, 1), "approve")
        .file("Task_FileAdmission", LocalDate.of(2026, 7, 2)).partyGroup(LocalDate.of(2026, 7, 3));
    at(LocalDate.of(2026, 8, 3));
    assertThatThrownBy(() -> tasks.complete(task(c.pi, "Task_TakeOath").getId(), vars("oathDate", "2026-08-03",
        "oathHost", "王喆"))).hasMessageContaining("oathLateReason").hasMessageContaining("第二十九条");
    c.oath(LocalDate.of(2026, 7, 31));
    assertThat(c.pi).isWaitingAt("Timer_ProbationEnds");
  }

  @Test
  void pack2014HasNoMeetingOrOathLimit() {
    Case c = newCase().untilAdmissionVote().admissionVote(LocalDate.of(2026, 8, 1), 7, 6, 5, 1, 0)
        .committeeTalk(LocalDate.of(2026, 8, 3)).approval(LocalDate.of(2026, 8, 10), "approve")
        .file("Task_FileAdmission", LocalDate.of(2026, 8, 11))
        .partyGroup(LocalDate.of(2026, 8, 12));
    assertThat(task(c.pi, "Task_TakeOath").getDueDate()).as("no oath limit in the 2014 pack").isNull();
    c.oath(LocalDate.of(2026, 10, 12));
    assertThat(c.pi).isWaitingAt("Timer_ProbationEnds").variables().containsEntry("rulePack", "2014");
  }
}
