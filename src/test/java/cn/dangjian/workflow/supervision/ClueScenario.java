package cn.dangjian.workflow.supervision;


import cn.dangjian.workflow.calendar.CaseTime;
import cn.dangjian.workflow.support.ProcessScenario;
import cn.dangjian.workflow.support.RecordingScenario;
import cn.dangjian.workflow.support.TakenSequenceFlows;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The clue-handling driver: a valid clue about 钱芳 (b1-member1) of 第一党支部, received by the branch on 2026-09-21 (a
 * Monday before 中秋 and the National Day holiday) and filed through {@link SupervisionReports}; a fluent {@link Clue}
 * driver for each step with valid data. The 纪委 is 示范街道纪工委 (C1-D): 杨正清 (secretary), 吕纪平 (deputy), 林监督
 * (inspector), 周审 (committee member). Record types are remembered by a {@code recordWriter} mock.
 */
@Import(TakenSequenceFlows.class)
public abstract class ClueScenario extends RecordingScenario {

  public static final String PROCESS = "clueHandling";
  static final LocalDate RECEIVED = LocalDate.of(2026, 9, 21);
  /** Clues that go on to an investigation start in spring, so that 90 + 90 days stay within the 2026 calendar. */
  static final LocalDate SPRING = LocalDate.of(2026, 3, 2);

  @Autowired protected SupervisionReports reports;
  @Autowired protected IdentityService identity;
  @Autowired protected ClueReferrals referrals;
  @Autowired protected org.springframework.jdbc.core.JdbcTemplate jdbc;

  static Map<String, Object> report(LocalDate received) {
    Map<String, Object> v = new HashMap<>();
    v.put("receivingOrganisationCode", "C1-B1");
    v.put("channel", "letter");
    v.put("receivedOn", received.toString());
    v.put("summary", "反映党员钱芳违规收受礼金");
    v.put("content", "来信反映第一党支部党员钱芳在社区服务工作中收受服务对象礼金两千元，有转账记录可查。");
    v.put("kind", "clue");
    v.put("subjectName", "钱芳");
    v.put("subjectOrganisationCode", "C1-B1");
    v.put("realName", false);
    return v;
  }

  protected Clue newClue() {
    return new Clue(report(RECEIVED), RECEIVED);
  }

  protected Clue springClue() {
    return new Clue(report(SPRING), SPRING);
  }

  static LocalDate today() {
    return CaseTime.dateOf(ClockUtil.getCurrentTime());
  }

  /** One clue driven step by step with valid data; each step sets the clock first. */
  protected class Clue {

    final Map<String, Object> start;
    final LocalDate received;
    ProcessInstance pi;

    Clue(Map<String, Object> start, LocalDate received) {
      this.start = start;
      this.received = received;
    }

    Clue with(String key, Object value) {
      start.put(key, value);
      return this;
    }

    Clue realName(String name) {
      start.put("realName", true);
      start.put("reporterName", name);
      start.put("reporterContact", "13900000000");
      return this;
    }

    Clue atCommission() {
      return with("receivingOrganisationCode", "C1-D");
    }

    Clue file() {
      at(received);
      pi = reports.start(start);
      runJobs(pi);
      return this;
    }

    Clue forward(LocalDate day) {
      at(day);
      complete(pi, "Task_ForwardUpward", vars("forwardDate", day.toString(), "forwardMethod", "sealed",
          "notCopied", "true"));
      return this;
    }

    Clue register(LocalDate day, String specificity, String verifiability, String severity, String conditions) {
      at(day);
      complete(pi, "Task_RegisterClue", vars("registrationDate", day.toString(), "specificity", specificity,
          "verifiability", verifiability, "severity", severity, "conditions", conditions));
      return this;
    }

    Clue notifyAcceptance(LocalDate day) {
      at(day);
      complete(pi, "Task_NotifyAcceptance", vars("noticeDate", day.toString(), "noticeMethod", "phone",
          "noticeNote", "已电话告知举报人：问题线索已受理。"));
      return this;
    }

    Map<String, Object> study(LocalDate day, String disposal) {
      return vars("studyDate", day.toString(), "studyVoteDue", 3, "studyVotePresent", 3, "studyVoteFor", 3,
          "studyVoteAgainst", 0, "studyVoteAbstain", 0, "disposal", disposal, "disposalReason",
          "经集体研究，按" + ClueGuards.DISPOSALS.get(disposal) + "方式处置。");
    }

    Clue studied(LocalDate day, String disposal) {
      at(day);
      complete(pi, "Task_CollectiveStudy", study(day, disposal));
      return this;
    }

    Clue studiedDeviating(LocalDate day, String disposal, String reason) {
      at(day);
      complete(pi, "Task_CollectiveStudy", ProcessScenario.with(study(day, disposal), vars("deviationReason", reason)));
      return this;
    }

    Clue approve(String task, String step, LocalDate day) {
      at(day);
      complete(pi, task, vars(step + "ApprovalDate", day.toString(), step + "ApprovalOpinion", "同意。"));
      return this;
    }

    Clue talk(LocalDate day) {
      approve("Task_ApproveTalk", "talk", day);
      complete(pi, "Task_ConductTalk", vars("talkMethod", "letter", "talkDate", day.toString(), "talkRecord",
          "函询钱芳：是否收受服务对象礼金，请书面说明。"));
      return this;
    }

    Clue reply(LocalDate day) {
      at(day);
      complete(pi, "Task_ReceiveReply", vars("replyDate", day.toString(), "replySummary",
          "钱芳说明：所收两千元为代购物品款项，已退还并附凭证。", "countersignedBy", "王喆（第一党支部书记）",
          "countersignOpinion", "情况属实，已核对退款凭证。"));
      return this;
    }

