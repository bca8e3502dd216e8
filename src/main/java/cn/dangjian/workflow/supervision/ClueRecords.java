package cn.dangjian.workflow.supervision;

import static cn.dangjian.workflow.records.RecordDefinition.Item.coded;
import static cn.dangjian.workflow.records.RecordDefinition.Item.of;
import static cn.dangjian.workflow.records.RecordDefinition.Item.optional;

import cn.dangjian.workflow.casework.VoteTallySection;
import cn.dangjian.workflow.records.DossierIndexTemplate;
import cn.dangjian.workflow.records.RecordDefinition;
import cn.dangjian.workflow.records.RecordStore;
import cn.dangjian.workflow.records.RecordTemplateBeans;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The records of clue handling, as data under the {@link SupervisionCaseHeader} (issued by the receiving organisation
 * until the 纪委 registers the clue, by the 纪委 from then on): 受理登记表, 不予受理转递告知, 重复举报登记, 报送函, 直接报送记录,
 * 问题线索登记表, 受理告知记录, 处置意见, 谈话函询情况报告, 初步核实情况报告, 办结记录, 处理结果反馈记录 and the dossier index. None
 * names the reporter.
 */
@Configuration(proxyBeanMethods = false)
public class ClueRecords {

  private static final Map<String, String> YES_NO = Map.of("true", "是", "false", "否");

