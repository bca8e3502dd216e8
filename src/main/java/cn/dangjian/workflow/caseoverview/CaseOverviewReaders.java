package cn.dangjian.workflow.caseoverview;

import cn.dangjian.workflow.identity.OrganisationModel;
import cn.dangjian.workflow.identity.Role;
import org.springframework.stereotype.Component;

/**
 * Who may use the case overview: staff holding an office in some organisation (书记、委员、纪检监察干部、组织部门、审计员…).
 * An ordinary member handles no cases; which cases an office holder sees is the engine's history authorization.
 */
@Component("caseOverviewReaders")
public class CaseOverviewReaders {

  /** For {@code @PreAuthorize}: administrators, auditors and office holders. */
  static final String MAY_USE = "hasAnyRole('AUDITOR', 'ADMIN') or @caseOverviewReaders.holdsOffice(authentication.name)";

  private final OrganisationModel organisations;

  public CaseOverviewReaders(OrganisationModel organisations) {
    this.organisations = organisations;
  }

  public boolean holdsOffice(String userId) {
    return organisations.person(userId).stream().flatMap(p -> p.roles().values().stream())
        .flatMap(java.util.List::stream).anyMatch(role -> role != Role.MEMBER);
  }
}
