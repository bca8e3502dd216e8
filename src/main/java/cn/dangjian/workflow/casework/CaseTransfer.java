package cn.dangjian.workflow.casework;

import cn.dangjian.workflow.engine.EngineContext;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Moves a case to another organisation (转接): the new organisation and those above it may see it, and every open
 * task routed to a group of the old organisation ({@code C1-B1}, {@code C1-B1.secretary}, …) is routed to the same
 * group of the new one, as the organisation model names them. Timers are untouched: time keeps counting.
 */
@Component
public class CaseTransfer {

  private final CaseAccess caseAccess;
  private final TaskService tasks;

  public CaseTransfer(CaseAccess caseAccess, @Lazy TaskService tasks) {
    this.caseAccess = caseAccess;
    this.tasks = tasks;
  }

  public void transfer(DelegateExecution execution, String from, String to) {
    caseAccess.grant(execution, to);
    // Re-routing is the engine acting on the organisation's rules, not the caller's own permissions.
    EngineContext.withoutAuthorization(() -> {
      reroute(execution.getProcessInstanceId(), from, to);
      return null;
    });
    execution.setVariable("organisationCode", to);
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