  public static final List<RecordDefinition> DEFINITIONS = List.of(
      new RecordDefinition("clue.receipt", "问题线索受理登记表",
          "{receivingOrganisationName}于{receivedOn}收到反映{subjectName}问题的检举控告，登记如下。",
          List.of(of("反映的主要内容", "content"))),
      new RecordDefinition("clue.redirect", "不予受理转递告知", "所反映事项不由本级受理，登记在案，转递有关机关处理。",
          List.of(of("转递机关", "redirectTo"), of("理由", "redirectReason"))),
      new RecordDefinition("clue.repeat", "重复举报登记",
          "所反映问题与首次举报相同，登记存档并关联首次举报的案件，不再告知受理情况。",
          List.of(of("首次举报的案件编号", "repeatOf"))),
      new RecordDefinition("clue.referral", "问题线索报送函",
          "{receivingOrganisationName}收到的反映{subjectName}问题的线索属于{commissionName}管辖，原件密封报送，未复制、摘抄。",
          List.of(of("报送日期", "forwardDate"), coded("报送方式", "forwardMethod", ClueGuards.FORWARD_METHODS),
              of("报送机关", "commissionName"))),
      new RecordDefinition("clue.direct-referral", "问题线索直接报送记录",
          "所反映的是{receivingOrganisationName}主要负责人的问题，按规定不经本组织办理，由系统直接报送{commissionName}。",
          List.of(of("报送机关", "commissionName"))),
      new RecordDefinition("clue.registration", "问题线索登记表", "{commissionName}将本线索登记入线索台账。",
          List.of(of("线索编号", "clueNumber"), of("登记日期", "registrationDate"),
              coded("反映问题是否具体", "specificity", ClueGuards.SPECIFICITY),
              coded("是否可查", "verifiability", ClueGuards.VERIFIABILITY),
              coded("问题性质", "severity", ClueGuards.SEVERITY),
              coded("目前是否具备核查条件", "conditions", ClueGuards.CONDITIONS), optional("登记说明", "registrationNote"))),
      new RecordDefinition("clue.acceptance-notice", "受理告知记录", "已告知实名举报人受理情况。",
          List.of(of("告知日期", "noticeDate"), coded("告知方式", "noticeMethod", MassIssueGuards.NOTICE_METHODS),
              optional("告知内容", "noticeNote"))),
      new RecordDefinition("clue.disposal", "问题线索处置意见",
          "经{commissionName}集体研究，对线索{clueNumber}提出如下处置意见。",
          List.of(of("研究日期", "studyDate"), optional("决策表建议", "suggestedDisposalName"),
              coded("处置方式", "disposal", ClueGuards.DISPOSALS), of("处置理由", "disposalReason"),
              optional("不采纳建议的理由", "deviationReason")),
          List.of(new VoteTallySection("study", "集体研究表决结果", "collectiveStudy"))),
      new RecordDefinition("clue.talk-report", "谈话函询情况报告和处置意见", null,
          List.of(of("审批日期", "talkApprovalDate"), of("审批意见", "talkApprovalOpinion"),
              coded("方式", "talkMethod", ClueGuards.TALK_METHODS), of("谈话或发函日期", "talkDate"),
              of("谈话记录或函询内容", "talkRecord"), of("收到书面说明日期", "replyDate"), of("书面说明的主要内容", "replySummary"),
              of("签署意见的党组织主要负责人", "countersignedBy"), of("签署的意见", "countersignOpinion"),
              of("报告日期", "talkReportDate"), coded("处置意见", "talkOutcome", ClueGuards.TALK_OUTCOMES),
              new RecordDefinition.Item("处理方式", "admonishment", false, ClueGuards.ADMONISHMENTS), of("情况报告", "talkReportText"))),
      new RecordDefinition("clue.verification-report", "初步核实情况报告", null,
          List.of(of("方案日期", "verificationPlanDate"), of("工作方案", "verificationPlan"),
              of("核查组", "verificationGroupNames"), of("审批日期", "verificationApprovalDate"),
              of("审批意见", "verificationApprovalOpinion"), of("报告日期", "verificationReportDate"),
              of("核实情况", "verificationFindings"),
              coded("处置建议", "verificationOutcome", ClueGuards.VERIFICATION_OUTCOMES),
              of("签名的核查组成员", "verificationSignatories"))),
      new RecordDefinition("clue.investigation-report", "审查调查报告", "经批准对{subjectName}立案审查调查，报告如下。",
          List.of(of("批准立案日期", "filingApprovalDate"), of("专题会议研究意见", "filingApprovalOpinion"),
              of("审查调查组", "verificationGroupNames"), of("审查调查期限", "investigationDueDate"),
              optional("延期审批意见", "extensionOpinion"), of("报告日期", "investigationReportDate"),
              of("审查调查认定的事实", "investigationFindings"), of("签名的审查调查组成员", "investigationSignatories"))),
      new RecordDefinition("clue.review-report", "审理报告", "审理与审查调查分离，由未参与本案审查调查的人员审理。",
          List.of(of("审理受理日期", "reviewAcceptedOn"), of("与被审查调查人谈话日期", "subjectInterviewDate"),
              of("审理日期", "reviewDate"), of("审理意见", "reviewOpinion"),
              coded("建议的处理", "proposedMeasure", ClueInvestigation.MEASURES))),
      new RecordDefinition("clue.decision", "处理决定", "经{commissionName}集体审议，对{subjectName}作出如下决定。",
          List.of(of("决定日期", "decisionDate"), coded("处理决定", "measure", ClueInvestigation.MEASURES),
              optional("四种形态", "measureCategories"), optional("影响期", "restrictionSummary"),
              of("决定理由", "decisionReason"), coded("同时启动问责", "startAccountability", YES_NO),
              optional("问责案件编号", "accountabilityCaseNumber")),
          List.of(new VoteTallySection("decision", "集体审议表决结果", "reviewPeriod"))),
      new RecordDefinition("clue.rectification", "整改和回访记录", "处理决定已宣布，整改情况经纪委审核到位，并已回访。",
          List.of(of("宣布日期", "announceDate"), of("宣布和通知的对象", "announcedTo"),
              of("整改报告轮次", "rectificationRounds"), of("最后一次整改情况", "rectificationReport"),
              of("整改审核意见", "rectificationReviewOpinion"), of("回访日期", "returnVisitDate"),
              of("回访情况", "returnVisitNote"))),
      new RecordDefinition("clue.conclusion", "问题线索办结记录", "线索{clueNumber}经{commissionName}办理完毕。",
          List.of(of("办结日期", "closedOn"), coded("办理结果", "caseOutcome", ClueGuards.OUTCOMES),
              optional("向报送组织反馈的处理结果", "referralFeedback"))),
      new RecordDefinition("clue.feedback", "处理结果反馈记录", "已向实名举报人反馈处理结果。",
          List.of(of("反馈日期", "feedbackDate"), coded("反馈方式", "feedbackMethod", MassIssueGuards.NOTICE_METHODS),
              coded("举报人有异议", "objectionRaised", YES_NO), optional("异议内容", "objection"),
              optional("答复日期", "objectionAnswerDate"), optional("答复内容", "objectionAnswer"))));

  /** Every record type of clue handling: the definitions and the dossier index. */
  public static List<String> recordTypes() {
    return Stream.concat(DEFINITIONS.stream().map(RecordDefinition::type), Stream.of(SupervisionDossierIndex.CLUE)).toList();
  }

  @Bean(SupervisionDossierIndex.CLUE)
  static DossierIndexTemplate clueDossierIndex(SupervisionCaseHeader header, RecordStore store) {
    return new DossierIndexTemplate(new SupervisionDossierIndex(SupervisionDossierIndex.CLUE, "问题线索案卷归档目录", "举报人",
        header,
        source -> "办理结果：" + ClueGuards.OUTCOMES.getOrDefault(source.stringOr("caseOutcome", ""), "—") + "，线索编号 "
            + source.stringOr("clueNumber", "—") + "，办结日期 " + source.stringOr("closedOn", "—")), store);
  }

  @Bean
  static BeanDefinitionRegistryPostProcessor clueRecordBeans() {
    return RecordTemplateBeans.of(DEFINITIONS, SupervisionCaseHeader.BEAN);
  }
}
