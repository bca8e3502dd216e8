package cn.dangjian.workflow.accountability;

import static cn.dangjian.workflow.records.RecordDefinition.Item.coded;
import static cn.dangjian.workflow.records.RecordDefinition.Item.of;
import static cn.dangjian.workflow.records.RecordDefinition.Item.optional;

import cn.dangjian.workflow.casework.CaseDossierIndex;
import cn.dangjian.workflow.casework.CaseRecordHeader;
import cn.dangjian.workflow.casework.CaseRecordHeader.HeaderField;
import cn.dangjian.workflow.identity.OrganisationModel;
import cn.dangjian.workflow.records.DossierIndexTemplate;
import cn.dangjian.workflow.records.RecordContent.Paragraph;
import cn.dangjian.workflow.records.RecordDefinition;
import cn.dangjian.workflow.records.RecordStore;
import cn.dangjian.workflow.records.RecordTemplateBeans;
import cn.dangjian.workflow.rules.RulePacks;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The records of a responsibility item (交办单, 验收意见, the letters of each escalation rung, 问责建议书 and the
 * decision on it), declared as data under the platform's case header, and the item's dossier index.
 */
@Configuration(proxyBeanMethods = false)
public class ResponsibilityItemRecords {

  static final String HEADER = "responsibilityCaseHeader";
  static final String INDEX = "responsibility.dossier-index";

  private static final List<HeaderField> HEADER_FIELDS = List.of(new HeaderField("责任事项", "itemTitle"),
      new HeaderField("责任单位", "ownerOrganisationName"), new HeaderField("责任领导", "responsibleLeaderName"),
      new HeaderField("领导责任", "leadershipTierLabel"), new HeaderField("完成期限", "deadline"));

  private static final String OVERDUE = "{ownerOrganisationName}：你单位承担的责任事项“{itemTitle}”完成期限为 {deadline}，"
      + "现已逾期仍未完成。";

  public static final List<RecordDefinition> DEFINITIONS = List.of(
      new RecordDefinition("responsibility.assignment", "责任事项交办单",
          "现将责任清单事项“{itemTitle}”交由{ownerOrganisationName}办理，请于 {deadline} 前完成并报告。",
          List.of(of("交办组织", "assigningOrganisationName"), optional("工作要求", "itemDescription"),
              of("须提交佐证材料", "evidenceRequiredLabel"), of("交办日期", "assignedOn"))),
      new RecordDefinition("responsibility.completion", "责任事项完成情况验收意见", null,
          List.of(of("完成日期", "completionDate"), of("完成情况", "evidenceSummary"),
              optional("佐证材料", "evidenceAttachmentNames"), of("验收日期", "reviewDate"), of("验收意见", "reviewOpinion"))),
      new RecordDefinition("responsibility.overdue-reminder", "提醒函", OVERDUE + "请抓紧办理。",
          List.of(of("提醒日期", "reminderDate"), of("提醒意见", "reminderNote"))),
      new RecordDefinition("responsibility.supervision-letter", "督办函", OVERDUE + "经提醒仍未完成，现予专函督办。",
          List.of(of("督办日期", "supervisionDate"), of("督办要求", "supervisionNote"))),
      new RecordDefinition("responsibility.admonition-talk", "约谈记录", OVERDUE + "经督办仍未完成，约谈责任领导。",
          List.of(of("约谈日期", "talkDate"), of("约谈人", "talker"), of("被约谈人", "responsibleLeaderName"),
              of("约谈记录", "talkMinutes"))),
      new RecordDefinition("responsibility.circulation", "通报", OVERDUE + "经约谈仍未完成，现予通报。",
          List.of(of("通报日期", "circulationDate"), of("通报范围", "circulationScope"), of("通报内容", "circulationText"))),
      new RecordDefinition("responsibility.accountability-proposal", "问责建议书", OVERDUE + "经通报仍未完成，建议启动问责。",
          List.of(of("建议日期", "proposalDate"), of("问责建议", "proposalText"))),
      new RecordDefinition("responsibility.proposal-decision", "关于是否启动问责的决定", null,
          List.of(of("决定日期", "proposalDecisionDate"),
              coded("决定", "proposalDecision", Map.of("start", "启动问责", "decline", "不启动问责")),
              of("理由", "proposalDecisionReason"), optional("问责案件编号", "accountabilityCaseNumber"))));

  @Bean(HEADER)
  static CaseRecordHeader responsibilityCaseHeader(OrganisationModel organisations, RulePacks rules) {
    return new CaseRecordHeader(organisations, rules, HEADER_FIELDS);
  }

  @Bean(INDEX)
  static DossierIndexTemplate responsibilityDossierIndex(OrganisationModel organisations, RulePacks rules,
      RecordStore store) {
    return new DossierIndexTemplate(new CaseDossierIndex(INDEX, "责任清单事项归档目录",
        responsibilityCaseHeader(organisations, rules),
        source -> List.of(new Paragraph("结案情况：事项于 " + source.stringOr("completionDate", "—") + " 完成，"
            + source.stringOr("reviewDate", "—") + " 经交办组织验收通过。"))), store);
  }

  @Bean
  static BeanDefinitionRegistryPostProcessor responsibilityRecordTemplateBeans() {
    return RecordTemplateBeans.of(DEFINITIONS, HEADER);
  }
}
