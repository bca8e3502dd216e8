package cn.dangjian.workflow.identity;

import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.stereotype.Component;

/**
 * Lets the organisation of a case, and the organisations above it, see the case instance:
 * a start listener {@code ${caseAccess.grant(execution, branchCode)}} in each process.
 * Tasks need no grant here: the engine grants task access to each candidate group. The grants carry the
 * case's root instance, so history cleanup removes them with the case's history.
 */
@Component("caseAccess")
public class CaseAccess {

  private final OrganisationDirectory organisations;
  private final AuthorizationGrants grants;

  public CaseAccess(OrganisationDirectory organisations, AuthorizationGrants grants) {
    this.organisations = organisations;
    this.grants = grants;
  }

  public void grant(DelegateExecution execution, String organisationCode) {
    String instanceId = execution.getProcessInstanceId();
    String rootId = execution instanceof ExecutionEntity entity ? entity.getRootProcessInstanceId() : instanceId;
    // The starter (a secretary) may not create authorizations; this is the engine acting on its own rules.
    Context.getCommandContext().runWithoutAuthorization(() -> {
      for (String group : organisations.caseViewerGroups(organisationCode)) {
        grants.grantForCase(group, Resources.PROCESS_INSTANCE, instanceId, rootId, Permissions.READ);
        grants.grantForCase(group, Resources.HISTORIC_PROCESS_INSTANCE, instanceId, rootId,
            HistoricProcessInstancePermissions.READ);
      }
      return null;
    });
  }
}
