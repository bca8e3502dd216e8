package cn.dangjian.workflow.enginegate;

import cn.dangjian.workflow.engine.Causes;
import cn.dangjian.workflow.web.NotFoundException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Camunda's engine API answers many mistakes of the caller with HTTP 500: an id that matches nothing
 * ({@code NullValueException: Cannot find task with id …}), a required property missing from the body (a
 * {@code NullPointerException} inside the resource). For a client those are 404 and 400. Used by the
 * exception mapper of {@code /engine-rest} and the response filter of the webapps' engine API.
 */
final class EngineErrors {

  record Outcome(int status, String message) {}

  private static final Pattern NOT_FOUND = Pattern.compile(
      "Cannot find|doesn't exist|does not exist|not found|No \\w+(?: \\w+)* found|no deployed", Pattern.CASE_INSENSITIVE);
  private static final Pattern NOT_APPLICABLE = Pattern.compile(
      "does not have a subscription|cannot be deleted because|is not a message start event|Only timer jobs can be",
      Pattern.CASE_INSENSITIVE);
  static final String MISSING_INPUT = "请求缺少必要的参数，或参数格式不正确";

  private EngineErrors() {}

  /** How to answer an engine failure of this type and message, if it is the caller's mistake. */
  static Optional<Outcome> classify(String type, String message) {
    if (type == null) {
      return Optional.empty();
    }
    String text = message == null ? "" : message;
    if (TaskGone.matches(text)) {
      return Optional.of(new Outcome(404, TaskGone.MESSAGE));
    }
    return switch (type) {
      case "NullValueException", "NotFoundException", "NotValidException", "BadUserRequestException",
          "RestException", "InvalidRequestException", "ProcessEngineException" ->
          NOT_FOUND.matcher(text).find() ? Optional.of(new Outcome(404, text))
              : "NullValueException".equals(type) || NOT_APPLICABLE.matcher(text).find()
                  ? Optional.of(new Outcome(400, text)) : Optional.empty();
      case "NullPointerException" -> Optional.of(new Outcome(400, MISSING_INPUT));
      default -> Optional.empty();
    };
  }

  /** The first element of the cause chain that is the caller's mistake. */
  static Optional<Outcome> classify(Throwable failure) {
    for (Throwable t : Causes.of(failure)) {
      Optional<Outcome> outcome = classify(t.getClass().getSimpleName(), t.getMessage());
      if (outcome.isPresent()) {
        return outcome;
      }
    }
    return Optional.empty();
  }
}
