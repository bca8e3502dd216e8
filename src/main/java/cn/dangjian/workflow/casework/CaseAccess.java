package cn.dangjian.workflow.casework;

import cn.dangjian.workflow.engine.AuthorizationGrants;
import cn.dangjian.workflow.engine.EngineContext;
import cn.dangjian.workflow.identity.Organisation;
import cn.dangjian.workflow.identity.OrganisationDirectory;
import java.util.List;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Lets the people a case's access policy names see the case instance and its history, in a start listener of
 * each process: {@code ${caseAccess.grant(execution, branchCode)}} (lineage: the organisation and every
 * organisation above it) or {@code ${caseAccess.grantConfidential(execution, organisationCode)}} (confidential:
 * only the 纪委 responsible for the organisation and the 纪委 above it, never the organisation itself, so a
 * branch does not see a report about its own secretary). Tasks need no grant here: the engine grants task access
 * to each candidate group. The grants carry the case's root instance, so history cleanup removes them with the
 * case's history.
 */
@Component("caseAccess")
public class CaseAccess {

  private final OrganisationDirectory organisations;
  private final AuthorizationGrants grants;
  private final CaseAccessPolicy lineage;
  private final CaseAccessPolicy confidential;
  private final CaseRecusal recusal;

  public CaseAccess(OrganisationDirectory organisations, AuthorizationGrants grants, CaseRecusal recusal) {
    this.organisations = organisations;
    this.grants = grants;
    this.recusal = recusal;
    this.lineage = organisations::caseViewerGroups;
    this.confidential = this::disciplineCommissions;
  }

  /** The lineage policy: the organisation's members and those of every organisation above it. */
  public void grant(DelegateExecution execution, String organisationCode) {
    grant(execution, organisationCode, lineage);
  }

  /** The confidential policy: the 纪委 responsible for the organisation, and those above it. */
  public void grantConfidential(DelegateExecution execution, String organisationCode) {
    grant(execution, organisationCode, confidential);
  }

  /**
   * The confidential policy for a clue about a person ({@code personVariable}): a 纪委 the person belongs to is
   * granted member by member, without them (回避), so a clue about an inspector is never readable by that inspector.
   */
  public void grantConfidentialRecusing(DelegateExecution execution, String organisationCode, String personVariable) {
    grant(execution, organisationCode, confidential, CaseRecusal.recused(execution, personVariable));
  }

  public void grant(DelegateExecution execution, String organisationCode, CaseAccessPolicy policy) {
    grant(execution, organisationCode, policy, null);
  }

  /**
   * The lineage policy for a case about a person (the subject of a 问责 case, named by {@code personVariable}):
   * a viewer group the person belongs to is granted member by member, without them (回避, {@link CaseRecusal}); they
   * see only the tasks addressed to them.
   */
  public void grantRecusing(DelegateExecution execution, String organisationCode, String personVariable) {
    grant(execution, organisationCode, lineage, CaseRecusal.recused(execution, personVariable));
  }

  private void grant(DelegateExecution execution, String organisationCode, CaseAccessPolicy policy, String recused) {
    String instanceId = execution.getProcessInstanceId();
    String rootId = EngineContext.rootProcessInstanceId(execution);
    // The starter (a secretary) may not create authorizations; this is the engine acting on its own rules.
    EngineContext.withoutAuthorization(() -> {
      for (String group : policy.viewerGroups(organisationCode)) {
        List<String> members = recused == null ? List.of() : recusal.members(group);
        if (recused == null || !members.contains(recused)) {
          grants.grantForCase(group, Resources.PROCESS_INSTANCE, instanceId, rootId, Permissions.READ);
          grants.grantForCase(group, Resources.HISTORIC_PROCESS_INSTANCE, instanceId, rootId,
              HistoricProcessInstancePermissions.READ);
          continue;
        }
        for (String member : members) {
          if (!member.equals(recused)) {
            grants.grantForCaseToUser(member, Resources.PROCESS_INSTANCE, instanceId, rootId, Permissions.READ);
            grants.grantForCaseToUser(member, Resources.HISTORIC_PROCESS_INSTANCE, instanceId, rootId,
                HistoricProcessInstancePermissions.READ);
          }
        }
      }
      return null;
    });
  }

  /**
   * A case that moves from {@code fromCode} to {@code toCode} (lineage policy): the groups of {@code fromCode}'s lineage
   * that {@code toCode}'s does not include lose their runtime grant on the case instance; their history grant stays,
   * so what they did remains readable to them. Tasks lose their grants with their candidate groups.
   */
  public void withdraw(DelegateExecution execution, String fromCode, String toCode) {
    String instanceId = execution.getProcessInstanceId();
    List<String> staying = lineage.viewerGroups(toCode);
    EngineContext.withoutAuthorization(() -> {
      for (String group : lineage.viewerGroups(fromCode)) {
        if (!staying.contains(group)) {
          grants.revoke(group, Resources.PROCESS_INSTANCE, instanceId);
        }
      }
      return null;
    });
  }

  /** The groups the confidential policy names for {@code organisationCode}. */
  public List<String> confidentialViewers(String organisationCode) {
    return confidential.viewerGroups(organisationCode);
  }

  private List<String> disciplineCommissions(String organisationCode) {
    Organisation commission = organisations.disciplineCommission(organisationCode);
    return organisations.model().lineage(commission.code()).stream()
        .filter(o -> o.type() == commission.type()).map(Organisation::code).toList();
  }
}
