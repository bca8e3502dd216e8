package cn.dangjian.workflow.accountability;

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
 * The records of a 问责 case, as data under the {@link AccountabilityCaseHeader}: 启动审批, 事实材料及陈述申辩, 调查报告
 * with the tally of its collective discussion, 问责决定书 with each measure's 四种形态 category, 送达回执, 执行情况,
 * 申诉及复查决定, 影响期届满, and the dossier index ({@code accountability.dossier-index}).
 */
@Configuration(proxyBeanMethods = false)
public class AccountabilityCaseRecords {

  private static final Map<String, String> YES_NO = Map.of("true", "是", "false", "否");

  public static final List<RecordDefinition> DEFINITIONS = List.of(
      new RecordDefinition("accountability.start-approval", "启动问责调查审批表",
          "{competentOrganisationName}拟对{subjectName}启动问责调查，报请审批。",
          List.of(of("问责事由", "grounds"), of("审批日期", "startApprovalDate"),
              coded("审批结论", "startDecision", AccountabilityCaseGuards.START_DECISIONS), of("审批意见", "startApprovalOpinion"),
              optional("调查组成员", "investigatorNames"), optional("调查组组长", "investigationLeaderName"))),
      new RecordDefinition(AccountabilityDecisionGuard.FACTS_RECORD, "事实材料及被调查对象陈述申辩", null,
          List.of(of("查明的事实", "factsFound"), coded("失职失责情形", "executionFault", AccountabilityCaseGuards.FAULTS),
              of("与被调查对象见面日期", "factsShownDate"), of("陈述和申辩意见", "statement"), of("陈述日期", "statementDate"),
              coded("签字", "signature", AccountabilityCaseGuards.SIGNATURES), optional("拒绝签字情况", "refusalNote"),
              optional("在场人员", "refusalWitnesses"), optional("记录日期", "refusalDate"))),
      new RecordDefinition("accountability.investigation-report", "问责调查报告", null,
          List.of(of("报告日期", "reportDate"), of("调查组组长", "investigationLeaderName"), of("调查报告", "reportSummary"),
              coded("情节", "severity", AccountabilityCaseGuards.SEVERITIES),
              coded("后果", "consequence", AccountabilityCaseGuards.CONSEQUENCES), coded("多次发生", "repeated", YES_NO),
              coded("有从轻情节", "mitigating", YES_NO), coded("有从重情节", "aggravating", YES_NO),
              optional("从轻或从重情节", "circumstances"), of("集体讨论日期", "discussionDate"),
              of("讨论情况", "discussionMinutes"), of("表决结论", "reportTallyResult")),
          List.of(new VoteTallySection("report", "集体讨论表决结果", "reportDiscussion"))),
      new RecordDefinition("accountability.decision", "问责决定书",
          "经{competentOrganisationName}集体研究，对{subjectName}作出如下决定。",
          List.of(of("决定日期", "decisionDate"), coded("决定", "decisionOutcome", AccountabilityDecisionGuard.OUTCOMES),
              of("问责方式", "decisionMeasures"), optional("四种形态", "measureCategories"),
              optional("留党察看期限（月）", "partyProbationMonths"),
              coded("从轻或从重", "leniency", AccountabilityDecisionGuard.LENIENCY), optional("从轻或从重的依据", "leniencyGrounds"),
              optional("不予或免予问责的依据", "outcomeGrounds"), of("决策参考建议", "suggestedMeasures"),
              optional("未采纳建议的理由", "deviationReason"), of("决定内容", "decisionText"),
              optional("影响期", "restrictionSummary"))),
      new RecordDefinition("accountability.delivery-receipt", "问责决定书送达回执",
          "{subjectName}已收到{competentOrganisationName}的问责决定书。对决定不服的，可以自收到之日起1个月内书面提出申诉；申诉期间不停止执行。",
          List.of(of("送达日期", "deliveryDate"), coded("送达方式", "deliveryMethod", AccountabilityCaseGuards.DELIVERY_METHODS),
              of("受送达人", "deliveryReceiver"), optional("宣布范围", "announcedTo"), of("申诉期限", "appealDeadline"))),
      new RecordDefinition("accountability.execution", "问责决定执行情况", null,
          List.of(of("执行日期", "executionDate"), of("执行情况", "executionNote"), optional("逾期原因", "executionLateReason"))),
      new RecordDefinition("accountability.appeal-review", "申诉及复查决定", null,
          List.of(of("申诉日期", "appealDate"), of("申诉理由", "appealGrounds"), of("复查决定日期", "reviewDate"),
              coded("复查结论", "reviewOutcome", AccountabilityCaseGuards.REVIEW_OUTCOMES), of("复查理由", "reviewReasoning"),
              optional("逾期原因", "reviewLateReason"))),
      new RecordDefinition("accountability.restriction-ended", "影响期届满通知",
          "{subjectName}受到的{restrictedMeasure}影响期已届满，相关限制自届满之日起解除。",
          List.of(of("处理措施", "restrictedMeasure"), of("影响期起", "restrictionFrom"), of("影响期止", "restrictionLastDay"),
              of("解除日期", "restrictionEndedDate"))));

  /** Every record type of a 问责 case: the definitions and the dossier index. */
  public static List<String> recordTypes() {
    return Stream.concat(DEFINITIONS.stream().map(RecordDefinition::type), Stream.of(AccountabilityDossierIndex.TYPE))
        .toList();
  }

  @Bean(AccountabilityDossierIndex.TYPE)
  static DossierIndexTemplate accountabilityDossierIndex(AccountabilityCaseHeader header, RecordStore store) {
    return new DossierIndexTemplate(new AccountabilityDossierIndex(header), store);
  }

  @Bean
  static BeanDefinitionRegistryPostProcessor accountabilityCaseRecordBeans() {
    return RecordTemplateBeans.of(DEFINITIONS, AccountabilityCaseHeader.BEAN);
  }
}
