package cn.dangjian.workflow.caseoverview;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Who may take up an open step and who completed a step, from the case's history (readable wherever the case's history
 * is): the candidates as the identity-link log leaves them after every addition and removal (a re-routed step names
 * its new posts), and the user who completed a step as the operation log recorded it.
 */
@Component
class StepHolders {

  private final HistoryService history;
  private final PeopleNames names;

  StepHolders(@Lazy HistoryService history, PeopleNames names) {
    this.history = history;
    this.names = names;
  }

  /** The candidate groups (then candidate users) of the open task, by Chinese names. */
  String candidatesOf(String taskId) {
    Set<String> groups = new LinkedHashSet<>();
    Set<String> users = new LinkedHashSet<>();
    for (HistoricIdentityLinkLog link : history.createHistoricIdentityLinkLogQuery().taskId(taskId)
        .type(IdentityLinkType.CANDIDATE).orderByTime().asc().list()) {
      Set<String> target = link.getGroupId() != null ? groups : users;
      String id = link.getGroupId() != null ? link.getGroupId() : link.getUserId();
      if ("add".equals(link.getOperationType())) {
        target.add(id);
      } else {
        target.remove(id);
      }
    }
    String groupNames = names.groups(groups);
    String userNames = String.join("、", users.stream().map(names::person).toList());
    return groupNames.isEmpty() ? userNames : userNames.isEmpty() ? groupNames : groupNames + "、" + userNames;
  }

  /** The user who completed the task, as the operation log recorded it (empty when the engine completed it). */
  Optional<String> completerOf(String taskId) {
    return history.createUserOperationLogQuery().taskId(taskId)
        .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list().stream()
        .map(UserOperationLogEntry::getUserId).filter(u -> u != null).findFirst();
  }
}