    Clue talkReport(LocalDate day, String outcome) {
      at(day);
      Map<String, Object> v = vars("talkReportDate", day.toString(), "talkOutcome", outcome, "talkReportText",
          "经函询和核对凭证，" + ClueGuards.TALK_OUTCOMES.get(outcome) + "。");
      if ("admonish".equals(outcome)) {
        v.put("admonishment", "reminder");
      }
      complete(pi, "Task_TalkReport", v);
      return this;
    }

    Clue planVerification(LocalDate day, String group) {
      at(day);
      complete(pi, "Task_PlanVerification", vars("verificationPlanDate", day.toString(), "verificationPlan",
          "调取转账记录，询问服务对象和知情人。", "verificationGroup", group));
      return this;
    }

    Clue verificationReport(LocalDate day, String outcome) {
      at(day);
      complete(pi, "Task_VerificationReport", vars("verificationReportDate", day.toString(), "verificationFindings",
          "转账记录属实，钱芳未能说明合理用途。", "verificationOutcome", outcome, "verificationSignatories",
          runtime.getVariable(pi.getId(), "verificationGroup")));
      return this;
    }

    Clue verified(LocalDate day, String outcome) {
      planVerification(day, "inspector,discipline-deputy");
      approve("Task_ApproveVerification", "verification", day);
      return verificationReport(day, outcome);
    }

    Clue investigate(LocalDate day) {
      at(day);
      complete(pi, "Task_Investigate", vars("investigationEndDate", day.toString(), "investigationNote",
          "调取银行流水、询问证人三名，证据已固定。"));
      return this;
    }

    Clue requestExtension(boolean requested) {
      Map<String, Object> v = vars("extensionRequested", Boolean.toString(requested));
      if (requested) {
        v.put("extensionRequestDate", today().toString());
        v.put("extensionReason", "关键证人在外地，需延期取证。");
      }
      complete(pi, "Task_RequestExtension", v);
      return this;
    }

    Clue approveExtension(boolean granted) {
      complete(pi, "Task_ApproveExtension", vars("extensionApprovalDate", today().toString(), "extensionGranted",
          Boolean.toString(granted), "extensionOpinion", granted ? "同意延长一次。" : "证据已足，不同意延期。"));
      return this;
    }

    Clue investigationReport(LocalDate day) {
      at(day);
      complete(pi, "Task_InvestigationReport", vars("investigationReportDate", day.toString(), "investigationFindings",
          "钱芳收受服务对象礼金两千元，违反廉洁纪律。", "investigationSignatories",
          runtime.getVariable(pi.getId(), "verificationGroup")));
      return this;
    }

    Map<String, Object> review(LocalDate day) {
      return vars("subjectInterviewDate", day.toString(), "reviewDate", day.toString(), "reviewOpinion",
          "事实清楚，证据确凿，建议给予警告处分。", "proposedMeasure", "警告");
    }

    Clue reviewed(LocalDate day, String reviewer) {
      at(day);
      tasks.claim(task(pi, "Task_Review").getId(), reviewer);
      complete(pi, "Task_Review", review(day));
      return this;
    }

    Clue decide(LocalDate day, String measure, boolean startAccountability) {
      at(day);
      complete(pi, "Task_Decide", vars("decisionDate", day.toString(), "decisionVoteDue", 3, "decisionVotePresent", 3,
          "decisionVoteFor", 3, "decisionVoteAgainst", 0, "decisionVoteAbstain", 0, "measure", measure,
          "decisionReason", "违反廉洁纪律，情节较轻。", "startAccountability", Boolean.toString(startAccountability)));
      return this;
    }

    Clue announce(LocalDate day) {
      at(day);
      complete(pi, "Task_Announce", vars("announceDate", day.toString(), "announcedTo", "钱芳本人及第一党支部"));
      return this;
    }

    Clue rectification(LocalDate day, boolean done) {
      at(day);
      complete(pi, "Task_ReportRectification", vars("rectificationReportDate", day.toString(), "rectificationReport",
          "已退还礼金，支部组织专题学习廉洁纪律。"));
      complete(pi, "Task_ReviewRectification", vars("rectificationReviewDate", day.toString(), "rectificationDone",
          Boolean.toString(done), "rectificationReviewOpinion", done ? "整改到位。" : "请补充整改台账。"));
      return this;
    }

    Clue returnVisit(LocalDate day) {
      at(day);
      complete(pi, "Task_ReturnVisit", vars("returnVisitDate", day.toString(), "returnVisitNote",
          "钱芳认识到错误，工作表现正常。"));
      return this;
    }

    Clue feedback(LocalDate day, boolean objection) {
      at(day);
      Map<String, Object> v = vars("feedbackDate", day.toString(), "feedbackMethod", "phone", "objectionRaised",
          Boolean.toString(objection));
      if (objection) {
        v.put("objection", "举报人认为处理过轻。");
      }
      complete(pi, "Task_FeedbackResult", v);
      return this;
    }

    Clue answerObjection(LocalDate day) {
      at(day);
      complete(pi, "Task_AnswerObjection", vars("objectionAnswerDate", day.toString(), "objectionAnswer",
          "已向举报人说明认定的事实和处理依据。"));
      return this;
    }

    /** Moves the clock to when the timer {@code timerId} falls due and runs what is due then. */
    Clue reach(String timerId) {
      reachTimer(pi, timerId);
      return this;
    }

    Object variable(String name) {
      return history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).variableName(name)
          .singleResult().getValue();
    }

    List<String> records() {
      return recordsOf(pi);
    }
  }
}
