package cn.dangjian.workflow.engine;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * Routes the open tasks of a case again, as their BPMN says, after the facts routing depends on changed (a case
 * transferred to another organisation): each task's candidate-group expressions are evaluated anew on its
 * execution, groups no longer named are removed and new ones added. A task already claimed by someone who belongs
 * to none of the new groups (an officer of the old organisation) is unassigned — back to the new candidate groups —
 * and that person's own grant on the task is removed with it, so they can no longer complete it. Runs inside a
 * command.
 */
public final class TaskRouting {

  private TaskRouting() {}

  public static void reroute(String processInstanceId) {
    List<TaskEntity> open = Context.getCommandContext().getTaskManager().findTasksByProcessInstanceId(processInstanceId);
    for (TaskEntity task : open) {
      TaskDefinition definition = task.getTaskDefinition();
      ExecutionEntity execution = task.getExecution();
      if (definition == null || execution == null || definition.getCandidateGroupIdExpressions().isEmpty()) {
        continue;
      }
      Set<String> wanted = new LinkedHashSet<>();
      for (Expression expression : definition.getCandidateGroupIdExpressions()) {
        Object value = expression.getValue(execution);
        if (value != null) {
          for (String group : value.toString().split(",")) {
            if (!group.isBlank()) {
              wanted.add(group.trim());
            }
          }
        }
      }
      Set<String> current = new LinkedHashSet<>();
      for (IdentityLink link : task.getCandidates()) {
        if (link.getGroupId() != null && IdentityLinkType.CANDIDATE.equals(link.getType())) {
          current.add(link.getGroupId());
        }
      }
      for (String group : current) {
        if (!wanted.contains(group)) {
          task.deleteCandidateGroup(group);
        }
      }
      for (String group : wanted) {
        if (!current.contains(group)) {
          task.addCandidateGroup(group);
        }
      }
      String assignee = task.getAssignee();
      if (assignee != null && !belongsToAny(assignee, wanted)) {
        task.setAssignee(null);
        revokeUserGrant(assignee, task.getId());
      }
    }
  }

  private static boolean belongsToAny(String userId, Set<String> groups) {
    return Context.getCommandContext().getReadOnlyIdentityProvider().createGroupQuery().groupMember(userId).list()
        .stream().map(Group::getId).anyMatch(groups::contains);
  }

  /** Camunda's default provider gives an assignee a grant of their own on the task and keeps it after unassigning. */
  private static void revokeUserGrant(String userId, String taskId) {
    Context.getCommandContext().getAuthorizationManager()
        .deleteAuthorizationsByResourceIdAndUserId(Resources.TASK, taskId, userId);
  }
}
