package cn.dangjian.workflow.accountability;

import cn.dangjian.workflow.casework.CaseFamily;
import cn.dangjian.workflow.casework.CaseStages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The two case families of accountability on the case platform: responsibility items (责任清单事项, numbers
 * {@code ZR-C1-2026-0001}) and 问责 cases ({@code WZ-C1-2026-0001}), each with its process, rule packs and forms.
 */
@Configuration(proxyBeanMethods = false)
public class AccountabilityFamilies {

  /** 责任清单事项 — an item of a committee's responsibility list assigned to an organisation. */
  public static final CaseFamily RESPONSIBILITY =
      new CaseFamily("responsibility", "ZR", "责任清单事项", "responsibilityItem");

  /** 问责 — a case under 《中国共产党问责条例》. */
  public static final CaseFamily ACCOUNTABILITY = new CaseFamily("accountability", "WZ", "问责", "accountabilityCase");

  @Bean
  CaseFamily responsibilityItemFamily() {
    return RESPONSIBILITY;
  }

  @Bean
  CaseFamily accountabilityCaseFamily() {
    return ACCOUNTABILITY;
  }

  /** 办理, the escalation ladder when overdue (提醒 → 督办 → 约谈 → 通报 → 问责建议), 验收. */
  @Bean
  CaseStages responsibilityItemStages() {
    Map<String, List<String>> stages = new LinkedHashMap<>();
    stages.put("办理", List.of("Task_SubmitEvidence", "Task_AcknowledgeDeadlineReminder"));
    stages.put("逾期督办", List.of("Task_IssueOverdueReminder", "Task_IssueSupervisionLetter",
        "Task_HoldAdmonitionTalk", "Task_IssueCirculation", "Task_DraftAccountabilityProposal",
        "Task_DecideAccountabilityProposal"));
    stages.put("验收", List.of("Task_ReviewEvidence"));
    return new CaseStages(RESPONSIBILITY.processKey(), stages);
  }

  /** The stages of a 问责 case under 《中国共产党问责条例》: 启动, 调查, 审理决定, 送达执行, 申诉. */
  @Bean
  CaseStages accountabilityCaseStages() {
    Map<String, List<String>> stages = new LinkedHashMap<>();
    stages.put("启动", List.of("Task_ApproveStart"));
    stages.put("调查", List.of("Task_Investigate", "Task_StateCase", "Task_RecordRefusalToSign", "Task_WriteReport"));
    stages.put("审理决定", List.of("Task_DiscussReport", "Task_Decide"));
    stages.put("送达执行", List.of("Task_Deliver", "Task_Execute"));
    stages.put("申诉", List.of("Task_LodgeAppeal", "Task_ReviewAppeal"));
    return new CaseStages(ACCOUNTABILITY.processKey(), stages);
  }
}
