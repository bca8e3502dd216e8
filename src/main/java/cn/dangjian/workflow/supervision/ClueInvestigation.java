package cn.dangjian.workflow.supervision;

import static cn.dangjian.workflow.supervision.ClueGuards.dateAfter;
import static cn.dangjian.workflow.supervision.ClueGuards.pack;

import cn.dangjian.workflow.accountability.AccountabilityCaseValidator;
import cn.dangjian.workflow.accountability.AccountabilityFamilies;
import cn.dangjian.workflow.casework.CaseOutcome;
import cn.dangjian.workflow.casework.FieldValues;
import cn.dangjian.workflow.casework.Submission;
import cn.dangjian.workflow.casework.VoteTally;
import cn.dangjian.workflow.casework.VoteTallyValidator;
import cn.dangjian.workflow.identity.OrganisationDirectory;
import cn.dangjian.workflow.rules.RulePacks;
import cn.dangjian.workflow.web.InvalidInputException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * 立案审查调查 to 整改 and 回访 ({@code ${clueInvestigation.decide(task)}}): the filing and its investigation period from the
 * rule pack, one extension at most, the report signed by the whole group, the review, the collective decision with
 * its measure (the sanctions of 《中国共产党纪律处分条例》第八条 and 诫勉, named as 问责 names them, so the 四种形态 table and
 * the restriction periods of a 问责 decision apply unchanged), the linked 问责 case, the announcement and the
 * rectification rounds — on the server for every door, every problem at once.
 */
@Component("clueInvestigation")
public class ClueInvestigation {

  /** 处理决定: the measures a 纪委's decision on a clue may take, or none. */
  public static final Map<String, String> MEASURES = measures();

  private final RulePacks rules;
  private final VoteTallyValidator tallies;
  private final OrganisationDirectory organisations;
  private final AccountabilityCaseValidator accountabilityCases;
  private final RuntimeService runtime;

  public ClueInvestigation(RulePacks rules, VoteTallyValidator tallies, OrganisationDirectory organisations,
      AccountabilityCaseValidator accountabilityCases, @Lazy RuntimeService runtime) {
    this.rules = rules;
    this.tallies = tallies;
    this.organisations = organisations;
    this.accountabilityCases = accountabilityCases;
    this.runtime = runtime;
  }

  private static Map<String, String> measures() {
    Map<String, String> m = new LinkedHashMap<>();
    for (String measure : new String[] {"诫勉", "警告", "严重警告", "撤销党内职务", "留党察看", "开除党籍"}) {
      m.put(measure, measure);
    }
    m.put("none", "不予处分");
    return java.util.Collections.unmodifiableMap(m);
  }

  /** 立案: approved at a 专题会议 after the verification report; the investigation period runs from that day. */
  public void file(DelegateTask task) {
    Submission s = new Submission();
    LocalDate filed = s.read(() -> dateAfter(task, "filingApprovalDate", "批准立案日期", "verificationReportDate",
        "初步核实报告日期"));
    s.read(() -> FieldValues.text(task, "filingApprovalOpinion", "专题会议研究意见"));
    s.done();
    task.setVariable("filedOn", filed.toString());
    task.setVariable("investigationDueDate", filed.plus(rules.parsedPeriod(pack(task), "investigationPeriod")).toString());
    task.setVariable("extensionCount", 0);
  }

  /** 审查调查 ended within its period. */
  public void investigate(DelegateTask task) {
    Submission s = new Submission();
    s.read(() -> dateAfter(task, "investigationEndDate", "审查调查结束日期", "filedOn", "立案日期"));
    s.read(() -> FieldValues.text(task, "investigationNote", "审查调查情况"));
    s.done();
  }

