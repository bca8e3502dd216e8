package cn.dangjian.workflow.membership;

import cn.dangjian.workflow.casework.CaseOutcome;
import cn.dangjian.workflow.casework.FieldValues;
import cn.dangjian.workflow.casework.VoteTally;
import cn.dangjian.workflow.casework.VoteTallyValidator;
import static cn.dangjian.workflow.casework.FieldValues.optionalText;
import static cn.dangjian.workflow.casework.FieldValues.text;

import cn.dangjian.workflow.identity.OrganisationDirectory;
import cn.dangjian.workflow.identity.Person;
import cn.dangjian.workflow.rules.RulePacks;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Complete listeners of the member development tasks ({@code ${taskGuards.talk(task)}}): each checks the
 * submitted form on the server (Tasklist and REST alike), enforces the guard of its step with the
 * article it comes from, and records derived facts (dates, outcomes). A failed check throws
 * {@link MembershipValidationException}; the task stays open. The software never decides: it checks
 * arithmetic and limits, people decide.
 */
@Component("taskGuards")
public class TaskGuards {

  private static final Set<String> DECISIONS = Set.of("designate", "defer", "reject");

  private final RulePacks rules;
  private final VoteTallyValidator tallies;
  private final MemberSelectionValidator selections;
  private final OrganisationDirectory organisations;
  private final Deadlines deadlines;
  private final ConversionResolution resolutions;
  private final ContinuedTraining continuedTraining;
  private final BranchDecisions branchDecisions;
  private final MembershipFieldCitations citations;

  public TaskGuards(RulePacks rules, VoteTallyValidator tallies, MemberSelectionValidator selections,
      OrganisationDirectory organisations, Deadlines deadlines, ConversionResolution resolutions,
      ContinuedTraining continuedTraining, BranchDecisions branchDecisions, MembershipFieldCitations citations) {
    this.citations = citations;
    this.rules = rules;
    this.tallies = tallies;
    this.selections = selections;
    this.organisations = organisations;
    this.deadlines = deadlines;
    this.resolutions = resolutions;
    this.continuedTraining = continuedTraining;
    this.branchDecisions = branchDecisions;
  }

  // ---- helpers ----

  private static String pack(DelegateTask task) {
    return (String) task.getVariable("rulePack");
  }

  /** A date of the main line of the case: not in the future, not before the previous step. */
  static LocalDate stepDate(DelegateTask task, String field, String label) {
    LocalDate date = FieldValues.pastDate(task, field, label);
    Object last = task.getVariable("lastStepDate");
    FieldValues.notBefore(date, last == null ? null : LocalDate.parse(last.toString()), field, label, "上一步骤的日期");
    task.setVariable("lastStepDate", date.toString());
    return date;
  }

  private static LocalDate variableDate(DelegateTask task, String name) {
    Object value = task.getVariable(name);
    return value == null ? null : FieldValues.date(value, name, name);
  }

  private static String choice(DelegateTask task, String field, String label, Set<String> allowed) {
    String value = text(task, field, label);
    if (!allowed.contains(value)) {
      throw new MembershipValidationException(field, label + "（" + field + "）的取值 " + value + " 无效");
    }
    return value;
  }

  private static void reject(DelegateTask task, String step, String reason) {
    CaseOutcome.record(task, "rejected");
    task.setVariable("rejectionStep", step);
    task.setVariable("rejectionReason", reason);
  }

  private String decisionWithReason(DelegateTask task, String decisionField, String reasonField, String step) {
    String decision = choice(task, decisionField, "支委会决定", DECISIONS);
    if (!decision.equals("designate")) {
      String reason = optionalText(task, reasonField);
      if (reason == null) {
        throw new MembershipValidationException(reasonField,
            "暂缓或不予确定时须写明理由（" + reasonField + "）");
      }
      if (decision.equals("reject")) {
        reject(task, step, reason);
      }
    }
    return decision;
  }

