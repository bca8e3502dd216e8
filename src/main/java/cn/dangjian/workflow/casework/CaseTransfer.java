package cn.dangjian.workflow.casework;

import cn.dangjian.workflow.engine.EngineContext;
import cn.dangjian.workflow.engine.TaskRouting;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Moves a case to another organisation (转接): the new organisation and those above it may see it, and every open
 * task is routed again as its BPMN says for the new organisation ({@link TaskRouting}), so the organisation model
 * decides anew (a task for a 支委会 goes to the whole branch where the new branch has none); the old organisation
 * loses its rights to act (its grants on the open tasks and the running instance; the case's history stays readable
 * to it). The caller sets the
 * variables routing reads first (e.g. {@code branchCode}). Timers are untouched: time keeps counting.
 */
@Component
public class CaseTransfer {

  private final CaseAccess caseAccess;

  public CaseTransfer(CaseAccess caseAccess) {
    this.caseAccess = caseAccess;
  }

  public void transfer(DelegateExecution execution, String to) {
    Object from = execution.getVariable("organisationCode");
    execution.setVariable("organisationCode", to);
    caseAccess.grant(execution, to);
    if (from != null && !from.equals(to)) {
      caseAccess.withdraw(execution, from.toString(), to);
    }
    // Re-routing is the engine acting on the organisation's rules, not the caller's own permissions.
    EngineContext.withoutAuthorization(() -> {
      TaskRouting.reroute(execution.getProcessInstanceId());
      return null;
    });
  }

}
