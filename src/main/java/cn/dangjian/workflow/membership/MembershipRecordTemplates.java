package cn.dangjian.workflow.membership;

import static cn.dangjian.workflow.records.RecordDefinition.Item.coded;
import static cn.dangjian.workflow.records.RecordDefinition.Item.of;
import static cn.dangjian.workflow.records.RecordDefinition.Item.optional;

import cn.dangjian.workflow.casework.VoteTallySection;
import cn.dangjian.workflow.identity.OrganisationModel;
import cn.dangjian.workflow.records.DeclarativeRecordTemplate;
import cn.dangjian.workflow.records.DossierIndexTemplate;
import cn.dangjian.workflow.records.RecordDefinition;
import cn.dangjian.workflow.records.RecordSection;
import cn.dangjian.workflow.records.RecordStore;
import cn.dangjian.workflow.records.RecordTemplateBeans;
import cn.dangjian.workflow.rules.RulePacks;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The record types of member development, declared as data ({@link RecordDefinition}) and composed by the
 * records module's {@link DeclarativeRecordTemplate} under the {@link MembershipCaseHeader} (one bean each, named
 * after the type, e.g. {@code membership.talk-record}); the dossier index ({@code membership.dossier-index}) is the
 * records module's {@link DossierIndexTemplate} for {@link MembershipDossierIndex}.
 */
@Configuration(proxyBeanMethods = false)
public class MembershipRecordTemplates {

  private static final List<RecordSection> NONE = List.of();
  /** A decision the 细则 gives to the 支委会: the 支部大会's tally where the branch has none (第八条). */
  private static final List<RecordSection> BRANCH_DECISION = List.of(new BranchMeetingTallySection(
      new VoteTallySection(BranchDecisions.TALLY, "支部大会表决结果", "generalMeetingVote")));
  private static final String BODY = "{decisionBody|支部委员会}";
  private static final List<RecordSection> VOTE =
      List.of(new VoteTallySection("", "支部大会表决结果", "generalMeetingVote"));
  private static final List<RecordSection> COMMITTEE_VOTE =
      List.of(new VoteTallySection("committee", "党委会议表决结果", "generalMeetingVote"));
  private static final List<RecordSection> CONVERSION_VOTE =
      List.of(new VoteTallySection("conversion", "支部大会表决结果", "generalMeetingVote"));
  private static final List<RecordSection> CONVERSION_COMMITTEE_VOTE =
      List.of(new VoteTallySection("conversionCommittee", "党委会议表决结果", "generalMeetingVote"));

  private static final Map<String, String> ACTIVIST = Map.of("designate", "确定为入党积极分子", "defer", "暂缓确定，继续考察",
      "reject", "不予确定");
  private static final Map<String, String> TARGET = Map.of("designate", "列为发展对象", "defer", "暂缓，继续培养", "reject",
      "不予确定");
  private static final Map<String, String> CONVERSION = Map.of("convert", "按期转为正式党员", "extend", "延长预备期", "cancel",
      "取消预备党员资格");

