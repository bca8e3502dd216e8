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

  /** The organisation's secretary, deputy secretary and organisation member (书记、副书记、组织委员). */
  public String branchLeaders(String code) {
    Organisation organisation = model.require(code);
    return String.join(",", organisation.roleGroup(Role.SECRETARY), organisation.roleGroup(Role.DEPUTY_SECRETARY),
        organisation.roleGroup(Role.ORGANISER));
  }

  /** The 基层党委's office holders who act for it (talks, training, filing), above {@code code}. */
  public String committeeOffice(String code) {
    Organisation committee = partyCommittee(code);
    return String.join(",", committee.roleGroup(Role.SECRETARY), committee.roleGroup(Role.DEPUTY_SECRETARY),
        committee.roleGroup(Role.ORGANISER), committee.roleGroup(Role.COMMITTEE_MEMBER));
  }

  /** The organisation department (组织部门) for filing (备案); without one, the 基层党委's office. */
  public String filingGroup(String code) {
    return organisationDept(code).map(Organisation::code).orElseGet(() -> committeeOffice(code));
  }

  /** The 纪委 serving the 基层党委 above {@code code}: it supervises the organisation and its people. */
  public Organisation disciplineCommission(String code) {
    String committee = partyCommittee(code).code();
    return model.children(committee).stream().filter(o -> o.type() == OrganisationType.DISCIPLINE_COMMISSION)
        .findFirst().orElseThrow(() -> new IllegalStateException("基层党委 " + committee + " 没有纪委"));
  }

  /** The principal leader (主要负责人) of an organisation: its secretary (书记). */
  public String principalLeader(String code) {
    return model.require(code).roleGroup(Role.SECRETARY);
  }

  /**
   * Who approves starting an investigation of {@code subjectCode} by {@code competentCode} (《中国共产党问责条例》
   * 第九条): the competent body's principal leader; when a 纪委 or working organ (工作机关) investigates an
   * organisation the same-level 党委 leads directly, that 党委's principal leader.
   */
  public String investigationApprover(String competentCode, String subjectCode, boolean subjectIsOrganisation) {
    Organisation competent = model.require(competentCode);
    boolean workingBody = competent.type() == OrganisationType.DISCIPLINE_COMMISSION
        || competent.type() == OrganisationType.ORGANISATION_DEPT;
    if (workingBody && subjectIsOrganisation && competent.parent() != null
        && competent.parent().equals(model.require(subjectCode).parent())) {
      return principalLeader(competent.parent());
    }
    return principalLeader(competentCode);
  }

  /** Groups that may see a case of {@code code}: its own members and those of every organisation above. */
  public List<String> caseViewerGroups(String code) {
    return model.lineage(code).stream().map(Organisation::code).toList();
  }

  /** The office holders (书记、副书记、组织委员) of the organisation directly above {@code code}, who supervise it. */
  public String leadersAbove(String code) {
    Organisation organisation = model.require(code);
    if (organisation.parent() == null) {
      throw new IllegalStateException("组织 " + code + " 没有上级组织");
    }
    return branchLeaders(organisation.parent());
  }
}
