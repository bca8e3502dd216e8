package cn.dangjian.workflow.membership;

import cn.dangjian.workflow.calendar.CaseTime;
import cn.dangjian.workflow.identity.OrganisationModel;
import cn.dangjian.workflow.rules.RulePacks;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * Start listener of {@code memberDevelopment} (step 1, 递交入党申请书): validates the registered
 * application — the same for the Tasklist start form and {@code POST .../start} — pins the rule pack,
 * and gives the case its number (business key) and title. Invalid data throws
 * {@link MembershipValidationException}: no instance is created.
 */
@Component("applicationIntake")
public class ApplicationIntake implements ExecutionListener {

  private final ApplicationValidator validator;
  private final RulePacks rules;
  private final CaseNumbers caseNumbers;
  private final OrganisationModel organisations;

  public ApplicationIntake(ApplicationValidator validator, RulePacks rules, CaseNumbers caseNumbers,
      OrganisationModel organisations) {
    this.validator = validator;
    this.rules = rules;
    this.caseNumbers = caseNumbers;
    this.organisations = organisations;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Object requested = execution.getVariable("rulePack");
    String pack = requested == null || requested.toString().isBlank() ? rules.defaultPack() : requested.toString();
    if (!rules.exists(pack)) {
      throw new MembershipValidationException("rulePack", "规则包（rulePack）" + pack + " 不存在");
    }
    Application a = validator.validate(execution.getVariables(), rules.value(pack, "minimumAge"));
    requireStarterOfBranch(a.branchCode());
    execution.setVariable("rulePack", pack);
    execution.setVariable("rulePackTitle", rules.title(pack));
    execution.setVariable("applicantName", a.applicantName());
    execution.setVariable("idCardNumber", a.idCardNumber());
    execution.setVariable("birthDate", a.birthDate().toString());
    execution.setVariable("applicationDate", a.applicationDate().toString());
    execution.setVariable("branchCode", a.branchCode());
    execution.setVariable("branchName", organisations.require(a.branchCode()).name());
    execution.setVariable("lastStepDate", a.applicationDate().toString());
    String businessKey = execution.getProcessBusinessKey();
    if (businessKey == null || businessKey.isBlank()) {
      businessKey = caseNumbers.next(a.branchCode(), CaseTime.today().getYear());
      execution.setProcessBusinessKey(businessKey);
    }
    execution.setVariable("caseNumber", businessKey);
    execution.setVariable("caseTitle", "党员发展：" + a.applicantName());
  }

  /** A person of the organisation model registers applications only for their own branch or one below them. */
  private void requireStarterOfBranch(String branchCode) {
    String userId = Context.getCommandContext() == null ? null : Context.getCommandContext().getAuthenticatedUserId();
    organisations.person(userId).ifPresent(person -> {
      boolean own = organisations.lineage(branchCode).stream().anyMatch(o -> person.belongsTo(o.code()));
      if (!own) {
        throw new MembershipValidationException("branchCode", "所在党支部（branchCode）" + branchCode + "：您（" + person.name()
            + "）不属于该党支部或其上级组织，不能为其登记入党申请");
      }
    });
  }
}
