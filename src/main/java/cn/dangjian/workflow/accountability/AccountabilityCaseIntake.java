package cn.dangjian.workflow.accountability;

import cn.dangjian.workflow.casework.CaseIntake;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of {@code accountabilityCase}: checks the start contract ({@link AccountabilityCaseValidator}, every
 * problem at once: HTTP 400 and no instance), then opens the case for the competent body on the platform (its rule
 * pack, the number {@code WZ-<competent>-<year>-<n>}, the starter acting for the competent body). A start from another
 * process's delegate runs as the engine or as the person completing that step, and is checked the same way.
 */
@Component("accountabilityCaseIntake")
public class AccountabilityCaseIntake implements ExecutionListener {

  private final AccountabilityCaseValidator validator;
  private final CaseIntake intake;

  public AccountabilityCaseIntake(AccountabilityCaseValidator validator, CaseIntake intake) {
    this.validator = validator;
    this.intake = intake;
  }

  @Override
  public void notify(DelegateExecution execution) {
    intake.pinRulePack(execution, AccountabilityFamilies.ACCOUNTABILITY);
    AccountabilityCaseValidator.Start start = validator.validate(execution.getVariables());
    execution.setVariable("subjectType", start.subjectType());
    execution.setVariable("subjectOrganisationCode", start.subjectOrganisation().code());
    execution.setVariable("subjectOrganisationName", start.subjectOrganisation().name());
    execution.setVariable("subjectPerson", start.subjectPerson() == null ? null : start.subjectPerson().id());
    execution.setVariable("subjectName", start.subjectName());
    execution.setVariable("subjectTypeName", start.subjectPerson() == null ? "党组织" : "党的领导干部");
    execution.setVariable("grounds", start.grounds());
    execution.setVariable("competentOrganisationCode", start.competent().code());
    execution.setVariable("competentOrganisationName", start.competent().name());
    execution.setVariable("sourceCaseNumber", start.sourceCaseNumber());
    intake.open(execution, AccountabilityFamilies.ACCOUNTABILITY, "competentOrganisationCode", start.competent().code(),
        "问责：" + start.subjectName());
  }
}
