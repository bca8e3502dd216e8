package cn.dangjian.workflow.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Who acts for an organisation, for BPMN expressions: {@code ${organisations.roleGroup(branchCode,
 * 'SECRETARY')}} routes a task to the secretary group of the case's own branch, never to a person.
 */
@Component("organisations")
public class OrganisationDirectory {

  private final OrganisationModel model;

  public OrganisationDirectory(OrganisationModel model) {
    this.model = model;
  }

  public OrganisationModel model() {
    return model;
  }

  public Organisation require(String code) {
    return model.require(code);
  }

  /** The Camunda group of one role in one organisation, e.g. {@code C1-B1.secretary}. */
  public String roleGroup(String code, String role) {
    return model.require(code).roleGroup(Role.valueOf(role));
  }

  /** Everyone on the organisation's committee; where it has none, its general meeting acts (all members). */
  public String decidingBody(String code) {
    Organisation organisation = model.require(code);
    return organisation.hasCommittee() ? code + IdentityGroups.COMMITTEE_SUFFIX : code;
  }

  /** The 基层党委 above an organisation (or the organisation itself if it is one). */
  public Organisation partyCommittee(String code) {
    return model.lineage(code).stream().filter(o -> o.type() == OrganisationType.PARTY_COMMITTEE).findFirst()
        .orElseThrow(() -> new IllegalStateException("组织 " + code + " 没有上级基层党委"));
  }

  /** The deciding body of the 基层党委 above {@code code}: its committee group, e.g. {@code C1.committee}. */
  public String partyCommitteeBody(String code) {
    return decidingBody(partyCommittee(code).code());
  }

  /** The organisation department serving the 基层党委 above {@code code}, for filing (备案). */
  public Optional<Organisation> organisationDept(String code) {
    String committee = partyCommittee(code).code();
    return model.children(committee).stream().filter(o -> o.type() == OrganisationType.ORGANISATION_DEPT)
        .findFirst();
  }

  /** Groups that may see a case of {@code code}: its own members and those of every organisation above. */
  public List<String> caseViewerGroups(String code) {
    return model.lineage(code).stream().map(Organisation::code).toList();
  }
}
