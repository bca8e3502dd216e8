package cn.dangjian.workflow.accountability;

import static cn.dangjian.workflow.accountability.AccountabilityFamilies.ACCOUNTABILITY;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The top of the ladder: when the competent body decides to start 问责 on an item's proposal, a 问责 case
 * ({@code accountabilityCase}) is opened on the item's facts — the owner organisation as subject, the assigning
 * organisation as competent body — and the two cases name each other ({@code sourceCaseNumber},
 * {@code accountabilityCaseNumber}).
 */
@Component("responsibilityEscalation")
public class ResponsibilityEscalation {

  private final RuntimeService runtime;

  public ResponsibilityEscalation(@Lazy RuntimeService runtime) {
    this.runtime = runtime;
  }

  public void startAccountabilityCase(DelegateExecution execution) {
    Map<String, Object> facts = new HashMap<>();
    facts.put("subjectType", "organisation");
    facts.put("subjectOrganisationCode", execution.getVariable("ownerOrganisationCode"));
    facts.put("competentOrganisationCode", execution.getVariable("assigningOrganisationCode"));
    facts.put("sourceCaseNumber", execution.getProcessBusinessKey());
    facts.put("grounds", grounds(execution));
    ProcessInstance started = runtime.startProcessInstanceByKey(ACCOUNTABILITY.processKey(), facts);
    execution.setVariable("accountabilityCaseNumber", started.getBusinessKey());
  }

  private static String grounds(DelegateExecution execution) {
    return String.format("责任清单事项“%s”（%s）交由%s办理，完成期限 %s，经提醒、督办、约谈、通报仍未完成。问责建议：%s。决定理由：%s",
        execution.getVariable("itemTitle"), execution.getProcessBusinessKey(),
        execution.getVariable("ownerOrganisationName"), execution.getVariable("deadline"),
        execution.getVariable("proposalText"), execution.getVariable("proposalDecisionReason"));
  }
}
