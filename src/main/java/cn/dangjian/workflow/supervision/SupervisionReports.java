package cn.dangjian.workflow.supervision;

import cn.dangjian.workflow.web.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import cn.dangjian.workflow.web.ForbiddenException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import cn.dangjian.workflow.engine.EngineContext;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Filing a report (受理登记) through our API: the report is checked as a whole, a real-name reporter's identity is
 * sealed into the reporter store, and the case starts — {@code massIssue} for a request of the masses, {@code
 * clueHandling} for a problem clue — as the person filing it, with only the identity's opaque reference.
 */
@Component
public class SupervisionReports {

  /** The fields of the intake contract; anything else is refused. */
  static final Set<String> CONTRACT = Set.of("receivingOrganisationCode", "channel", "receivedOn", "summary", "content",
      "kind", "subjectName", "subjectOrganisationCode", "realName", "reporterName", "reporterContact",
      "reporterIdNumber", "redirectTo", "redirectReason", "repeatOf");

  private final ReportValidator validator;
  private final ReporterVault vault;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final AuthorizationService authorizations;

  public SupervisionReports(ReportValidator validator, ReporterVault vault, @Lazy RuntimeService runtime,
      @Lazy IdentityService identity, @Lazy AuthorizationService authorizations) {
    this.validator = validator;
    this.vault = vault;
    this.runtime = runtime;
    this.identity = identity;
    this.authorizations = authorizations;
  }

  /** A case opened for a report. */
  public record Filed(String caseNumber, String processInstanceId, String processKey) {}

  public Filed file(Map<String, Object> body) {
    requireMayFile(processKey(body));
    ProcessInstance started = start(body);
    return new Filed(started.getBusinessKey(), started.getId(), processKey(body));
  }

  /** Files the report and returns the case's instance (ended already when the report was redirected or repeated). */
  ProcessInstance start(Map<String, Object> body) {
    List<InvalidInputException.Problem> unknown = body.keySet().stream().filter(k -> !CONTRACT.contains(k)).sorted()
        .map(k -> new InvalidInputException.Problem(k, "未知字段 " + k + "：受理登记只接受 " + String.join("、",
            CONTRACT.stream().sorted().toList()))).toList();
    if (!unknown.isEmpty()) {
      throw new InvalidInputException(unknown);
    }
    Map<String, Object> variables = new LinkedHashMap<>(body);
    Optional<String> ref = protectIdentity(variables);
    ReporterIdentity.FIELDS.forEach(variables::remove);
    variables.remove("kind"); // it chose the process; each process registers one kind
    ref.ifPresent(r -> variables.put("reporterRef", r));
    return runtime.startProcessInstanceByKey(processKey(body), variables);
  }

  /** Staff who may start the case's process (before anything is checked or stored); the engine checks again. */
  private void requireMayFile(String processKey) {
    if (!EngineContext.signedInUserMay(identity, authorizations, Permissions.CREATE_INSTANCE,
        Resources.PROCESS_DEFINITION, processKey)) {
      throw new ForbiddenException("您没有受理登记的权限：群众反映和问题线索由各级组织的书记、副书记、组织委员、纪检委员"
          + "和纪委工作人员受理登记");
    }
  }

  private static String processKey(Map<String, Object> body) {
    return Report.CLUE.equals(body.get("kind")) ? SupervisionFamilies.CLUE.processKey()
        : SupervisionFamilies.MASS_ISSUE.processKey();
  }

  /**
   * Checks a report with its reporter's identity (every problem at once) and seals the identity of a real-name
   * report into the reporter store; returns its reference, empty for an anonymous report.
   */
  Optional<String> protectIdentity(Map<String, Object> values) {
    ReporterIdentity identity = validator.validateFiling(values).identity();
    return identity == null ? Optional.empty() : Optional.of(vault.deposit(identity));
  }
}