  /** 申请延期: at most once (规则包 investigationExtension); otherwise the report is due now. */
  public void requestExtension(DelegateTask task) {
    Submission s = new Submission();
    Boolean requested = s.read(() -> FieldValues.bool(task, "extensionRequested", "是否申请延期"));
    if (Boolean.TRUE.equals(requested)) {
      s.read(() -> dateAfter(task, "extensionRequestDate", "申请日期", "filedOn", "立案日期"));
      s.read(() -> FieldValues.text(task, "extensionReason", "延期理由"));
      Object count = task.getVariable("extensionCount");
      if (count != null && ((Number) count).intValue() >= 1) {
        s.check(() -> {
          throw new InvalidInputException("extensionRequested", "审查调查期限已延长过一次，不能再次延长（extensionRequested）："
              + rules.article(pack(task), "investigationExtension") + "，" + rules.limit(pack(task),
                  "investigationExtension").text() + "。请立即提交审查调查报告");
        });
      }
    }
    s.done();
    task.setVariable("extensionRequested", requested);
  }

  /** 审批延期: a granted extension moves the due date by the rule pack's extension, once. */
  public void approveExtension(DelegateTask task) {
    Submission s = new Submission();
    s.read(() -> dateAfter(task, "extensionApprovalDate", "审批日期", "extensionRequestDate", "申请日期"));
    Boolean granted = s.read(() -> FieldValues.bool(task, "extensionGranted", "是否批准延期"));
    s.read(() -> FieldValues.text(task, "extensionOpinion", "审批意见"));
    s.done();
    task.setVariable("extensionGranted", granted);
    if (granted) {
      LocalDate due = LocalDate.parse((String) task.getVariable("investigationDueDate"));
      task.setVariable("investigationDueDate", due.plus(rules.parsedPeriod(pack(task), "investigationExtension"))
          .toString());
      task.setVariable("extensionCount", 1);
    }
  }

  /** 审查调查报告: signed by the whole group; the review's period runs from that day. */
  public void investigationReport(DelegateTask task) {
    Submission s = new Submission();
    LocalDate reported = s.read(() -> dateAfter(task, "investigationReportDate", "报告日期", "filedOn", "立案日期"));
    s.read(() -> FieldValues.text(task, "investigationFindings", "审查调查认定的事实"));
    s.read(() -> ClueGuards.signedByWholeGroup(rules, task, "investigationSignatories"));
    s.done();
    task.setVariable("reviewAcceptedOn", reported.toString());
  }

  /** 审理: the interview with the subject and the proposed measure. */
  public void review(DelegateTask task) {
    Submission s = new Submission();
    s.read(() -> dateAfter(task, "subjectInterviewDate", "与被审查调查人谈话日期", "reviewAcceptedOn", "审理受理日期"));
    s.read(() -> dateAfter(task, "reviewDate", "审理日期", "reviewAcceptedOn", "审理受理日期"));
    s.read(() -> FieldValues.text(task, "reviewOpinion", "审理意见"));
    s.read(() -> FieldValues.choice(task, "proposedMeasure", "建议的处理", MEASURES));
    s.done();
  }

  /**
   * 集体审议: a majority of the committee, the measure (留党察看 for one or two years), the reason, and whether a 问责 case
   * is opened on the same facts — checked here as the 问责 case would check it.
   */
  public void decide(DelegateTask task) {
    Submission s = new Submission();
    s.read(() -> dateAfter(task, "decisionDate", "决定日期", "reviewDate", "审理日期"));
    String commission = (String) task.getVariable("commissionCode");
    VoteTally tally = s.read(() -> tallies.readCommittee(task, "decision", commission,
        rules.article(pack(task), "reviewPeriod")));
    if (tally != null && !tally.passed()) {
      s.check(() -> {
        throw new InvalidInputException("decisionVoteFor", "处理决定未获集体审议通过（" + tally.majorityArithmetic() + "）");
      });
    }
    String measure = s.read(() -> FieldValues.choice(task, "measure", "处理决定", MEASURES));
    if ("留党察看".equals(measure)) {
      s.read(() -> {
        int months = FieldValues.integer(task, "partyProbationMonths", "留党察看期限（月）");
        if (months != 12 && months != 24) {
          throw new InvalidInputException("partyProbationMonths", "留党察看分为一年、二年（partyProbationMonths 为 12 或 24）");
        }
        return months;
      });
    }
    s.read(() -> FieldValues.text(task, "decisionReason", "决定理由"));
    Boolean start = s.read(() -> FieldValues.bool(task, "startAccountability", "是否同时启动问责"));
    if (Boolean.TRUE.equals(start)) {
      s.check(() -> {
        try {
          accountabilityCases.validate(accountabilityFacts(task));
        } catch (InvalidInputException e) {
          throw new InvalidInputException("startAccountability", "不能同时启动问责（startAccountability）：问责案件无法按本案立案——"
              + e.getMessage());
        }
      });
    }
    s.done();
    task.setVariable("startAccountability", start);
    CaseOutcome.record(task, "none".equals(measure) ? "notSanctioned" : "sanctioned");
  }