  private void requireActivistYear(DelegateTask task, LocalDate date, String field) {
    LocalDate activist = variableDate(task, "activistDate");
    Period minimum = rules.parsedPeriod(pack(task), "activistTraining");
    LocalDate earliest = activist.plus(minimum);
    if (date.isBefore(earliest)) {
      throw new MembershipValidationException(field, "培养教育考察未满一年：" + activist + " 确定为入党积极分子，最早于 "
          + earliest + " 方可列为发展对象（" + field + "：" + date + "；" + rules.article(pack(task), "activistTraining")
          + "）");
    }
  }

  // ---- steps ----

  /** Step 2 谈话. */
  public void talk(DelegateTask task) {
    stepDate(task, "talkDate", "谈话日期");
    text(task, "talker", "谈话人");
    text(task, "talkSummary", "谈话情况");
    task.setVariable("talkDone", true);
  }

  /** 督办 of an overdue step: when, and what the supervising office did (kept in the case history). */
  public void supervision(DelegateTask task) {
    FieldValues.pastDate(task, "supervisionDate", "督办日期");
    FieldValues.text(task, "supervisionNote", "督办情况");
  }

  /** Step 3 确定入党积极分子 (支委会, or 支部大会 without one: 第八条). */
  public void activistDecision(DelegateTask task) {
    text(task, "recommendationSource", "推荐方式");
    LocalDate date = stepDate(task, "activistDecisionDate", "支委会会议日期");
    String decision = decisionWithReason(task, "activistDecision", "activistDecisionReason", "确定入党积极分子");
    branchDecisions.check(task, decision.equals("designate"), "activistDecision");
    if (decision.equals("designate")) {
      task.setVariable("activistDate", date.toString());
    }
  }

  /** Steps 4, 8, 18 备案. */
  public void filing(DelegateTask task) {
    stepDate(task, "filingDate", "备案日期");
  }

  /** Step 5 培养联系人 (第九条). */
  public void contactPersons(DelegateTask task) {
    List<Person> chosen = selections.contactPersons((String) task.getVariable("branchCode"),
        optionalText(task, "contactPerson1"), optionalText(task, "contactPerson2"));
    branchDecisions.check(task, true, "contactPerson1");
    task.setVariable("contactPersonNames", chosen.stream().map(Person::name).collect(Collectors.joining("、")));
  }

  /** Step 6 培养教育考察: cannot end before a year of training (第十三条). */
  public void activistTraining(DelegateTask task) {
    text(task, "trainingSummary", "培养教育考察情况");
    FieldValues.integer(task, "thoughtReports", "思想汇报份数");
    LocalDate date = stepDate(task, "proposalDate", "提请确定发展对象日期");
    requireActivistYear(task, date, "proposalDate");
    // ends a half-yearly assessment still open (conditional boundary event Condition_TrainingEnded)
    task.setVariable("activistTrainingEnded", true);
  }

  /** Half-yearly assessment (第十二条); runs beside the main line, so it does not move lastStepDate. */
  public void assessment(DelegateTask task) {
    LocalDate date = FieldValues.pastDate(task, "assessmentDate", "考察日期");
    FieldValues.notBefore(date, variableDate(task, "activistDate"), "assessmentDate", "考察日期", "确定为入党积极分子的日期");
    text(task, "assessmentOpinion", "考察意见");
    Object count = task.getVariable("assessmentCount");
    task.setVariable("assessmentCount", count == null ? 1 : ((Number) count).intValue() + 1);
  }

  /** Step 7 确定发展对象: a year as activist; after the 公示 where one is held (第十三条). */
  public void developmentTargetDecision(DelegateTask task) {
    text(task, "opinionsSummary", "听取意见情况");
    LocalDate date = stepDate(task, "developmentTargetDate", "支委会会议日期");
    String decision = decisionWithReason(task, "developmentTargetDecision", "developmentTargetReason", "确定发展对象");
    branchDecisions.check(task, decision.equals("designate"), "developmentTargetDecision");
    if (decision.equals("designate")) {
      requireActivistYear(task, date, "developmentTargetDate");
      LocalDate noticeEnd = variableDate(task, "publicNoticeEnd");
      if (rules.mandatory(pack(task), "publicNotice") && noticeEnd == null) {
        throw new MembershipValidationException("developmentTargetDecision",
            "列为发展对象前须公示（" + rules.article(pack(task), "publicNotice") + "）");
      }
      if (noticeEnd != null && !date.isAfter(noticeEnd)) {
        throw new MembershipValidationException("developmentTargetDate", "支委会会议日期（developmentTargetDate）" + date
            + " 须在公示期满（" + noticeEnd + "）之后");
      }
      task.setVariable("developmentTargetDateConfirmed", date.toString());
    }
  }