  public static final List<RecordDefinition> DEFINITIONS = List.of(
      new RecordDefinition("membership.application-receipt", "入党申请受理回执",
          "{applicantName}同志递交的入党申请书已收到，党组织将在一个月内派人同其谈话。",
          List.of(of("性别", "gender"), of("民族", "ethnicity"), of("出生日期", "birthDate"), of("公民身份号码", "idCardNumber"),
              of("学历", "education"), of("工作单位及职务", "unit"), of("联系电话", "phone"), of("递交申请书日期", "applicationDate")),
          NONE),
      new RecordDefinition("membership.application", "入党申请书",
          "{applicantName}同志于{applicationDate}向党组织递交书面入党申请书（第三十七条：归入发展党员材料）。",
          List.of(of("申请人", "applicantName"), of("性别", "gender"), of("民族", "ethnicity"), of("出生日期", "birthDate"),
              of("公民身份号码", "idCardNumber"), of("学历", "education"), of("工作单位及职务", "unit"),
              of("递交申请书日期", "applicationDate"), optional("申请书内容", "applicationText")), NONE),
      new RecordDefinition("membership.talk-record", "谈话记录", null,
          List.of(of("谈话日期", "talkDate"), of("谈话人", "talker"), of("谈话情况", "talkSummary")), NONE),
      new RecordDefinition("membership.activist-decision", BODY + "决定（入党积极分子）", null,
          List.of(of("推荐方式", "recommendationSource"), of("会议日期", "activistDecisionDate"),
              optional("出席人员", "decisionAttendance"), coded("决定", "activistDecision", ACTIVIST),
              optional("理由", "activistDecisionReason")), BRANCH_DECISION),
      new RecordDefinition("membership.activist-filing", "入党积极分子备案表", null,
          List.of(of("确定为入党积极分子日期", "activistDate"), of("备案日期", "filingDate"), optional("备案编号", "filingNumber"),
              optional("备注", "filingNote")), NONE),
      new RecordDefinition("membership.contact-persons", "培养联系人登记", null,
          List.of(of("培养联系人", "contactPersonNames"), optional("决定机构", "decisionBody"),
              optional("出席人员", "decisionAttendance")), BRANCH_DECISION),
      new RecordDefinition("membership.activist-assessment", "入党积极分子培养教育考察登记", null,
          List.of(of("考察日期", "assessmentDate"), of("考察意见", "assessmentOpinion")), NONE),
      new RecordDefinition("membership.public-notice", "发展对象人选公示",
          "经党支部研究，拟将{applicantName}同志列为发展对象，现予公示。公示期间如有意见，请向党支部反映。",
          List.of(of("公示开始日期", "publicNoticeStart"), of("公示截止日期", "publicNoticeEnd"),
              of("公示期（工作日）", "publicNoticeDays")), NONE),
      new RecordDefinition("membership.development-target-decision", BODY + "决定（发展对象）", null,
          List.of(of("会议日期", "developmentTargetDate"), optional("出席人员", "decisionAttendance"),
              of("听取意见情况", "opinionsSummary"),
              optional("公示反馈情况", "publicNoticeFeedback"), coded("决定", "developmentTargetDecision", TARGET),
              optional("理由", "developmentTargetReason")), BRANCH_DECISION),
      new RecordDefinition("membership.development-target-filing", "发展对象备案表", null,
          List.of(of("确定为发展对象日期", "developmentTargetDate"), of("备案日期", "filingDate"),
              optional("备案编号", "filingNumber")), NONE),
      new RecordDefinition("membership.sponsors", "入党介绍人登记", null, List.of(of("入党介绍人", "sponsorNames"),
          optional("决定机构", "decisionBody"), optional("出席人员", "decisionAttendance")), BRANCH_DECISION),
      new RecordDefinition("membership.political-review", "政治审查结论", null,
          List.of(of("审查日期", "politicalReviewDate"), of("审查结论", "politicalReviewConclusion"),
              coded("结果", "politicalReviewResult", Map.of("passed", "合格", "failed", "不合格"))), NONE),
      new RecordDefinition("membership.training-certificate", "培训结业证明", "{applicantName}同志参加了发展对象短期集中培训，经考核合格，准予结业。",
          List.of(of("培训起止日期", "trainingFrom"), of("至", "trainingTo"), of("培训天数", "trainingDays"),
              of("培训学时", "trainingHours"), of("培训单位", "trainingProvider")), NONE),
      new RecordDefinition("membership.branch-committee-review", BODY + "审查意见", null,
          List.of(of("审查日期", "branchCommitteeReviewDate"), optional("出席人员", "decisionAttendance"),
              of("审查意见", "branchCommitteeReviewOpinion"), coded("结论", "branchCommitteeReviewDecision",
                  Map.of("approve", "合格，报上级党委预审", "reject", "不合格"))), BRANCH_DECISION),
      new RecordDefinition("membership.pre-review", "上级党委预审意见", null,
          List.of(of("预审日期", "preReviewDate"), of("预审意见", "preReviewOpinion"),
              coded("结论", "preReviewDecision", Map.of("pass", "预审合格，发放入党志愿书", "reject", "预审不合格",
                  "continueTraining", "预审未通过，继续培养考察"))), NONE),
      new RecordDefinition("membership.admission-form", "入党志愿书", null,
          List.of(of("填写日期", "admissionFormDate"), of("入党志愿", "admissionStatement"),
              optional("入党介绍人", "sponsorNames"), of("入党介绍人意见", "sponsorOpinions")), NONE),
      new RecordDefinition("membership.admission-resolution", "支部大会决议（接收预备党员）", null,
          List.of(of("会议日期", "meetingDate"), of("会议情况", "meetingMinutes"), optional("逾期召开原因", "meetingLateReason"),
              new RecordDefinition.Item("表决未通过时的处理", "admissionVoteFollowUp", false,
                  Map.of("reject", "不予接收，结案", "continueTraining", "继续培养考察"))), VOTE),
      new RecordDefinition("membership.continued-training", "继续培养考察记录",
          "{applicantName}同志继续作为发展对象培养考察，培养考察结束后由支部委员会重新审查。",
          List.of(of("退回环节", "continuedTrainingStep"), of("决定日期", "continuedTrainingFrom"),
              of("理由", "continuedTrainingReason"), of("继续培养考察结束日期", "continuedTrainingEndDate"),
              of("继续培养考察情况", "continuedTrainingSummary")), NONE),
      new RecordDefinition("membership.committee-talk", "上级党委谈话记录", null,
          List.of(of("谈话日期", "committeeTalkDate"), of("谈话人", "committeeTalker"), of("谈话情况", "committeeTalkSummary"),
              optional("对其能否入党的意见", "committeeTalkOpinion")), NONE),
      new RecordDefinition("membership.approval-extension", "延长审批期限记录", null,
          List.of(of("支部大会日期", "admissionMeetingDate"), of("延长理由", "approvalExtensionReason")), NONE),
      new RecordDefinition("membership.admission-approval", "上级党委审批意见（接收预备党员）", null,
          List.of(of("会议日期", "approvalDate"), coded("结论", "admissionApprovalDecision",
              Map.of("approve", "批准为预备党员", "reject", "不批准", "continueTraining", "不批准，退回党支部继续培养考察")),
              of("审批意见", "approvalReason"),
              optional("预备期起算日期", "admissionMeetingDate"), optional("预备期满日期", "probationEndDate")),
          COMMITTEE_VOTE),
      new RecordDefinition("membership.admission-filing", "预备党员备案表", null,
          List.of(of("批准日期", "approvalDate"), of("备案日期", "filingDate"), optional("备案编号", "filingNumber")), NONE),
      new RecordDefinition("membership.oath-record", "入党宣誓记录", null,
          List.of(of("宣誓日期", "oathDate"), of("主持人", "oathHost"), optional("逾期原因", "oathLateReason")), NONE),
      new RecordDefinition("membership.conversion-application", "转正申请及预备党员考察表", null,
          List.of(of("转正申请书日期", "conversionApplicationDate"), of("预备期满日期", "probationEndDate"),
              of("预备期考察情况", "probationSummary")), NONE),
      new RecordDefinition("membership.party-group-conversion-opinion", "党小组意见（预备党员转正）", null,
          List.of(of("会议日期", "partyGroupOpinionDate"), optional("党小组", "partyGroup"),
              of("党小组意见", "partyGroupOpinion")), NONE),
      new RecordDefinition("membership.branch-committee-conversion-review", BODY + "审查意见（预备党员转正）", null,
          List.of(of("审查日期", "conversionReviewDate"), optional("出席人员", "decisionAttendance"),
              of("审查意见", "conversionReviewOpinion"), coded("提请支部大会讨论", "conversionReviewProposal", CONVERSION)),
          BRANCH_DECISION),
      new RecordDefinition("membership.conversion-resolution", "支部大会决议（预备党员转正）", null,
          List.of(of("会议日期", "conversionMeetingDate"), coded("表决事项", "conversionProposal", CONVERSION),
              optional("延长月数", "proposedExtensionMonths"), optional("理由", "conversionProposalReason")), CONVERSION_VOTE),
      new RecordDefinition("membership.conversion-approval", "上级党委审批意见（预备党员转正）", null,
          List.of(of("会议日期", "conversionApprovalDate"), optional("支部大会决议", "conversionResolution"),
              coded("结论", "conversionApprovalDecision", Map.of("approve", "批准支部大会的决议", "notApproved",
                  "不批准，退回党支部重新讨论")), of("审批意见", "conversionApprovalReason"),
              optional("党龄起算日期", "conversionDate")), CONVERSION_COMMITTEE_VOTE),
      new RecordDefinition("membership.withdrawal", "撤回入党申请记录", "{applicantName}同志书面撤回入党申请，本案终止。",
          List.of(of("撤回日期", "withdrawalDate"), of("撤回原因", "withdrawalReason")), NONE),
      new RecordDefinition("membership.branch-transfer", "组织关系转接记录", null,
          List.of(of("原党支部", "previousBranchName"), of("转入党支部", "branchName"), of("转接原因", "transferReason")), NONE),
      new RecordDefinition("membership.transfer-review", "转入材料接收审查记录", null,
          List.of(of("原党支部", "previousBranchName"), of("转入党支部", "branchName"), of("接收日期", "transferReceivedDate"),
              of("接收审查意见", "transferReviewOpinion")), NONE));

