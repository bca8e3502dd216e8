package cn.dangjian.workflow.membership;

import cn.dangjian.workflow.identity.CaseAccess;
import cn.dangjian.workflow.identity.Organisation;
import cn.dangjian.workflow.identity.OrganisationModel;
import cn.dangjian.workflow.identity.OrganisationType;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Transfer of the case to another branch (message {@code BranchTransfer} with {@code targetBranchCode} and
 * {@code transferReason}): changes {@code branchCode}, lets the new branch see the case, and re-routes the
 * open tasks of the old branch to the same roles of the new one. Timers are untouched: time keeps counting.
 */
@Component("branchTransfer")
public class BranchTransfer implements JavaDelegate {

  private final OrganisationModel organisations;
  private final CaseAccess caseAccess;
  private final TaskService tasks;

  public BranchTransfer(OrganisationModel organisations, CaseAccess caseAccess, @Lazy TaskService tasks) {
    this.organisations = organisations;
    this.caseAccess = caseAccess;
    this.tasks = tasks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String from = (String) execution.getVariable("branchCode");
    String to = FormValues.text(execution, "targetBranchCode", "转入党支部");
    FormValues.text(execution, "transferReason", "转接原因");
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
    caseAccess.grant(execution, to);
    // Re-routing is the engine acting on the organisation's rules, not the caller's own permissions.
    Context.getCommandContext().runWithoutAuthorization(() -> {
      reroute(execution.getProcessInstanceId(), from, to);
      return null;
    });
  }

  private void reroute(String processInstanceId, String from, String to) {
    for (Task task : tasks.createTaskQuery().processInstanceId(processInstanceId).list()) {
      for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
        String group = link.getGroupId();
        if (group == null || !IdentityLinkType.CANDIDATE.equals(link.getType())) {
          continue;
        }
        String moved = group.equals(from) ? to : group.startsWith(from + ".") ? to + group.substring(from.length()) : null;
        if (moved != null) {
          tasks.deleteCandidateGroup(task.getId(), group);
          tasks.addCandidateGroup(task.getId(), moved);
        }
      }
    }
  }
}
