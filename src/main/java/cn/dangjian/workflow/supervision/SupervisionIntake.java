package cn.dangjian.workflow.supervision;

import cn.dangjian.workflow.casework.CaseFamilies;
import cn.dangjian.workflow.casework.CaseFamily;
import cn.dangjian.workflow.casework.CaseIntake;
import cn.dangjian.workflow.identity.Organisation;
import cn.dangjian.workflow.identity.OrganisationDirectory;
import cn.dangjian.workflow.identity.Person;
import cn.dangjian.workflow.identity.Role;
import cn.dangjian.workflow.web.InvalidInputException;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Opening a case of either supervision family, for their start listeners ({@code ${massIssueIntake}},
 * {@code ${clueIntake}}, {@link SupervisionIntakes}): refuses a
 * reporter's identity offered as a variable (it enters only through a protecting door: {@link SupervisionReports} or
 * {@link ReportStartGate}), checks the report ({@link ReportValidator}, every problem at once), opens the case at the
 * receiving organisation (its number, rule pack, the starter acting for it) and attaches the sealed identity of a
 * real-name report to the case in the same transaction.
 */
@Component
public class SupervisionIntake {

  private final CaseIntake intake;
  private final CaseFamilies families;
  private final ReportValidator validator;
  private final ReporterVault vault;
  private final OrganisationDirectory organisations;

  public SupervisionIntake(CaseIntake intake, CaseFamilies families, ReportValidator validator, ReporterVault vault,
      OrganisationDirectory organisations) {
    this.intake = intake;
    this.families = families;
    this.validator = validator;
    this.vault = vault;
    this.organisations = organisations;
  }

  public String open(DelegateExecution execution, String familyKey) {
    refuseIdentityVariables(execution);
    CaseFamily family = families.byKey(familyKey);
    String kind = family.equals(SupervisionFamilies.CLUE) ? Report.CLUE : Report.MASS_ISSUE;
    Object given = execution.getVariable("kind");
    if (given != null && !kind.equals(given.toString())) {
      throw new InvalidInputException("kind", "反映事项类别（kind）应为" + ReportValidator.KINDS.get(kind)
          + "：" + family.title() + "流程只登记这一类事项");
    }
    execution.setVariable("kind", kind); // each process registers one kind; its start form does not ask
    Report report = validator.validate(execution.getVariables());
    String reporterRef = reporterRef(execution, report);
    intake.pinRulePack(execution, family, report.receivedOn());
    setReportVariables(execution, report);
    Organisation commission = organisations.disciplineCommission(report.receivingOrganisation().code());
    execution.setVariable("commissionCode", commission.code());
    execution.setVariable("commissionName", commission.name());
    String caseNumber = intake.open(execution, family, "receivingOrganisationCode",
        report.receivingOrganisation().code(), family.title() + "：" + report.summary());
    if (reporterRef != null && !vault.attach(reporterRef, caseNumber, execution.getProcessInstanceId(),
        commission.code())) {
      throw new InvalidInputException("reporterRef", "举报人信息引用（reporterRef）无效：请重新提交举报");
    }
    return caseNumber;
  }

  private static void refuseIdentityVariables(DelegateExecution execution) {
    for (String field : ReporterIdentity.FIELDS) {
      if (execution.hasVariable(field)) {
        throw new InvalidInputException(field, "举报人信息（" + field + "）不得作为流程变量提交：请通过受理登记表单或"
            + " POST /api/supervision/reports 提交，由系统加密另存");
      }
    }
  }

  private static String reporterRef(DelegateExecution execution, Report report) {
    Object ref = execution.getVariable("reporterRef");
    boolean present = ref != null && !ref.toString().isBlank();
    if (report.realName() && !present) {
      throw new InvalidInputException("reporterName", "实名举报须填写举报人姓名（reporterName）和联系方式，"
          + "并通过受理登记表单或受理接口提交");
    }
    if (!report.realName() && present) {
      throw new InvalidInputException("reporterRef", "匿名举报不登记举报人信息（reporterRef）");
    }
    return present ? ref.toString() : null;
  }

  private void setReportVariables(DelegateExecution execution, Report report) {
    execution.setVariable("receivingOrganisationCode", report.receivingOrganisation().code());
    execution.setVariable("receivingOrganisationName", report.receivingOrganisation().name());
    execution.setVariable("channelName", ReportValidator.CHANNELS.get(report.channel()));
    execution.setVariable("receivedOn", report.receivedOn().toString());
    execution.setVariable("summary", report.summary());
    execution.setVariable("content", report.content());
    execution.setVariable("realName", report.realName());
    execution.setVariable("redirected", report.redirectTo() != null);
    execution.setVariable("repeated", report.repeatOf() != null);
    if (report.clue()) {
      Organisation subjectOrganisation = report.subjectOrganisation();
      execution.setVariable("subjectName", report.subjectName());
      execution.setVariable("subjectOrganisationCode", subjectOrganisation.code());
      execution.setVariable("subjectOrganisationName", subjectOrganisation.name());
      Person subject = subjectPerson(report).orElse(null);
      execution.setVariable("subjectPerson", subject == null ? null : subject.id());
      execution.setVariable("aboutPrincipalLeader", subject != null && organisations.model()
          .holders(report.receivingOrganisation().code(), Role.SECRETARY).contains(subject));
    }
  }

  /** The person reported on, when the name names exactly one person of the subject's organisation. */
  private java.util.Optional<Person> subjectPerson(Report report) {
    List<Person> named = organisations.model().membersOf(report.subjectOrganisation().code()).stream()
        .filter(p -> p.name().equals(report.subjectName())).toList();
    return named.size() == 1 ? java.util.Optional.of(named.get(0)) : java.util.Optional.empty();
  }
}
