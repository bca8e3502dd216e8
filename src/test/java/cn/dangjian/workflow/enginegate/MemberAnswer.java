package cn.dangjian.workflow.enginegate;

import cn.dangjian.workflow.enginegate.EngineRestRoutes.Route;
import java.util.Set;
import java.util.regex.Pattern;

/** Whether an engine route's answer to a member without any role gives away or changes nothing. */
final class MemberAnswer {

  /**
   * Reads that answer every signed-in user with facts about themselves or the installation: their own
   * account and groups, the Tasklist filters shared with all staff, the product version, history cleanup
   * and telemetry settings, metric sums, and the links JAX-RS lists for OPTIONS. Every group by id and name (posts
   * and organisations, never their members): Tasklist names a task's candidate groups with them.
   */
  private static final Set<String> HARMLESS = Set.of("GET /user", "GET /user/count", "GET /group", "POST /group",
      "GET /group/count", "POST /group/count", "GET /filter", "GET /filter/count", "GET /version",
      "GET /history/cleanup/configuration", "GET /telemetry/configuration", "GET /metrics/{name}/sum",
      "GET /identity/groups", "GET /identity/password-policy", "POST /identity/password-policy",
      "POST /identity/verify", "GET /user/{id}/profile", "GET /group/{id}");

  /**
   * Routes that accept an empty body ({@code {}}) as "nothing to do" before any authorization check. The
   * test proves afterwards that the case they named is unchanged.
   */
  private static final Set<String> NO_OP_ON_EMPTY_BODY = Set.of("POST /process-instance/{id}/modification");

  /**
   * Job routes list the engine's housekeeping jobs (history cleanup, no process behind them) to every signed-in
   * user, by Camunda's design; acceptable as long as no job or log entry of a process shows.
   */
  private static final Pattern HOUSEKEEPING_ROUTE =
      Pattern.compile("/job(/count)?|/history/cleanup/jobs?|/history/job-log(/count)?");
  private static final Pattern OF_A_PROCESS =
      Pattern.compile("\"(processInstanceId|processDefinitionKey)\":\"");

  private MemberAnswer() {}

  /** {@code null} when the answer is acceptable, otherwise why not. */
  static String judge(Route route, int status, String body) {
    if (status >= 500) {
      return "server error";
    }
    if (status < 200 || status >= 300 || HARMLESS.contains(route.method() + " " + route.template())
        || "OPTIONS".equals(route.method()) || status == 204 && NO_OP_ON_EMPTY_BODY.contains(route.method() + " "
        + route.template())) {
      return null;
    }
    String trimmed = body == null ? "" : body.trim();
    if (HOUSEKEEPING_ROUTE.matcher(route.template()).matches() && !OF_A_PROCESS.matcher(trimmed).find()) {
      return null;
    }
    if (trimmed.equals("[]") || trimmed.matches("\\{\"count\":0}")) {
      return null;
    }
    return "success with content";
  }
}
