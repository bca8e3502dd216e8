package cn.dangjian.workflow.engine;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * Routes the open tasks of a case again, as their BPMN says, after the facts routing depends on changed (a case
 * transferred to another organisation): each task's candidate-group expressions are evaluated anew on its
 * execution, groups no longer named are removed and new ones added. Runs inside a command.
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
    }
  }
}
