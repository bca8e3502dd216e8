package cn.dangjian.workflow.casework;

import cn.dangjian.workflow.engine.EngineContext;
import cn.dangjian.workflow.engine.TaskRouting;
import cn.dangjian.workflow.records.DossierService;
import cn.dangjian.workflow.records.StoredRecord;
import cn.dangjian.workflow.web.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Moves a case to another organisation (转接): the new organisation and those above it may see it, and every open
 * task is routed again as its BPMN says for the new organisation ({@link TaskRouting}), so the organisation model
 * decides anew (a task for a 支委会 goes to the whole branch where the new branch has none); the old organisation
 * loses its rights to act (its grants on the open tasks and the running instance, and a task one of its officers had
 * claimed is unassigned back to the new candidate groups; the case's history stays readable to it). The caller sets the
 * variables routing reads first (e.g. {@code branchCode}). Timers are untouched: time keeps counting. A case whose
 * outcome is reached or whose dossier is closed (归档目录 written) is not transferred: nothing may join its dossier.
 */
@Component
public class CaseTransfer {

  private final CaseAccess caseAccess;
  private final DossierService dossiers;

  public CaseTransfer(CaseAccess caseAccess, DossierService dossiers) {
    this.caseAccess = caseAccess;
    this.dossiers = dossiers;
  }

  /**
   * Refuses a transfer of a concluded case, before anything changes: its transfer record could not join the closed
   * dossier (an incident), and the new organisation would receive a case with nothing left to do.
   *
   * @param field the field of the target organisation in the family's request, named in the refusal
   */
  public void requireOpen(DelegateExecution execution, String field) {
    String caseNumber = execution.getProcessBusinessKey();
    if (CaseOutcome.reached(execution)) {
      throw new InvalidInputException(field, "案件 " + caseNumber + " 已作出结论（"
          + execution.getVariable(CaseOutcome.VARIABLE) + "），不能再转接到其他组织：案卷按原组织的结论归档");
    }
    if (dossiers.isClosed(StoredRecord.dossierKeyOf(caseNumber, execution.getProcessInstanceId()))) {
      throw new InvalidInputException(field, "案件 " + caseNumber + " 的案卷已归档（已生成归档目录），不能再转接到其他组织");
    }
  }

  public void transfer(DelegateExecution execution, String to) {
    requireOpen(execution, "organisationCode");
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
