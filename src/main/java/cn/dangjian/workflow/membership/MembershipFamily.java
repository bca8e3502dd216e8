package cn.dangjian.workflow.membership;

import cn.dangjian.workflow.casework.CaseFamily;
import cn.dangjian.workflow.casework.CaseStages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Member development (党员发展) as a family of the case platform: numbers {@code DY-C1-B1-2026-0001}. */
@Configuration(proxyBeanMethods = false)
public class MembershipFamily {

  public static final CaseFamily FAMILY = new CaseFamily("membership", "DY", "党员发展", "memberDevelopment");

  @Bean
  CaseFamily memberDevelopmentFamily() {
    return FAMILY;
  }

  /** The stages of 《中国共产党发展党员工作细则》 (chapters 2 to 6), then the dossier's archiving. */
  @Bean
  CaseStages memberDevelopmentStages() {
    Map<String, List<String>> stages = new LinkedHashMap<>();
    stages.put("入党申请", List.of("Task_TalkWithApplicant", "Task_SuperviseOverdueTalk"));
    stages.put("入党积极分子的确定和培养教育", List.of("Task_DesignateActivist", "Task_FileActivist",
        "Task_AssignContactPersons", "Task_TrainActivist", "Task_AssessActivist"));
    stages.put("发展对象的确定和考察", List.of("Task_DesignateDevelopmentTarget", "Task_FileDevelopmentTarget",
        "Task_AssignSponsors", "Task_PoliticalReview", "Task_ShortTraining", "Task_ContinueTraining"));
    stages.put("预备党员的接收", List.of("Task_BranchCommitteeReview", "Task_CommitteePreReview",
        "Task_FillAdmissionForm", "Task_BranchMeetingVote", "Task_CommitteeTalk", "Task_CommitteeApproval",
        "Task_ExtendApproval", "Task_SuperviseOverdueApproval", "Task_FileAdmission"));
    stages.put("预备党员的教育、考察和转正", List.of("Task_AssignToBranchAndGroup", "Task_TakeOath",
        "Task_ApplyForConversion", "Task_PartyGroupConversionOpinion", "Task_BranchCommitteeConversionReview",
        "Task_ConversionVote", "Task_ConversionApproval", "Task_SuperviseOverdueConversion"));
    stages.put("转接党支部", List.of("Task_ReviewTransferredFile"));
    stages.put("材料归档", List.of("Task_ArchiveDossier"));
    return new CaseStages(FAMILY.processKey(), stages);
  }
}