  /** Step 9 入党介绍人 (第十四条). */
  public void sponsors(DelegateTask task) {
    List<Person> chosen = selections.sponsors((String) task.getVariable("branchCode"),
        optionalText(task, "sponsor1"), optionalText(task, "sponsor2"));
    branchDecisions.check(task, true, "sponsor1");
    task.setVariable("sponsorNames", chosen.stream().map(Person::name).collect(Collectors.joining("、")));
  }

  /** Step 10 政治审查: a written conclusion; failing ends the case (第十六条). */
  public void politicalReview(DelegateTask task) {
    stepDate(task, "politicalReviewDate", "政治审查日期");
    String conclusion = text(task, "politicalReviewConclusion", "政治审查结论");
    if (choice(task, "politicalReviewResult", "审查结果", Set.of("passed", "failed")).equals("failed")) {
      reject(task, "政治审查", conclusion);
    }
  }

  /** Step 11 短期集中培训: ≥ 3 days or ≥ 24 class hours (第十七条). */
  public void shortTraining(DelegateTask task) {
    LocalDate from = FieldValues.pastDate(task, "trainingFrom", "培训开始日期");
    Object last = task.getVariable("lastStepDate");
    FieldValues.notBefore(from, last == null ? null : LocalDate.parse(last.toString()), "trainingFrom", "培训开始日期",
        "上一步骤的日期");
    LocalDate to = stepDate(task, "trainingTo", "培训结束日期");
    FieldValues.notBefore(to, from, "trainingTo", "培训结束日期", "培训开始日期");
    int days = FieldValues.integer(task, "trainingDays", "培训天数");
    int hours = FieldValues.integer(task, "trainingHours", "培训学时");
    long span = to.toEpochDay() - from.toEpochDay() + 1;
    if (days < 0 || days > span) {
      throw new MembershipValidationException("trainingDays",
          "培训天数（trainingDays）" + days + " 不能多于培训起止日期之间的天数（" + span + "）");
    }
    if (hours < 0 || hours > span * 24) {
      throw new MembershipValidationException("trainingHours", "培训学时（trainingHours）" + hours + " 不合理");
    }
    int minDays = rules.value(pack(task), "shortTrainingDays");
    int minHours = rules.value(pack(task), "shortTrainingHours");
    if (days < minDays && hours < minHours) {
      throw new MembershipValidationException("trainingDays", "培训时间不足：" + days + " 天、" + hours + " 学时，须不少于"
          + minDays + "天或" + minHours + "学时（trainingDays / trainingHours；" + rules.article(pack(task),
          "shortTrainingDays") + "）");
    }
    text(task, "trainingProvider", "培训单位");
  }

  /** Step 12 支部委员会审查. */
  public void branchCommitteeReview(DelegateTask task) {
    stepDate(task, "branchCommitteeReviewDate", "审查日期");
    String opinion = text(task, "branchCommitteeReviewOpinion", "审查意见");
    String decision = choice(task, "branchCommitteeReviewDecision", "审查结论", Set.of("approve", "reject"));
    branchDecisions.check(task, decision.equals("approve"), "branchCommitteeReviewDecision");
    if (decision.equals("reject")) {
      reject(task, "支部委员会审查", opinion);
    }
  }

  /** Step 13 上级党委预审: passed, not passed (the case ends), or not passed and 继续培养考察. */
  public void preReview(DelegateTask task) {
    stepDate(task, "preReviewDate", "预审日期");
    String opinion = text(task, "preReviewOpinion", "预审意见");
    String decision = choice(task, "preReviewDecision", "预审结论", Set.of("pass", "reject", ContinuedTraining.DECISION));
    if (decision.equals("reject")) {
      reject(task, "上级党委预审", opinion);
    } else if (decision.equals(ContinuedTraining.DECISION)) {
      continuedTraining.begin(task, "上级党委预审", opinion, ContinuedTraining.FROM_PRE_REVIEW, "preReviewDecision");
    }
  }