  private static final Map<String, String> TITLES = new LinkedHashMap<>();

  static {
    DEFINITIONS.forEach(d -> TITLES.put(d.type(), DeclarativeRecordTemplate.defaultTitle(d.title())));
    TITLES.put(MembershipDossierIndex.TYPE, MembershipDossierIndex.TITLE);
  }

  /** The title of a record type. */
  public static String titleOf(String type) {
    return TITLES.getOrDefault(type, type);
  }

  /** Every record type of member development: the definitions and the dossier index. */
  public static List<String> recordTypes() {
    return Stream.concat(DEFINITIONS.stream().map(RecordDefinition::type), Stream.of(MembershipDossierIndex.TYPE)).toList();
  }

  @Bean(MembershipDossierIndex.TYPE)
  static DossierIndexTemplate membershipDossierIndex(OrganisationModel organisations, RulePacks rules,
      RecordStore store) {
    return new DossierIndexTemplate(new MembershipDossierIndex(organisations, rules), store);
  }

  /** One {@link DeclarativeRecordTemplate} bean per definition, named after its record type. */
  @Bean
  static BeanDefinitionRegistryPostProcessor membershipRecordTemplateBeans() {
    return RecordTemplateBeans.of(DEFINITIONS, MembershipCaseHeader.BEAN);
  }

  /** A template built outside Spring (unit tests). */
  public static DeclarativeRecordTemplate template(String type, OrganisationModel organisations, RulePacks rules) {
    RecordDefinition d = DEFINITIONS.stream().filter(x -> x.type().equals(type)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(type));
    return new DeclarativeRecordTemplate(d, new MembershipCaseHeader(organisations, rules));
  }

  /** The dossier index built outside Spring (unit tests). */
  public static DossierIndexTemplate dossierIndex(OrganisationModel organisations, RulePacks rules, RecordStore store) {
    return membershipDossierIndex(organisations, rules, store);
  }
}
