package cn.dangjian.workflow.accountability;

import cn.dangjian.workflow.identity.OrganisationDirectory;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The tasks addressed to the subject of a 问责 case (陈述申辩, 申诉): to the person held accountable, or, for an
 * organisation, to its principal leader through the organisation directory; nobody else is a candidate.
 * {@code camunda:assignee="${accountabilitySubject.assignee(execution)}"
 * camunda:candidateUsers="${accountabilitySubject.persons(execution)}"
 * camunda:candidateGroups="${accountabilitySubject.groups(execution)}"}.
 */
@Component("accountabilitySubject")
public class AccountabilitySubject {

  private final OrganisationDirectory organisations;

  public AccountabilitySubject(OrganisationDirectory organisations) {
    this.organisations = organisations;
  }

  private static boolean organisation(VariableScope scope) {
    return AccountabilityCaseValidator.ORGANISATION.equals(scope.getVariable("subjectType"));
  }

  /** The person held accountable; none for an organisation. */
  public String assignee(VariableScope scope) {
    return organisation(scope) ? null : (String) scope.getVariable("subjectPerson");
  }

  public List<String> persons(VariableScope scope) {
    return organisation(scope) ? List.of() : List.of((String) scope.getVariable("subjectPerson"));
  }

  /** For an organisation: its principal leader (书记); for a person: none. */
  public List<String> groups(VariableScope scope) {
    return organisation(scope)
        ? List.of(organisations.principalLeader((String) scope.getVariable("subjectOrganisationCode"))) : List.of();
  }
}
