package cn.dangjian.workflow.supervision;


import cn.dangjian.workflow.calendar.CaseTime;
import cn.dangjian.workflow.support.RecordingScenario;
import cn.dangjian.workflow.support.TakenSequenceFlows;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The mass-issue register's driver: a valid report to 第一党支部 (received 2026-09-21, a Monday before the National Day
 * holiday), filed through {@link SupervisionReports} as our API files it, and a fluent {@link Issue} driver; record
 * types are remembered by a {@code recordWriter} mock.
 */
@Import(TakenSequenceFlows.class)
public abstract class MassIssueScenario extends RecordingScenario {

  public static final String PROCESS = "massIssue";
  static final LocalDate RECEIVED = LocalDate.of(2026, 9, 21);

  @Autowired protected SupervisionReports reports;

  static Map<String, Object> report() {
    Map<String, Object> v = new HashMap<>();
    v.put("receivingOrganisationCode", "C1-B1");
    v.put("channel", "reception");
    v.put("receivedOn", RECEIVED.toString());
    v.put("summary", "小区路灯损坏无人维修");
    v.put("content", "和平里小区三号楼前路灯损坏已两个月，居民夜间出行不便，请求协调物业维修。");
    v.put("kind", "massIssue");
    v.put("realName", false);
    return v;
  }

  static Map<String, Object> realName(Map<String, Object> report, String name) {
    report.put("realName", true);
    report.put("reporterName", name);
    report.put("reporterContact", "13800000000");
    return report;
  }

  protected Issue newIssue() {
    return new Issue(report());
  }

  static LocalDate today() {
    return CaseTime.dateOf(ClockUtil.getCurrentTime());
  }

  /** One issue driven step by step with valid data; each step sets the clock first. */
  protected class Issue {

    final Map<String, Object> start;
    ProcessInstance pi;

    Issue(Map<String, Object> start) {
      this.start = start;
    }

    Issue with(String key, Object value) {
      start.put(key, value);
      return this;
    }

    Issue realName(String name) {
      MassIssueScenario.realName(start, name);
      return this;
    }

    Issue file() {
      at(RECEIVED);
      pi = reports.start(start);
      runJobs(pi);
      return this;
    }

    Issue notifyAcceptance(LocalDate day) {
      at(day);
      complete(pi, "Task_NotifyAcceptance", vars("noticeDate", day.toString(), "noticeMethod", "phone",
          "noticeNote", "已电话告知反映人：事项已受理，由第一党支部办理。"));
      return this;
    }

    Issue assign(LocalDate day, LocalDate due) {
      at(day);
      complete(pi, "Task_AssignHandler", vars("responsiblePerson", "b1-member1", "handlingDueDate", due.toString()));
      return this;
    }

    Issue handle(LocalDate day) {
      at(day);
      complete(pi, "Task_HandleIssue", vars("handlingDate", day.toString(), "handlingOutcome", "resolved",
          "handlingReport", "已联系物业公司更换路灯，居民反映路灯已恢复。"));
      return this;
    }

    Issue review(LocalDate day, String decision) {
      at(day);
      complete(pi, "Task_ReviewResult", vars("reviewDate", day.toString(), "resultDecision", decision,
          "reviewOpinion", "accept".equals(decision) ? "已解决，同意办结。" : "请核实其他楼栋路灯情况后再报。"));
      return this;
    }

    Issue feedback(LocalDate day, boolean objection) {
      at(day);
      Map<String, Object> v = vars("feedbackDate", day.toString(), "feedbackMethod", "phone", "objectionRaised",
          Boolean.toString(objection));
      if (objection) {
        v.put("objection", "反映人认为其他楼栋路灯仍未修复。");
      }
      complete(pi, "Task_FeedbackResult", v);
      return this;
    }

    Issue answerObjection(LocalDate day) {
      at(day);
      complete(pi, "Task_AnswerObjection", vars("objectionAnswerDate", day.toString(), "objectionAnswer",
          "经核实，其他楼栋路灯已列入物业维修计划，将于本月底前修复。"));
      return this;
    }

    /** Moves the clock to when the timer {@code timerId} falls due and runs what is due then. */
    Issue reach(String timerId) {
      reachTimer(pi, timerId);
      return this;
    }

    Issue rung(String task, String prefix, String note) {
      complete(pi, task, vars(prefix + "Date", today().toString(), prefix + "Note", note));
      return this;
    }

    List<String> records() {
      return recordsOf(pi);
    }
  }
}
