package cn.dangjian.workflow.accountability;

import static cn.dangjian.workflow.accountability.AccountabilityFamilies.ACCOUNTABILITY;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The top of the ladder: when the competent body decides to start 问责 on an item's proposal, a 问责 case
 * ({@code accountabilityCase}) is opened on the item's facts — the owner organisation as subject, the 党委 that
 * decided on the proposal ({@code competentOrganisationCode}: the assigning organisation, or the nearest 党委 above
 * it) as competent body — and the two cases name each other ({@code sourceCaseNumber},
 * {@code accountabilityCaseNumber}).
 */
@Component("responsibilityEscalation")
public class ResponsibilityEscalation {

  private final RuntimeService runtime;

  public ResponsibilityEscalation(@Lazy RuntimeService runtime) {
    this.runtime = runtime;
  }

  public void startAccountabilityCase(DelegateExecution execution) {
    ProcessInstance started = runtime.startProcessInstanceByKey(ACCOUNTABILITY.processKey(),
        facts(execution, execution.getProcessBusinessKey()));
    execution.setVariable("accountabilityCaseNumber", started.getBusinessKey());
  }

  /** The start variables of the linked 问责 case: the item's facts (the decision's guard checks them first). */
  static Map<String, Object> facts(VariableScope item, String itemNumber) {
    Object competent = item.getVariable("competentOrganisationCode");
    Map<String, Object> facts = new HashMap<>();
    facts.put("subjectType", "organisation");
    facts.put("subjectOrganisationCode", item.getVariable("ownerOrganisationCode"));
    // Items opened before the competent body was recorded: the assigning organisation.
    facts.put("competentOrganisationCode", competent != null ? competent : item.getVariable("assigningOrganisationCode"));
    facts.put("sourceCaseNumber", itemNumber);
    facts.put("grounds", grounds(item, itemNumber));
    return facts;
  }

  private static String grounds(VariableScope item, String itemNumber) {
    return String.format("责任清单事项“%s”（%s）交由%s办理，完成期限 %s，经提醒、督办、约谈、通报仍未完成。问责建议：%s。决定理由：%s",
        item.getVariable("itemTitle"), itemNumber, item.getVariable("ownerOrganisationName"),
        item.getVariable("deadline"), item.getVariable("proposalText"), item.getVariable("proposalDecisionReason"));
  }
}