  /** The accountability rule pack in force on the decision date: its restriction periods apply to the measure. */
  public String restrictionPack(VariableScope scope) {
    return rules.packFor(AccountabilityFamilies.ACCOUNTABILITY.key(),
        LocalDate.parse((String) scope.getVariable("decisionDate")));
  }

  /** Opens the linked 问责 case about the subject, decided by the 党委 above their organisation; the cases name each other. */
  public void startAccountabilityCase(DelegateExecution execution) {
    ProcessInstance started = runtime.startProcessInstanceByKey(AccountabilityFamilies.ACCOUNTABILITY.processKey(),
        accountabilityFacts(execution));
    execution.setVariable("accountabilityCaseNumber", started.getBusinessKey());
  }

  private Map<String, Object> accountabilityFacts(VariableScope clue) {
    Map<String, Object> facts = new HashMap<>();
    facts.put("subjectType", "individual");
    facts.put("subjectPerson", clue.getVariable("subjectPerson"));
    facts.put("subjectOrganisationCode", clue.getVariable("subjectOrganisationCode"));
    facts.put("competentOrganisationCode",
        organisations.partyCommittee((String) clue.getVariable("subjectOrganisationCode")).code());
    facts.put("sourceCaseNumber", clueCaseNumber(clue));
    facts.put("grounds", String.format("%s经立案审查调查认定：%s。处理决定：%s。决定理由：%s", clue.getVariable("commissionName"),
        clue.getVariable("investigationFindings"), MEASURES.getOrDefault(String.valueOf(clue.getVariable("measure")), "—"),
        clue.getVariable("decisionReason")));
    return facts;
  }

  private static String clueCaseNumber(VariableScope clue) {
    return clue instanceof DelegateTask task ? task.getExecution().getProcessBusinessKey()
        : ((DelegateExecution) clue).getProcessBusinessKey();
  }

  /** 宣布: to the member and their organisation, on or after the decision. */
  public void announce(DelegateTask task) {
    Submission s = new Submission();
    s.read(() -> dateAfter(task, "announceDate", "宣布日期", "decisionDate", "决定日期"));
    s.read(() -> FieldValues.text(task, "announcedTo", "宣布和通知的对象"));
    s.done();
  }

  /** 报告整改情况: one round of the subject organisation's report. */
  public void reportRectification(DelegateTask task) {
    Submission s = new Submission();
    s.read(() -> dateAfter(task, "rectificationReportDate", "报告日期", "announceDate", "宣布日期"));
    s.read(() -> FieldValues.text(task, "rectificationReport", "整改情况"));
    s.done();
  }

  /** 审核整改: done, or returned with what is still missing. */
  public void reviewRectification(DelegateTask task) {
    Submission s = new Submission();
    s.read(() -> dateAfter(task, "rectificationReviewDate", "审核日期", "rectificationReportDate", "报告日期"));
    Boolean done = s.read(() -> FieldValues.bool(task, "rectificationDone", "整改是否到位"));
    s.read(() -> FieldValues.text(task, "rectificationReviewOpinion", "审核意见"));
    s.done();
    task.setVariable("rectificationDone", done);
    Object rounds = task.getVariable("rectificationRounds");
    task.setVariable("rectificationRounds", rounds == null ? 1 : ((Number) rounds).intValue() + 1);
  }

  /** 回访: after the rectification is done. */
  public void returnVisit(DelegateTask task) {
    Submission s = new Submission();
    s.read(() -> dateAfter(task, "returnVisitDate", "回访日期", "rectificationReviewDate", "整改审核日期"));
    s.read(() -> FieldValues.text(task, "returnVisitNote", "回访情况"));
    s.done();
  }
}
