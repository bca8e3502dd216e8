package cn.dangjian.workflow.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;

/**
 * The error body of the engine APIs, in Camunda's shape ({@code type}, {@code message}, {@code code}) plus
 * {@code field} when one field is at fault, as Tasklist shows {@code message} to the user.
 */
final class EngineErrorBody {

  private EngineErrorBody() {}

  static Map<String, Object> of(String type, String message, String field) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("message", message);
    if (field != null) {
      body.put("field", field);
    }
    body.put("code", 0);
    return body;
  }

  /** Replaces whatever the response holds with the error body (the response must not be committed). */
  static void write(ObjectMapper json, HttpServletResponse response, int status, String type, String message,
      String field) throws IOException {
    response.resetBuffer();
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getOutputStream().write(json.writeValueAsBytes(of(type, message, field)));
  }
}
