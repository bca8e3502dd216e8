package cn.dangjian.workflow.membership;

import cn.dangjian.workflow.casework.CaseTransfer;
import cn.dangjian.workflow.casework.FieldValues;
import cn.dangjian.workflow.identity.Organisation;
import cn.dangjian.workflow.identity.OrganisationModel;
import cn.dangjian.workflow.identity.OrganisationType;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Transfer of the case to another branch (message {@code BranchTransfer} with {@code targetBranchCode} and
 * {@code transferReason}): changes {@code branchCode} and moves the case on the platform ({@link CaseTransfer}: the new branch sees
 * it, open tasks of the old branch go to the same roles of the new one, the old branch loses its rights to act);
 * the new branch then receives and reviews the file ({@link #review}). Timers are untouched: time keeps counting.
 * A case with an outcome or a closed dossier is not transferred (400 before anything changes).
 */
@Component("branchTransfer")
public class BranchTransfer implements JavaDelegate {

  private final OrganisationModel organisations;
  private final CaseTransfer transfer;

  public BranchTransfer(OrganisationModel organisations, CaseTransfer transfer) {
    this.organisations = organisations;
    this.transfer = transfer;
  }

  @Override
  public void execute(DelegateExecution execution) {
    transfer.requireOpen(execution, "targetBranchCode");
    String from = (String) execution.getVariable("branchCode");
    String to = FieldValues.text(execution, "targetBranchCode", "转入党支部");
    FieldValues.text(execution, "transferReason", "转接原因");
    Organisation target = organisations.organisation(to).orElseThrow(() -> new MembershipValidationException(
        "targetBranchCode", "转入党支部（targetBranchCode）" + to + " 不是已知的组织代码"));
    if (target.type() != OrganisationType.BRANCH) {
      throw new MembershipValidationException("targetBranchCode", "转入党支部（targetBranchCode）" + to + " 不是党支部");
    }
    if (to.equals(from)) {
      throw new MembershipValidationException("targetBranchCode", "转入党支部（targetBranchCode）与现所在党支部相同");
    }
    execution.setVariable("previousBranchCode", from);
    execution.setVariable("previousBranchName", organisations.require(from).name());
    execution.setVariable("branchCode", to);
    execution.setVariable("branchName", target.name());
    transfer.transfer(execution, to);
  }

  /** 接收审查: the new branch receives the file and reviews it (complete listener of Task_ReviewTransferredFile). */
  public void review(DelegateTask task) {
    FieldValues.pastDate(task, "transferReceivedDate", "接收日期");
    FieldValues.text(task, "transferReviewOpinion", "接收审查意见");
  }

}
