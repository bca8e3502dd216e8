package cn.dangjian.workflow.enginegate;

import cn.dangjian.workflow.web.InvalidInputException;
import java.util.List;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;

/**
 * The error body of the engine APIs, in Camunda's shape ({@code type}, {@code message}, {@code code}) plus
 * {@code field} when one field is at fault, as Tasklist shows {@code message} to the user. Other modules' filters in
 * front of the engine APIs answer in this shape too.
 */
public final class EngineErrorBody {

  private EngineErrorBody() {}

  static Map<String, Object> of(String type, String message, String field) {
    return of(type, message, field, List.of());
  }

  /** With every problem of an invalid submission ({@code problems}: field and sentence each). */
  static Map<String, Object> of(String type, String message, String field, List<InvalidInputException.Problem> problems) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("message", message);
    if (field != null) {
      body.put("field", field);
    }
    if (!problems.isEmpty()) {
      body.put("problems", problems);
    }
    body.put("code", 0);
    return body;
  }

  public static Map<String, Object> of(InvalidInputException invalid) {
    return of("ValidationError", invalid.getMessage(), invalid.field(), invalid.problems());
  }

  /** Replaces whatever the response holds with the error body (the response must not be committed). */
  static void write(ObjectMapper json, HttpServletResponse response, int status, String type, String message,
      String field) throws IOException {
    write(json, response, status, of(type, message, field));
  }

  public static void write(ObjectMapper json, HttpServletResponse response, int status, Map<String, Object> body)
      throws IOException {
    response.resetBuffer();
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getOutputStream().write(json.writeValueAsBytes(body));
  }
}