  /** Step 14 入党志愿书. */
  public void admissionForm(DelegateTask task) {
    stepDate(task, "admissionFormDate", "填写日期");
    text(task, "admissionStatement", "入党志愿");
    text(task, "sponsorOpinions", "入党介绍人意见");
  }

  /** Step 15 支部大会: tally, quorum and majority of all due (2014: 第二十条、第二十一条); 2026: within a month of pre-review (第十九条). */
  public void admissionVote(DelegateTask task) {
    String branch = (String) task.getVariable("branchCode");
    LocalDate date = stepDate(task, "meetingDate", "支部大会日期");
    VoteTally tally = tallies.read(task, "", branch, rules.article(pack(task), "writtenOpinions"));
    text(task, "meetingMinutes", "会议情况");
    if (rules.mandatory(pack(task), "generalMeetingAfterPreReview")) {
      LocalDate limit = variableDate(task, "preReviewDate").plus(rules.parsedPeriod(pack(task),
          "generalMeetingAfterPreReview"));
      if (date.isAfter(limit) && optionalText(task, "meetingLateReason") == null) {
        throw new MembershipValidationException("meetingLateReason", "支部大会（" + date + "）晚于预审通过后1个月（" + limit
            + "），须写明原因（meetingLateReason；" + rules.article(pack(task), "generalMeetingAfterPreReview") + "）");
      }
    }
    String result = tally.passed() ? "passed" : tally.quorate() ? "failed" : "noQuorum";
    task.setVariable("admissionVoteResult", result);
    task.setVariable("admissionVoteAttempts", increment(task, "admissionVoteAttempts"));
    if (result.equals("passed")) {
      task.setVariable("admissionMeetingDate", date.toString());
    }
    if (result.equals("failed")) {
      failedAdmissionVote(task, rules.article(pack(task), "generalMeetingVote"), "支部大会表决未通过：" + tally.majorityArithmetic());
    } else {
      task.setVariable("admissionVoteFollowUp", null);
    }
  }

  /** A failed vote ends the case or, as the meeting decides, sends the 发展对象 back to training. */
  private void failedAdmissionVote(DelegateTask task, String article, String reason) {
    if (optionalText(task, "admissionVoteFollowUp") == null) {
      throw new MembershipValidationException("admissionVoteFollowUp", reason + "，须选择表决未通过时的处理：不予接收（结案）或继续培养考察"
          + "（admissionVoteFollowUp；" + article + "）");
    }
    if (choice(task, "admissionVoteFollowUp", "表决未通过时的处理", Set.of("reject", ContinuedTraining.DECISION))
        .equals(ContinuedTraining.DECISION)) {
      continuedTraining.begin(task, "支部大会讨论", reason, ContinuedTraining.FROM_ADMISSION_VOTE, "admissionVoteFollowUp");
    } else {
      reject(task, "支部大会讨论", reason);
    }
  }

  private static int increment(DelegateTask task, String name) {
    Object value = task.getVariable(name);
    return value == null ? 1 : ((Number) value).intValue() + 1;
  }

  /** Step 16 上级党委派人谈话. */
  public void committeeTalk(DelegateTask task) {
    stepDate(task, "committeeTalkDate", "谈话日期");
    text(task, "committeeTalker", "谈话人");
    text(task, "committeeTalkSummary", "谈话情况");
    if (optionalText(task, "committeeTalkOpinion") == null) {
      throw new MembershipValidationException("committeeTalkOpinion", "谈话人对其能否入党的意见（committeeTalkOpinion）不能为空："
          + citations.clause(task, "committeeTalkOpinion"));
    }
    text(task, "committeeTalkOpinion", "对其能否入党的意见");
  }

