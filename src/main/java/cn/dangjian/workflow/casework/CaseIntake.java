package cn.dangjian.workflow.casework;

import cn.dangjian.workflow.engine.EngineContext;
import cn.dangjian.workflow.identity.OrganisationModel;
import cn.dangjian.workflow.rules.RulePacks;
import cn.dangjian.workflow.web.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Opening a case of any family, in its start listener: the rule pack is pinned (the one in force on the case's date;
 * another of the family only when an administrator asks for it), the starter must act for the organisation (a
 * person of the organisation model registers cases only for their own organisation or one below it), and the case
 * gets its number (business key) and title. Sets {@code caseFamily}, {@code rulePack}, {@code rulePackTitle},
 * {@code organisationCode}, {@code organisationName}, {@code caseNumber} and {@code caseTitle}; publishes
 * {@link CaseOpened}.
 */
@Component("caseIntake")
public class CaseIntake {

  private final RulePacks rules;
  private final CaseNumbers numbers;
  private final OrganisationModel organisations;
  private final ApplicationEventPublisher events;
  private final HistoryService history;
  private final RuntimeService runtime;
  private final OpenCaseSubjects subjects;

  public CaseIntake(RulePacks rules, CaseNumbers numbers, OrganisationModel organisations,
      ApplicationEventPublisher events, @Lazy HistoryService history, @Lazy RuntimeService runtime,
      OpenCaseSubjects subjects) {
    this.subjects = subjects;
    this.rules = rules;
    this.numbers = numbers;
    this.organisations = organisations;
    this.events = events;
    this.history = history;
    this.runtime = runtime;
  }

  /** Pins the case to the rule pack in force today ({@link #pinRulePack(DelegateExecution, CaseFamily, LocalDate)}). */
  public String pinRulePack(DelegateExecution execution, CaseFamily family) {
    return pinRulePack(execution, family, EngineContext.today());
  }

  /**
   * Pins the case to the rule pack in force on {@code caseDate} (e.g. the application date; {@link RulePacks#packFor})
   * and returns its id. Only an administrator (or the engine's own work) may ask for another pack of the family
   * ({@code rulePack}); anyone else asking for another gets a refusal naming the pack in force.
   */
  public String pinRulePack(DelegateExecution execution, CaseFamily family, LocalDate caseDate) {
    String inForce = rules.packFor(family.key(), caseDate);
    Object requested = execution.getVariable("rulePack");
    String pack = requested == null || requested.toString().isBlank() ? inForce : requested.toString();
    if (!rules.exists(pack) || !rules.familyOf(pack).equals(family.key())) {
      throw new InvalidInputException("rulePack", "规则包（rulePack）" + pack + " 不存在或不适用于" + family.title());
    }
    boolean override = EngineContext.authenticatedAdministrator() || EngineContext.authenticatedUserId().isEmpty();
    if (!pack.equals(inForce) && !override) {
      throw new InvalidInputException("rulePack", "规则包（rulePack）" + pack + " 不适用：" + caseDate + " 适用的是"
          + rules.title(inForce) + "（" + inForce + "），只有系统管理员可以指定其他规则包");
    }
    execution.setVariable("rulePack", pack);
    execution.setVariable("rulePackTitle", rules.title(pack));
    return pack;
  }

  /** Opens the case for {@code organisationCode} under {@code title}; returns its case number. */
  public String open(DelegateExecution execution, CaseFamily family, String organisationCode, String title) {
    return open(execution, family, "organisationCode", organisationCode, title);
  }

  /** The same, where the family's form names the organisation field otherwise (e.g. {@code branchCode}). */
  public String open(DelegateExecution execution, CaseFamily family, String organisationField, String organisationCode,
      String title) {
    requireStarterActsFor(organisationField, organisationCode, family);
    String caseNumber = execution.getProcessBusinessKey();
    if (caseNumber == null || caseNumber.isBlank()) {
      caseNumber = numbers.next(family, organisationCode, EngineContext.today().getYear());
      execution.setProcessBusinessKey(caseNumber);
    } else {
      requireUnused(caseNumber, execution.getProcessInstanceId());
    }
    subjects.number(execution.getProcessInstanceId(), caseNumber);
    execution.setVariable("caseFamily", family.key());
    execution.setVariable("organisationCode", organisationCode);
    execution.setVariable("organisationName", organisations.require(organisationCode).name());
    execution.setVariable("caseNumber", caseNumber);
    execution.setVariable("caseTitle", title);
    events.publishEvent(new CaseOpened(family.key(), caseNumber, execution.getProcessInstanceId(), organisationCode,
        EngineContext.now().toInstant()));
    return caseNumber;
  }

  private void requireStarterActsFor(String field, String organisationCode, CaseFamily family) {
    EngineContext.authenticatedUserId().flatMap(organisations::person).ifPresent(person -> {
      boolean own = organisations.lineage(organisationCode).stream().anyMatch(o -> person.belongsTo(o.code()));
      if (!own) {
        throw new InvalidInputException(field, organisations.require(organisationCode).name() + "（" + field + "："
            + organisationCode + "）：您（" + person.name() + "）不属于该组织或其上级组织，不能为其登记" + family.title()
            + "案件");
      }
    });
  }

  /**
   * One open case per subject (e.g. one person's ID-card number): refuses to open a case of {@code family} while
   * another of its cases with the same {@code field} value is still running, in any organisation, naming that case.
   * A case that has ended does not block a new one. The query finds a running case for the friendly refusal; the
   * guarantee is the unique subject held in the starting transaction ({@link OpenCaseSubjects}), which refuses the
   * same way when two starts for one person pass the query at the same time.
   *
   * @param why what the rule rests on, appended to the refusal
   */
  public void requireNoOpenCase(DelegateExecution execution, CaseFamily family, String field, String label,
      String value, String why) {
    String processInstanceId = execution.getProcessInstanceId();
    List<ProcessInstance> open = EngineContext.withoutAuthorization(() -> runtime.createProcessInstanceQuery()
        .processDefinitionKey(family.processKey()).variableValueEquals(field, value).list());
    open.stream().filter(p -> !p.getId().equals(processInstanceId)).findFirst().ifPresent(existing -> {
      throw new InvalidInputException(field, openCaseRefusal(family, field, label, existing.getBusinessKey(), why));
    });
    subjects.hold(family.key(), value, processInstanceId, field,
        holder -> openCaseRefusal(family, field, label, holder, why));
  }

  private static String openCaseRefusal(CaseFamily family, String field, String label, String existing, String why) {
    return label + "（" + field + "）所示的人已有进行中的" + family.title() + "案件 " + existing + "：同一人只能有一个在办的"
        + family.title() + "案件（已有案件 " + existing + "）" + why;
  }

  /** A number given by the starter (an integration's own key) must not be another case's: dossiers never merge. */
  private void requireUnused(String caseNumber, String processInstanceId) {
    boolean taken = EngineContext.withoutAuthorization(() -> history.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(caseNumber).list().stream().anyMatch(h -> !h.getId().equals(processInstanceId)));
    if (taken) {
      throw new InvalidInputException("businessKey", "案件编号（businessKey）" + caseNumber + " 已被其他案件使用");
    }
  }
}
