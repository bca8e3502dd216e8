package cn.dangjian.workflow.engine;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Task authorizations without the per-task history grants. With {@code enableHistoricInstancePermissions}
 * Camunda's default provider gives every candidate group, candidate user, assignee and owner of every task
 * a HISTORIC_TASK READ row in ACT_RU_AUTHORIZATION, kept until history cleanup (ten years here). We do not
 * need them: {@link CaseAccess} grants HISTORIC_PROCESS_INSTANCE READ on each case to the case's
 * organisation and those above it, and that permission already covers the historic tasks of the case.
 * Without them the table stays proportional to open tasks and cases, and every authorized command reads
 * it ({@code selectAuthorizedGroupIds} scans it whole). Runtime TASK grants are unchanged, except that a group
 * taken off a task as candidate (a task routed again after a transfer, {@link TaskRouting}) loses its grant on the
 * task with it: Camunda's default provider keeps it, so the old branch could still complete the task by its id.
 */
@Component
class TaskAuthorizations extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setResourceAuthorizationProvider(new WithoutHistoricTaskGrants());
  }

  static final class WithoutHistoricTaskGrants extends DefaultAuthorizationProvider {

    @Override
    protected AuthorizationEntity[] createOrUpdateAuthorizations(Task task, String groupId, String userId) {
      return new AuthorizationEntity[] {createOrUpdateAuthorization(task, userId, groupId, Resources.TASK, false,
          getRuntimePermissions(isEnforceSpecificVariablePermission()))};
    }

    @Override
    public AuthorizationEntity[] deleteTaskGroupIdentityLink(Task task, String groupId, String type) {
      if (groupId == null || !IdentityLinkType.CANDIDATE.equals(type)) {
        return null;
      }
      AuthorizationEntity grant = Context.getCommandContext().getAuthorizationManager()
          .findAuthorizationByGroupIdAndResourceId(Authorization.AUTH_TYPE_GRANT, groupId, Resources.TASK, task.getId());
      return grant == null ? null : new AuthorizationEntity[] {grant};
    }
  }
}
