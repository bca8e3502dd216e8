package cn.dangjian.workflow.membership;

import cn.dangjian.workflow.casework.CaseIntake;
import cn.dangjian.workflow.casework.FieldValues;
import cn.dangjian.workflow.engine.EngineContext;
import cn.dangjian.workflow.web.InvalidInputException;
import cn.dangjian.workflow.identity.OrganisationModel;
import cn.dangjian.workflow.rules.RulePacks;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of {@code memberDevelopment} (step 1, 递交入党申请书): validates the registered application (the
 * same for the Tasklist start form and {@code POST .../start}, every problem at once), then opens the case on the
 * platform ({@link CaseIntake}: rule pack, number, title, the starter acting for the branch). One person has one open
 * case at a time, across branches (by {@code idCardNumber}). Invalid data throws
 * an {@code InvalidInputException}: no instance is created.
 */
@Component("applicationIntake")
public class ApplicationIntake implements ExecutionListener {

  /**
   * What "one person, one open case" rests on: the 细则 has no article saying it; it follows from 一人一档 — the
   * documents of one person's development form one file (the dossier of 第三十七条) — so no article is cited.
   */
  static final String ONE_OPEN_CASE = "。《中国共产党发展党员工作细则》对此没有专门条款：本规则依据一人一档，同一申请人的发展工作在一个案件、"
      + "一份案卷中进行（撤回或结案后方可重新登记；转接组织关系请用转接功能）";

  private final ApplicationValidator validator;
  private final RulePacks rules;
  private final CaseIntake intake;
  private final OrganisationModel organisations;

  public ApplicationIntake(ApplicationValidator validator, RulePacks rules, CaseIntake intake,
      OrganisationModel organisations) {
    this.validator = validator;
    this.rules = rules;
    this.intake = intake;
    this.organisations = organisations;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String pack = intake.pinRulePack(execution, MembershipFamily.FAMILY, applicationDateOrToday(execution));
    Application a = validator.validate(execution.getVariables(), rules.value(pack, "minimumAge"));
    intake.requireNoOpenCase(execution, MembershipFamily.FAMILY, "idCardNumber", "身份证号码", a.idCardNumber(),
        ONE_OPEN_CASE);
    execution.setVariable("applicantName", a.applicantName());
    execution.setVariable("idCardNumber", a.idCardNumber());
    execution.setVariable("birthDate", a.birthDate().toString());
    execution.setVariable("applicationDate", a.applicationDate().toString());
    execution.setVariable("branchCode", a.branchCode());
    execution.setVariable("branchName", organisations.require(a.branchCode()).name());
    execution.setVariable("lastStepDate", a.applicationDate().toString());
    intake.open(execution, MembershipFamily.FAMILY, "branchCode", a.branchCode(), "党员发展：" + a.applicantName());
  }

  /** The pack is the one in force on the application date; an unreadable date is reported by the validator. */
  private static LocalDate applicationDateOrToday(DelegateExecution execution) {
    try {
      return FieldValues.date(execution.getVariable("applicationDate"), "applicationDate", "申请日期");
    } catch (InvalidInputException unreadable) {
      return EngineContext.today();
    }
  }
}
