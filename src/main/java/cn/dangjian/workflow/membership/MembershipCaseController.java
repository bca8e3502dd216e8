package cn.dangjian.workflow.membership;

import cn.dangjian.workflow.engine.EngineContext;
import cn.dangjian.workflow.web.NotFoundException;
import cn.dangjian.workflow.identity.OrganisationModel;
import cn.dangjian.workflow.identity.Person;
import cn.dangjian.workflow.identity.Role;
import java.security.Principal;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What Tasklist cannot do: the branch records that the applicant withdrew (message {@code ApplicantWithdrew})
 * or that the case moves to another branch (message {@code BranchTransfer}). Allowed to the secretary, deputy
 * secretary and organisation member of the case's branch or of an organisation above it.
 */
@RestController
@RequestMapping("/api/membership/cases/{caseNumber}")
class MembershipCaseController {

  private static final Set<Role> ACTORS = Set.of(Role.SECRETARY, Role.DEPUTY_SECRETARY, Role.ORGANISER);

  private final RuntimeService runtime;
  private final IdentityService identity;
  private final OrganisationModel organisations;

  MembershipCaseController(RuntimeService runtime, IdentityService identity, OrganisationModel organisations) {
    this.runtime = runtime;
    this.identity = identity;
    this.organisations = organisations;
  }

  record Withdrawal(String withdrawalDate, String withdrawalReason) {}

  record Transfer(String targetBranchCode, String transferReason) {}

  @PostMapping("/withdrawal")
  Map<String, Object> withdraw(@PathVariable String caseNumber, @RequestBody Withdrawal body, Principal user) {
    return asEngine(() -> {
      ProcessInstance instance = caseOf(caseNumber, user);
      runtime.createMessageCorrelation("ApplicantWithdrew").processInstanceId(instance.getId())
          .setVariable("withdrawalDate", body.withdrawalDate()).setVariable("withdrawalReason", body.withdrawalReason())
          .setVariable("withdrawalRecordedBy", user.getName()).correlate();
      return Map.of("caseNumber", caseNumber, "status", "withdrawn");
    });
  }

  @PostMapping("/transfer")
  Map<String, Object> transfer(@PathVariable String caseNumber, @RequestBody Transfer body, Principal user) {
    return asEngine(() -> {
      ProcessInstance instance = caseOf(caseNumber, user);
      runtime.createMessageCorrelation("BranchTransfer").processInstanceId(instance.getId())
          .setVariable("targetBranchCode", body.targetBranchCode()).setVariable("transferReason", body.transferReason())
          .correlate();
      return Map.of("caseNumber", caseNumber, "branchCode", body.targetBranchCode());
    });
  }

  private ProcessInstance caseOf(String caseNumber, Principal user) {
    ProcessInstance instance = runtime.createProcessInstanceQuery().processDefinitionKey("memberDevelopment")
        .processInstanceBusinessKey(caseNumber).active().singleResult();
    if (instance == null) {
      throw new NotFoundException("没有进行中的党员发展案件 " + caseNumber);
    }
    String branch = (String) runtime.getVariable(instance.getId(), "branchCode");
    Person person = organisations.person(user.getName()).orElse(null);
    boolean allowed = person != null && organisations.lineage(branch).stream().anyMatch(o ->
        person.belongsTo(o.code()) && person.roles().get(o.code()).stream().anyMatch(ACTORS::contains));
    if (!allowed) {
      // Not found rather than forbidden: do not reveal cases of other organisations.
      throw new NotFoundException("没有进行中的党员发展案件 " + caseNumber);
    }
    return instance;
  }

  /** Correlation needs UPDATE on the instance, which staff do not hold: the check above is the rule. */
  private <T> T asEngine(Supplier<T> work) {
    return EngineContext.asEngine(identity, work);
  }

}
