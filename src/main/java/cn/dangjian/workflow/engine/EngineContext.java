package cn.dangjian.workflow.engine;

import cn.dangjian.workflow.calendar.CaseTime;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.errorcode.BuiltinExceptionCode;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * What the rest of the application needs from the engine's internals, in one place: the engine clock,
 * who is acting in the running command, acting as the engine itself, and facts of an execution that the
 * public API does not expose. Everything else uses Camunda's public API only.
 */
public final class EngineContext {

  /** Camunda's error code of an optimistic-locking failure, as it appears in the engine APIs' error bodies. */
  public static final int OPTIMISTIC_LOCKING_CODE = BuiltinExceptionCode.OPTIMISTIC_LOCKING.getCode();

  private EngineContext() {}

  /** The engine clock (tests move it); every date of a case is taken from it. */
  public static Date now() {
    return ClockUtil.getCurrentTime();
  }

  /** Today in Beijing time by the engine clock. */
  public static LocalDate today() {
    return CaseTime.dateOf(now());
  }

  /** The user on whose behalf the running command acts; empty for the engine's own work (jobs, timers). */
  public static Optional<String> authenticatedUserId() {
    CommandContext context = Context.getCommandContext();
    return Optional.ofNullable(context == null ? null : context.getAuthenticatedUserId());
  }

  /**
   * Whether the running command acts for an administrator: a user among the engine's admin users or in one of its
   * admin groups ({@code camunda-admin}). False for the engine's own work (no authenticated user).
   */
  public static boolean authenticatedAdministrator() {
    CommandContext context = Context.getCommandContext();
    Authentication user = context == null ? null : context.getAuthentication();
    if (user == null || user.getUserId() == null) {
      return false;
    }
    var configuration = context.getProcessEngineConfiguration();
    List<String> adminUsers = configuration.getAdminUsers();
    List<String> adminGroups = configuration.getAdminGroups();
    return adminUsers != null && adminUsers.contains(user.getUserId()) || adminGroups != null
        && user.getGroupIds() != null && user.getGroupIds().stream().anyMatch(adminGroups::contains);
  }

  /**
   * Runs {@code work} inside the running command without the caller's authorization checks: the engine
   * acting on the organisation's rules (granting access, re-routing tasks), not on the caller's permissions.
   */
  public static <T> T withoutAuthorization(Supplier<T> work) {
    return Context.getCommandContext().runWithoutAuthorization(work::get);
  }

  /**
   * Runs {@code work} as the engine, without the signed-in user, for an API whose own check is the rule
   * (e.g. correlating a message that staff may send through our API but hold no engine grant for).
   */
  public static <T> T asEngine(IdentityService identity, Supplier<T> work) {
    Authentication current = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (current != null) {
        identity.setAuthentication(current);
      }
    }
  }

  /**
   * The engine acting on its own rules wherever it is called from: inside a running command without the caller's
   * authorization checks ({@link #withoutAuthorization}), outside one as the engine ({@link #asEngine}).
   */
  public static <T> T unrestricted(IdentityService identity, Supplier<T> work) {
    return Context.getCommandContext() != null ? withoutAuthorization(work) : asEngine(identity, work);
  }

  /**
   * Whether the user signed in to the engine (if any) holds {@code permission} on a resource, for a check before the
   * engine's own (e.g. before anything of a submission is stored); without a signed-in user the engine acts: yes.
   */
  public static boolean signedInUserMay(IdentityService identity, org.camunda.bpm.engine.AuthorizationService authorizations,
      org.camunda.bpm.engine.authorization.Permission permission, org.camunda.bpm.engine.authorization.Resource resource,
      String resourceId) {
    Authentication user = identity.getCurrentAuthentication();
    return user == null || authorizations.isUserAuthorized(user.getUserId(), user.getGroupIds(), permission, resource,
        resourceId);
  }

  /** The root process instance of the case an execution belongs to (its own instance at the top level). */
  public static String rootProcessInstanceId(DelegateExecution execution) {
    return execution instanceof ExecutionEntity entity ? entity.getRootProcessInstanceId()
        : execution.getProcessInstanceId();
  }

  /** The key of the execution's process definition, e.g. {@code memberDevelopment}. */
  public static String processDefinitionKey(DelegateExecution execution) {
    if (execution instanceof ExecutionEntity entity && entity.getProcessDefinition() != null) {
      return entity.getProcessDefinition().getKey();
    }
    String id = execution.getProcessDefinitionId();
    return id == null ? null : id.split(":")[0];
  }
}
