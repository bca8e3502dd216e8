package cn.dangjian.workflow.supervision;

import static cn.dangjian.workflow.records.RecordDefinition.Item.coded;
import static cn.dangjian.workflow.records.RecordDefinition.Item.of;
import static cn.dangjian.workflow.records.RecordDefinition.Item.optional;

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
 * The records of the mass-issue register, as data under the {@link SupervisionCaseHeader}: 登记表, 不予受理转递告知,
 * 重复反映登记, 受理告知记录, 逾期提醒函, 督办函, 办结记录, 处理结果反馈记录 and the dossier index. None names the reporter.
 */
@Configuration(proxyBeanMethods = false)
public class MassIssueRecords {

  private static final Map<String, String> YES_NO = Map.of("true", "是", "false", "否");

  public static final List<RecordDefinition> DEFINITIONS = List.of(
      new RecordDefinition("massissue.registration", "群众反映登记表",
          "{receivingOrganisationName}于{receivedOn}收到群众反映，登记如下。",
          List.of(of("反映的主要内容", "content"))),
      new RecordDefinition("massissue.redirect", "不予受理转递告知",
          "所反映事项不属于党组织受理范围，登记在案，转递有关机关处理。",
          List.of(of("转递机关", "redirectTo"), of("理由", "redirectReason"))),
      new RecordDefinition("massissue.repeat", "重复反映登记",
          "所反映事项与首次反映相同，登记存档并关联首次反映的案件，不再告知受理情况。",
          List.of(of("首次反映的案件编号", "repeatOf"))),
      new RecordDefinition("massissue.acceptance-notice", "受理告知记录", "已告知实名反映人受理情况。",
          List.of(of("告知日期", "noticeDate"), coded("告知方式", "noticeMethod", MassIssueGuards.NOTICE_METHODS),
              optional("告知内容", "noticeNote"))),
      new RecordDefinition("massissue.overdue-reminder", "逾期提醒函",
          "{responsiblePersonName}承办的群众反映事项已超过办理期限{handlingDueDate}，请抓紧办结。",
          List.of(of("提醒日期", "reminderDate"), of("提醒意见", "reminderNote"))),
      new RecordDefinition("massissue.overdue-supervision", "督办函",
          "{receivingOrganisationName}承办的群众反映事项已超过办理期限{handlingDueDate}，经提醒仍未办结，予以督办。",
          List.of(of("督办日期", "supervisionDate"), of("督办意见", "supervisionNote"))),
      new RecordDefinition("massissue.result", "群众台账办结记录", null,
          List.of(of("承办人", "responsiblePersonName"), of("办理期限", "handlingDueDate"), of("办结日期", "handlingDate"),
              coded("办理结果", "handlingOutcome", MassIssueGuards.OUTCOMES), of("办理情况", "handlingReport"),
              of("审核日期", "reviewDate"), of("审核意见", "reviewOpinion"))),
      new RecordDefinition("massissue.feedback", "处理结果反馈记录", "已向实名反映人反馈处理结果。",
          List.of(of("反馈日期", "feedbackDate"), coded("反馈方式", "feedbackMethod", MassIssueGuards.NOTICE_METHODS),
              coded("反映人有异议", "objectionRaised", YES_NO), optional("异议内容", "objection"),
              optional("答复日期", "objectionAnswerDate"), optional("答复内容", "objectionAnswer"))));

  /** Every record type of the register: the definitions and the dossier index. */
  public static List<String> recordTypes() {
    return Stream.concat(DEFINITIONS.stream().map(RecordDefinition::type), Stream.of(SupervisionDossierIndex.MASS_ISSUE))
        .toList();
  }

  @Bean(SupervisionDossierIndex.MASS_ISSUE)
  static DossierIndexTemplate massIssueDossierIndex(SupervisionCaseHeader header, RecordStore store) {
    return new DossierIndexTemplate(new SupervisionDossierIndex(SupervisionDossierIndex.MASS_ISSUE, "群众台账案卷归档目录",
        "反映人", header, source -> "办结情况：" + MassIssueGuards.OUTCOMES.getOrDefault(
            source.stringOr("handlingOutcome", ""), "—") + "，办结日期 " + source.stringOr("closedOn", "—")), store);
  }

  @Bean
  static BeanDefinitionRegistryPostProcessor massIssueRecordBeans() {
    return RecordTemplateBeans.of(DEFINITIONS, SupervisionCaseHeader.BEAN);
  }
}
