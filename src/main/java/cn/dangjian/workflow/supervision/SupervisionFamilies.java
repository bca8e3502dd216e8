package cn.dangjian.workflow.supervision;

import cn.dangjian.workflow.casework.CaseFamily;
import cn.dangjian.workflow.casework.CaseStages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The two case families of supervision on the case platform: the mass-issue register (群众台账, numbers
 * {@code QZ-C1-B1-2026-0001}, per receiving organisation and year) and problem clues (问题线索, {@code XS-…}).
 */
@Configuration(proxyBeanMethods = false)
public class SupervisionFamilies {

  /** 群众台账 — a request or complaint of the masses, registered and handled by the receiving organisation. */
  public static final CaseFamily MASS_ISSUE = new CaseFamily("massissue", "QZ", "群众台账", "massIssue");

  /** 问题线索 — a problem clue about a Party member or cadre, disposed of only by the 纪委. */
  public static final CaseFamily CLUE = new CaseFamily("clue", "XS", "问题线索", "clueHandling");

  @Bean
  CaseFamily massIssueFamily() {
    return MASS_ISSUE;
  }

  @Bean
  CaseFamily clueFamily() {
    return CLUE;
  }

  /** The stages of a mass issue: 受理, 承办, 逾期督办, 反馈. */
  @Bean
  CaseStages massIssueStages() {
    Map<String, List<String>> stages = new LinkedHashMap<>();
    stages.put("受理", List.of("Task_NotifyAcceptance"));
    stages.put("承办", List.of("Task_AssignHandler", "Task_HandleIssue", "Task_ReviewResult"));
    stages.put("逾期督办", List.of("Task_RemindHandler", "Task_SuperviseOverdue"));
    stages.put("反馈", List.of("Task_FeedbackResult", "Task_AnswerObjection"));
    return new CaseStages(MASS_ISSUE.processKey(), stages);
  }

  /** The stages of a problem clue: 受理移送, 登记处置, 谈话函询, 初步核实, 审查调查, 审理决定, 整改回访, 反馈. */
  @Bean
  CaseStages clueStages() {
    Map<String, List<String>> stages = new LinkedHashMap<>();
    stages.put("受理移送", List.of("Task_ForwardUpward", "Task_NotifyAcceptance"));
    stages.put("登记处置", List.of("Task_RegisterClue", "Task_CollectiveStudy"));
    stages.put("谈话函询", List.of("Task_ApproveTalk", "Task_ConductTalk", "Task_ReceiveReply", "Task_TalkReport"));
    stages.put("初步核实", List.of("Task_PlanVerification", "Task_ApproveVerification", "Task_VerificationReport"));
    stages.put("审查调查", List.of("Task_ApproveFiling", "Task_Investigate", "Task_RequestExtension",
        "Task_ApproveExtension", "Task_InvestigationReport"));
    stages.put("审理决定", List.of("Task_Review", "Task_Decide", "Task_Announce"));
    stages.put("整改回访", List.of("Task_ReportRectification", "Task_ReviewRectification", "Task_ReturnVisit"));
    stages.put("反馈", List.of("Task_FeedbackResult", "Task_AnswerObjection"));
    return new CaseStages(CLUE.processKey(), stages);
  }
}
