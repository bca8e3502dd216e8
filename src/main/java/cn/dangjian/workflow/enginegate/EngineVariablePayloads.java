package cn.dangjian.workflow.enginegate;

import cn.dangjian.workflow.text.PlainText;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigInteger;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The engine APIs ({@code /engine-rest} and the webapps' {@code /camunda/api/engine}) take variables as
 * {@code {"name": {"value": …, "type": …}}}. Camunda answers a malformed one with HTTP 500 or with a 400
 * that does not say which variable; this filter checks the shape of every variable of a state-changing
 * request first and answers HTTP 400 naming it (the content of form fields is checked by the engine
 * against the form). It also caps request bodies: JSON at {@value #MAX_JSON_BYTES} bytes, uploads at
 * {@value #MAX_UPLOAD_BYTES} bytes (HTTP 413), and lets only files of the types {@link UploadCheck} accepts
 * through (HTTP 415).
 */
public class EngineVariablePayloads extends OncePerRequestFilter {

  static final int MAX_JSON_BYTES = 1024 * 1024;
  static final int MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
  private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");
  /** The body properties of the engine APIs that hold variables to store (names → {@code {value, type}}). */
  public static final Set<String> VARIABLE_MAPS = Set.of("variables", "processVariables", "processVariablesLocal",
      "modifications", "correlationKeys", "localCorrelationKeys", "localVariables");
  private static final Set<String> ACCEPTED_TYPES = Set.of("string", "integer", "long", "short", "double", "boolean",
      "date", "null", "json");
  private static final Pattern VARIABLE_NAME = Pattern.compile("[\\p{L}\\p{N}_.\\-]{1,100}");

  private final ObjectMapper json;

  public EngineVariablePayloads(ObjectMapper json) {
    this.json = json;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !STATE_CHANGING.contains(request.getMethod());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (WebappSessions.anonymousWebappCall(request)) {
      chain.doFilter(request, response); // the webapps' own security answers 401 before reading anything
      return;
    }
    String contentType = request.getContentType() == null ? "" : request.getContentType().toLowerCase();
    boolean upload = contentType.startsWith("multipart/");
    int limit = upload ? MAX_UPLOAD_BYTES : MAX_JSON_BYTES;
    byte[] body = request.getContentLengthLong() > limit ? null : request.getInputStream().readNBytes(limit + 1);
    if (body == null || body.length > limit) {
      refuse(response, 413, "PayloadTooLarge", upload ? "上传的文件超过 " + limit / 1024 / 1024 + " MB 上限"
          : "请求内容超过 " + limit / 1024 + " KB 上限", null);
      return;
    }
    Problem problem = upload ? uploadProblem(request, body)
        : contentType.contains("json") && body.length > 0 ? problemIn(body) : null;
    if (problem != null) {
      refuse(response, problem.status(), problem.type(), problem.message(), problem.field());
      return;
    }
    chain.doFilter(new ReplayedBody(request, body), response);
  }

  /** Files of the accepted types only, except process resources deployed by designers. */
  private static Problem uploadProblem(HttpServletRequest request, byte[] body) {
    if (request.getRequestURI().endsWith("/deployment/create")) {
      return null;
    }
    boolean attachment = request.getRequestURI().endsWith("/attachment/create");
    return UploadCheck.problem(request.getContentType(), body, attachment)
        .map(refusal -> new Problem(415, "UnsupportedUpload", refusal.part(), refusal.message())).orElse(null);
  }

  private Problem problemIn(byte[] body) {
    JsonNode root;
    try {
      root = json.readTree(body);
    } catch (JsonProcessingException e) {
      return Problem.invalid(null, "请求内容不是有效的 JSON（第 " + e.getLocation().getLineNr() + " 行第 "
          + e.getLocation().getColumnNr() + " 列）");
    } catch (IOException e) {
      return Problem.invalid(null, "请求内容无法读取");
    }
    if (root == null || !root.isObject()) {
      return root != null && root.isArray() ? null : Problem.invalid(null, "请求内容应为 JSON 对象");
    }
    for (Map.Entry<String, JsonNode> entry : root.properties()) {
      // An array under these names is query criteria ({"name", "operator", "value"}), not variables to store.
      if (VARIABLE_MAPS.contains(entry.getKey()) && entry.getValue().isObject()) {
        Problem problem = problemInVariables(entry.getValue());
        if (problem != null) {
          return problem;
        }
      }
    }
    return null;
  }

  private static Problem problemInVariables(JsonNode variables) {
    for (Map.Entry<String, JsonNode> variable : variables.properties()) {
      String name = variable.getKey();
      if (!VARIABLE_NAME.matcher(name).matches()) {
        String shown = PlainText.printable(name);
        return Problem.invalid(shown, "变量名“" + shown + "”不合法：只能由字母、数字、下划线、点和连字符组成，最多 100 个字符");
      }
      Problem problem = problemInValue(name, variable.getValue());
      if (problem != null) {
        return problem;
      }
    }
    return null;
  }

  private static Problem problemInValue(String name, JsonNode dto) {
    if (!dto.isObject()) {
      return Problem.invalid(name, "变量 " + name + " 的格式不正确，应为 {\"value\": …, \"type\": …}");
    }
    JsonNode value = dto.path("value");
    JsonNode typeNode = dto.get("type");
    if (typeNode != null && !typeNode.isNull() && !typeNode.isTextual()) {
      return Problem.invalid(name, "变量 " + name + " 的类型（type）应为文字");
    }
    String type = typeNode == null || typeNode.isNull() ? null : typeNode.asText().toLowerCase();
    if (type == null) {
      return value.isContainerNode() ? Problem.invalid(name, "变量 " + name + " 的值应为文字、数字或是否") : null;
    }
    if (!ACCEPTED_TYPES.contains(type)) {
      return Problem.invalid(name, "变量 " + name + " 的类型“" + PlainText.printable(typeNode.asText()) + "”不被接受（可用：String、Integer、"
          + "Long、Short、Double、Boolean、Date、Json、Null）");
    }
    if (value.isMissingNode() || value.isNull() || "null".equals(type) || "json".equals(type)) {
      return null;
    }
    boolean fits = switch (type) {
      case "string", "date" -> value.isTextual();
      case "boolean" -> value.isBoolean() || value.isTextual() && Set.of("true", "false").contains(value.asText());
      case "double" -> value.isNumber() || value.isTextual() && isDecimal(value.asText());
      default -> integerFits(value, type);
    };
    return fits ? null : Problem.invalid(name, "变量 " + name + " 的值与类型 " + typeNode.asText() + " 不符");
  }

  private static boolean integerFits(JsonNode value, String type) {
    BigInteger number;
    if (value.isIntegralNumber()) {
      number = value.bigIntegerValue();
    } else if (value.isTextual() && value.asText().matches("-?\\d{1,20}")) {
      number = new BigInteger(value.asText());
    } else {
      return false;
    }
    long min = switch (type) {
      case "short" -> Short.MIN_VALUE;
      case "integer" -> Integer.MIN_VALUE;
      default -> Long.MIN_VALUE;
    };
    long max = switch (type) {
      case "short" -> Short.MAX_VALUE;
      case "integer" -> Integer.MAX_VALUE;
      default -> Long.MAX_VALUE;
    };
    return number.compareTo(BigInteger.valueOf(min)) >= 0 && number.compareTo(BigInteger.valueOf(max)) <= 0;
  }

  private static boolean isDecimal(String text) {
    try {
      return Double.isFinite(Double.parseDouble(text));
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private void refuse(HttpServletResponse response, int status, String type, String message, String field)
      throws IOException {
    EngineErrorBody.write(json, response, status, type, message, field);
  }

  private record Problem(int status, String type, String field, String message) {

    static Problem invalid(String field, String message) {
      return new Problem(400, "ValidationError", field, message);
    }
  }
}
