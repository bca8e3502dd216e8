package cn.dangjian.workflow.supervision;

import cn.dangjian.workflow.engine.EngineContext;
import cn.dangjian.workflow.enginegate.EngineErrorBody;
import cn.dangjian.workflow.enginegate.EngineVariablePayloads;
import cn.dangjian.workflow.enginegate.ReplayedBody;
import cn.dangjian.workflow.enginegate.WebappSessions;
import cn.dangjian.workflow.web.InvalidInputException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The reporter's identity at the engine APIs' door ({@code /engine-rest}, Tasklist's {@code /camunda/api/engine}): a
 * report started there (Tasklist's start form, {@code submit-form} or {@code start} of {@code massIssue} or
 * {@code clueHandling}) is checked like {@link SupervisionReports} checks it, and the identity fields are taken out of
 * the request, sealed into the reporter store and replaced by their opaque reference before Camunda reads the body.
 * Anywhere else the identity fields are refused (HTTP 400): they never become variables, history or logs.
 */
class ReportStartGate extends OncePerRequestFilter {

  private static final Pattern START = Pattern.compile(
      ".*/process-definition/(?:key/([^/]+)(?:/tenant-id/[^/]+)?|([^/]+))/(?:start|submit-form)$");
  private static final Pattern IDENTITY_PATH = Pattern.compile(".*/variables/(reporterName|reporterContact|reporterIdNumber)(/.*)?$");
  private static final Set<String> PROCESS_KEYS = Set.of(SupervisionFamilies.MASS_ISSUE.processKey(),
      SupervisionFamilies.CLUE.processKey());

  private final ObjectMapper json;
  private final RepositoryService repository;
  private final SupervisionReports reports;
  private final IdentityService identity;

  ReportStartGate(ObjectMapper json, RepositoryService repository, SupervisionReports reports,
      IdentityService identity) {
    this.json = json;
    this.repository = repository;
    this.reports = reports;
    this.identity = identity;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())
        || "OPTIONS".equals(request.getMethod());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (WebappSessions.anonymousWebappCall(request)) {
      chain.doFilter(request, response);
      return;
    }
    String path = request.getRequestURI();
    Matcher identityPath = IDENTITY_PATH.matcher(path);
    if (identityPath.matches()) {
      refuse(response, new InvalidInputException(identityPath.group(1), refusal(identityPath.group(1))));
      return;
    }
    String contentType = request.getContentType() == null ? "" : request.getContentType().toLowerCase();
    if (!contentType.contains("json")) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body = request.getInputStream().readAllBytes();
    JsonNode root = body.length == 0 ? null : readOrNull(body);
    if (root == null || !root.isObject()) {
      chain.doFilter(new ReplayedBody(request, body), response);
      return;
    }
    Matcher start = START.matcher(path);
    String reportProcess = start.matches() ? reportProcess(start.group(1), start.group(2)) : null;
    try {
      if (reportProcess != null) {
        protect((ObjectNode) root, reportProcess);
        body = json.writeValueAsBytes(root);
      } else {
        refuseIdentityVariables(root);
      }
    } catch (InvalidInputException invalid) {
      refuse(response, invalid);
      return;
    }
    chain.doFilter(new ReplayedBody(request, body), response);
  }

  /** Checks the report as a whole and swaps the identity for its sealed reference. */
  private void protect(ObjectNode root, String processKey) {
    JsonNode variables = root.path("variables");
    Map<String, Object> values = new LinkedHashMap<>();
    if (variables.isObject()) {
      variables.properties().forEach(e -> values.put(e.getKey(), plain(e.getValue().path("value"))));
    }
    values.putIfAbsent("kind", SupervisionFamilies.CLUE.processKey().equals(processKey) ? Report.CLUE
        : Report.MASS_ISSUE);
    Optional<String> ref = reports.protectIdentity(values);
    if (variables.isObject()) {
      ObjectNode fields = (ObjectNode) variables;
      ReporterIdentity.FIELDS.forEach(fields::remove);
      fields.remove("reporterRef");
      ref.ifPresent(r -> fields.putObject("reporterRef").put("value", r).put("type", "String"));
    }
  }

  private static Object plain(JsonNode value) {
    if (value.isMissingNode() || value.isNull()) {
      return null;
    }
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    if (value.isNumber()) {
      return value.numberValue();
    }
    return value.isTextual() ? value.asText() : value; // a container: named as mistyped by the validator
  }

  private static void refuseIdentityVariables(JsonNode root) {
    for (Map.Entry<String, JsonNode> entry : root.properties()) {
      if (EngineVariablePayloads.VARIABLE_MAPS.contains(entry.getKey()) && entry.getValue().isObject()) {
        for (String field : ReporterIdentity.FIELDS) {
          if (entry.getValue().has(field)) {
            throw new InvalidInputException(field, refusal(field));
          }
        }
      }
    }
  }

  private static String refusal(String field) {
    return "举报人信息（" + field + "）不得作为流程变量保存：只能在受理登记时提交，由系统加密另存";
  }

  /** The supervision process a start request names, or null for any other. */
  private String reportProcess(String key, String id) {
    if (key != null) {
      return PROCESS_KEYS.contains(key) ? key : null;
    }
    ProcessDefinition definition = EngineContext.unrestricted(identity, () ->
        repository.createProcessDefinitionQuery().processDefinitionId(id).singleResult());
    return definition != null && PROCESS_KEYS.contains(definition.getKey()) ? definition.getKey() : null;
  }

  private JsonNode readOrNull(byte[] body) {
    try {
      return json.readTree(body);
    } catch (IOException e) {
      return null; // the payload filter before this one has already answered malformed JSON
    }
  }

  private void refuse(HttpServletResponse response, InvalidInputException invalid) throws IOException {
    EngineErrorBody.write(json, response, 400, EngineErrorBody.of(invalid));
  }
}
