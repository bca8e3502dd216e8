package cn.dangjian.workflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The doors of {@code /engine-rest} a person walks a task through over HTTP, for any family's REST tests: the
 * Tasklist door ({@code submit-form}) and the integration door ({@code complete}), as a real user of the demo
 * organisation (password = user id); a refusal is a 400 naming the field and, where asserted, the sentence with the
 * article.
 */
public final class TaskDoors {

  /** The doors a guard must hold at: Tasklist's and an integration's. */
  public static final List<String> GUARDED = List.of("submit-form", "complete");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClientSupport http;

  public TaskDoors(int port) {
    this.http = new HttpClientSupport(port);
  }

  public HttpClientSupport http() {
    return http;
  }

  /** Posts {@code values} (typed Integer, Boolean or String; nulls left out) to {@code door} of the task. */
  public HttpResponse<String> post(String taskId, String door, String user, Map<String, Object> values) {
    return http.postJson("/engine-rest/task/" + taskId + "/" + door, user, json(Map.of("variables", typed(values))));
  }

  /** Claims the task for {@code user}, as Tasklist's "claim" does. */
  public HttpResponse<String> claim(String taskId, String user) {
    return http.postJson("/engine-rest/task/" + taskId + "/claim", user, json(Map.of("userId", user)));
  }

  /** Camunda REST's typed variables: {@code {"name": {"value": …, "type": …}}}. */
  public static Map<String, Object> typed(Map<String, Object> values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> {
      if (value != null) {
        String type = value instanceof Integer ? "Integer" : value instanceof Boolean ? "Boolean" : "String";
        variables.put(name, Map.of("value", value, "type", type));
      }
    });
    return variables;
  }

  public static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A 204: the door took the submission. */
  public static void accepted(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
  }

  /** A 400 naming {@code field}, with each of {@code sentences} in the message. */
  public static void refused(HttpResponse<String> response, String field, String... sentences) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains("\"field\":\"" + field + "\"");
    if (sentences.length > 0) {
      assertThat(response.body()).contains(sentences);
    }
  }

  /** A 403 or 404: the user may not act on the task (or no longer sees it). */
  public static void forbidden(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isIn(403, 404);
  }
}
