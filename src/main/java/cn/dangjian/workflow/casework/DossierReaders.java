package cn.dangjian.workflow.casework;

import cn.dangjian.workflow.engine.EngineContext;
import cn.dangjian.workflow.identity.Organisation;
import cn.dangjian.workflow.identity.OrganisationModel;
import cn.dangjian.workflow.identity.OrganisationType;
import cn.dangjian.workflow.identity.Person;
import cn.dangjian.workflow.identity.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Those who assemble the dossiers of their organisations may read them (《中国共产党发展党员工作细则》第三十七条): the
 * secretary of a branch (its cases), the organisation member (组织委员) of a 基层党委 and the members of its
 * organisation department (组织部门) (the cases of the 党委 and of every organisation below it). A case is theirs when
 * its access policy lets their organisation see it: the lineage policy names the case's organisation and those above
 * it, so a reader sees its own organisation's cases and those below, never another branch's; a confidential case
 * ({@link CaseAccess#grantConfidential}) names only the 纪委 and stays invisible to them.
 */
@Component("dossierReaders")
public class DossierReaders {

  private final OrganisationModel organisations;
  private final AuthorizationService authorizations;
  private final IdentityService identity;

  public DossierReaders(OrganisationModel organisations, @Lazy AuthorizationService authorizations,
      @Lazy IdentityService identity) {
    this.organisations = organisations;
    this.authorizations = authorizations;
    this.identity = identity;
  }

  /** The organisations whose dossiers {@code userId} assembles (empty: not such a reader). */
  public List<String> organisationsReadBy(String userId) {
    Person person = organisations.person(userId).orElse(null);
    if (person == null) {
      return List.of();
    }
    List<String> codes = new ArrayList<>();
    for (Map.Entry<String, List<Role>> membership : person.roles().entrySet()) {
      Organisation organisation = organisations.organisation(membership.getKey()).orElse(null);
      if (organisation == null) {
        continue;
      }
      List<Role> roles = membership.getValue();
      if (organisation.type() == OrganisationType.BRANCH && roles.contains(Role.SECRETARY)
          || organisation.type() == OrganisationType.PARTY_COMMITTEE && roles.contains(Role.ORGANISER)) {
        codes.add(organisation.code());
      } else if (organisation.type() == OrganisationType.ORGANISATION_DEPT && organisation.parent() != null) {
        codes.add(organisation.parent());
      }
    }
    return List.copyOf(codes);
  }

  public boolean assemblesDossiers(String userId) {
    return !organisationsReadBy(userId).isEmpty();
  }

  /** Whether the case {@code processInstanceId} is one of the organisations {@code userId} assembles dossiers for. */
  public boolean mayRead(String userId, String processInstanceId) {
    List<String> readable = organisationsReadBy(userId);
    if (readable.isEmpty() || processInstanceId == null) {
      return false;
    }
    // the case's own grants (CaseAccess) say which organisations see it; read them as the engine
    return EngineContext.asEngine(identity, () -> authorizations.createAuthorizationQuery()
        .resourceType(Resources.HISTORIC_PROCESS_INSTANCE).resourceId(processInstanceId)
        .groupIdIn(readable.toArray(String[]::new)).count() > 0);
  }
}