  /** Step 17 上级党委审批: within 3 months, once extended to 6 with a recorded reason (第二十五条). */
  public void admissionApproval(DelegateTask task) {
    String branch = (String) task.getVariable("branchCode");
    LocalDate date = stepDate(task, "approvalDate", "党委会议日期");
    String decision = choice(task, "admissionApprovalDecision", "审批结论",
        Set.of("approve", "reject", ContinuedTraining.DECISION));
    String reason = text(task, "approvalReason", "审批意见");
    String approvalArticle = rules.article(pack(task), "admissionApproval");
    VoteTally tally = tallies.readCommittee(task, "committee", organisations.partyCommittee(branch).code(),
        approvalArticle);
    if (decision.equals("approve") && !tally.passed()) {
      throw new MembershipValidationException("admissionApprovalDecision", "党委会议表决未获通过（" + tally.quorumArithmetic()
          + "；" + tally.majorityArithmetic() + "），不能作出批准决定（" + approvalArticle + "）");
    }
    LocalDate meeting = variableDate(task, "admissionMeetingDate");
    LocalDate limit = meeting.plus(rules.parsedPeriod(pack(task), "admissionApproval"));
    if (date.isAfter(limit) && !Boolean.TRUE.equals(task.getVariable("approvalExtended"))) {
      throw new MembershipValidationException("approvalDate", "审批日期（" + date + "）超过3个月审批期限（" + limit
          + "），须先记录延长审批期限的理由（" + rules.article(pack(task), "admissionApproval") + "）");
    }
    task.setVariable("approvalOverdue",
        date.isAfter(meeting.plus(rules.parsedPeriod(pack(task), "admissionApprovalExtended"))));
    if (decision.equals("approve")) {
      task.setVariable("probationEndDate", deadlines.probationEndDate(task).toString()); // on the approval (第三十二条)
    }
    if (decision.equals("reject")) {
      reject(task, "上级党委审批", reason);
    } else if (decision.equals(ContinuedTraining.DECISION)) {
      continuedTraining.begin(task, "上级党委审批", reason, ContinuedTraining.FROM_APPROVAL, "admissionApprovalDecision");
    }
    task.setVariable("admissionApprovalDone", true);
  }

  /** Extension of the approval period: once, with a reason (第二十五条). */
  public void approvalExtension(DelegateTask task) {
    text(task, "approvalExtensionReason", "延长理由");
    if (Boolean.TRUE.equals(task.getVariable("approvalExtended"))) {
      throw new MembershipValidationException("approvalExtensionReason", "审批期限只能延长一次");
    }
    task.setVariable("approvalExtended", true);
  }

  /** Step 19 编入党支部和党小组. */
  public void partyGroup(DelegateTask task) {
    stepDate(task, "partyGroupDate", "编入日期");
    text(task, "partyGroup", "党小组");
  }

  /** Step 20 入党宣誓 (2014: 第三十条); 2026: within a month of approval (第二十九条). */
  public void oath(DelegateTask task) {
    LocalDate date = stepDate(task, "oathDate", "宣誓日期");
    text(task, "oathHost", "主持人");
    if (rules.mandatory(pack(task), "oathAfterApproval")) {
      LocalDate limit = variableDate(task, "approvalDate").plus(rules.parsedPeriod(pack(task), "oathAfterApproval"));
      if (date.isAfter(limit) && optionalText(task, "oathLateReason") == null) {
        throw new MembershipValidationException("oathLateReason", "入党宣誓（" + date + "）晚于批准后1个月（" + limit
            + "），须写明原因（oathLateReason；" + rules.article(pack(task), "oathAfterApproval") + "）");
      }
    }
  }

  /** Step 22 转正申请: when probation has ended (第三十二条), in writing (第三十三条). */
  public void conversionApplication(DelegateTask task) {
    LocalDate date = stepDate(task, "conversionApplicationDate", "转正申请书日期");
    LocalDate end = deadlines.probationEndDate(task);
    task.setVariable("probationEndDate", end.toString());
    FieldValues.notBefore(date, end.minusMonths(1), "conversionApplicationDate", "转正申请书日期", "预备期满前一个月");
    text(task, "probationSummary", "预备期考察情况");
  }

  private void extensionMonths(DelegateTask task, String field) {
    Object raw = task.getVariable(field);
    if (raw == null) {
      throw new MembershipValidationException(field, "延长预备期须填写延长月数（" + field + "）");
    }
    int months = FieldValues.integer(task, field, "延长月数");
    int min = rules.min(pack(task), "probationExtension");
    int max = rules.max(pack(task), "probationExtension");
    if (months < min || months > max) {
      throw new MembershipValidationException(field, "延长月数（" + field + "）" + months + " 须在" + min + "至" + max
          + "个月之间（" + rules.article(pack(task), "probationExtension") + "）");
    }
    if (Boolean.TRUE.equals(task.getVariable("probationExtended"))) {
      throw new MembershipValidationException(field,
          "预备期只能延长一次（" + rules.article(pack(task), "probationExtension") + "）");
    }
  }

  /** Step 23 支部大会讨论转正: same tally rules as step 15. */
  public void conversionVote(DelegateTask task) {
    String branch = (String) task.getVariable("branchCode");
    LocalDate meeting = stepDate(task, "conversionMeetingDate", "支部大会日期");
    ConversionDates.meetingAfterProbation(meeting, deadlines.probationEndDate(task),
        rules.article(pack(task), "probation"));
    String proposal = choice(task, "conversionProposal", "表决事项", Set.of("convert", "extend", "cancel"));
    if (!proposal.equals("convert") && optionalText(task, "conversionProposalReason") == null) {
      throw new MembershipValidationException("conversionProposalReason", "延长预备期或取消预备党员资格须写明理由（conversionProposalReason）");
    }
    if (proposal.equals("extend")) {
      extensionMonths(task, "proposedExtensionMonths");
    }
    VoteTally tally = tallies.read(task, "conversion", branch, rules.article(pack(task), "writtenOpinions"));
    String result = tally.passed() ? "passed" : tally.quorate() ? "failed" : "noQuorum";
    task.setVariable("conversionVoteResult", result);
  }

  /**
   * Step 24 上级党委审批转正: the 党委 approves or does not approve the branch's resolution — the same outcome, the same
   * extension months — and never substitutes another (2014: 第三十三条); not approved goes back to the branch meeting
   * with the reason. Within 3 months; party age from the end of probation (2014: both 第三十四条). Articles from the
   * case's rule pack ({@code conversionProcedure}, {@code conversionApproval}).
   */
  public void conversionApproval(DelegateTask task) {
    String branch = (String) task.getVariable("branchCode");
    String approvalArticle = rules.article(pack(task), "conversionApproval");
    ConversionDates.approvalAfterMeeting(FieldValues.pastDate(task, "conversionApprovalDate", "党委会议日期"),
        variableDate(task, "conversionMeetingDate"), approvalArticle);
    stepDate(task, "conversionApprovalDate", "党委会议日期");
    String decision = text(task, "conversionApprovalDecision", "审批结论");
    if (!Set.of("approve", "notApproved").contains(decision)) {
      throw new MembershipValidationException("conversionApprovalDecision", "审批结论（conversionApprovalDecision）" + decision
          + " 无效：" + citations.clause(task, "conversionApprovalDecision"));
    }
    String reason = text(task, "conversionApprovalReason", "审批意见");
    VoteTally tally = tallies.readCommittee(task, "conversionCommittee", organisations.partyCommittee(branch).code(),
        approvalArticle);
    if (decision.equals("approve") && !tally.passed()) {
      throw new MembershipValidationException("conversionApprovalDecision", "党委会议表决未获通过（" + tally.quorumArithmetic()
          + "；" + tally.majorityArithmetic() + "），不能批准支部大会的决议（" + approvalArticle + "）");
    }
    String outcome = decision.equals("approve") ? resolutions.approvedOutcome(task)
        : resolutions.returnToBranch(task, reason);
    switch (outcome) {
      case "convert" -> {
        CaseOutcome.record(task, "converted");
        task.setVariable("conversionDate", deadlines.probationEndDate(task).toString());
      }
      case "extend" -> {
        task.setVariable("probationExtended", true);
        task.setVariable("probationExtensionMonths", resolutions.extensionMonths(task));
      }
      case "cancel" -> CaseOutcome.record(task, "cancelled");
      default -> { } // returned to the branch: no outcome
    }
    task.setVariable("conversionOutcome", outcome);
    task.setVariable("conversionApprovalDone", true);
  }

  /** Step 25 材料归档. */
  public void archive(DelegateTask task) {
    FieldValues.pastDate(task, "archiveDate", "归档日期");
    text(task, "archiveLocation", "档案存放单位");
  }
}
