package cn.dangjian.workflow.casework;

import cn.dangjian.workflow.web.InvalidInputException;
import cn.dangjian.workflow.engine.EngineContext;
import cn.dangjian.workflow.calendar.CaseTime;
import cn.dangjian.workflow.text.PlainText;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Reads and checks submitted values for every family, with messages naming the field in Chinese and by key;
 * text is counted in characters as a person counts them (code points, so 𠮷 is one). Each read throws an
 * {@link InvalidInputException} for its field; {@link Submission} collects them to report all at once.
 */
public final class FieldValues {

  /** Longest free text a form may submit (opinions, minutes); one-line fields are limited in the forms too. */
  public static final int MAX_TEXT = 5000;

  private FieldValues() {}

  public static String text(VariableScope scope, String field, String label) {
    Object value = scope.getVariable(field);
    if (value == null || value.toString().isBlank()) {
      throw new InvalidInputException(field, label + "（" + field + "）不能为空");
    }
    return limited(value.toString(), field, label);
  }

  /** Trimmed plain text of at most {@link #MAX_TEXT} code points; control characters are refused, not trimmed. */
  private static String limited(String text, String field, String label) {
    int length = text.codePointCount(0, text.length());
    if (length > MAX_TEXT) {
      throw new InvalidInputException(field, label + "（" + field + "）不能超过 " + MAX_TEXT + " 个字（实为 " + length + " 个）");
    }
    PlainText.problem(text, true).ifPresent(problem -> {
      throw new InvalidInputException(field, label + "（" + field + "）" + problem);
    });
    return text.trim();
  }

  public static String optionalText(VariableScope scope, String field) {
    Object value = scope.getVariable(field);
    return value == null || value.toString().isBlank() ? null : limited(value.toString(), field, field);
  }

  public static String text(Map<String, Object> values, String field, String label) {
    Object value = values.get(field);
    if (value == null || value.toString().isBlank()) {
      throw new InvalidInputException(field, label + "（" + field + "）不能为空");
    }
    return limited(value.toString(), field, label);
  }

  /** An ISO date (yyyy-MM-dd) not after today. */
  public static LocalDate pastDate(VariableScope scope, String field, String label) {
    LocalDate date = date(scope.getVariable(field), field, label);
    notInFuture(date, field, label);
    return date;
  }

  public static LocalDate date(Object value, String field, String label) {
    if (value == null || value.toString().isBlank()) {
      throw new InvalidInputException(field, label + "（" + field + "）不能为空");
    }
    if (value instanceof java.util.Date d) {
      return CaseTime.dateOf(d);
    }
    String text = value.toString().trim();
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, label + "（" + field + "）格式应为 yyyy-MM-dd，实为 " + text);
    }
  }

  public static void notInFuture(LocalDate date, String field, String label) {
    LocalDate today = EngineContext.today();
    if (date.isAfter(today)) {
      throw new InvalidInputException(field,
          label + "（" + field + "）" + date + " 不能晚于今天（" + today + "）");
    }
  }

  /** Dates of the case must be monotonic: a step cannot be dated before the previous one. */
  public static void notBefore(LocalDate date, LocalDate earlier, String field, String label, String earlierLabel) {
    if (earlier != null && date.isBefore(earlier)) {
      throw new InvalidInputException(field,
          label + "（" + field + "）" + date + " 不能早于" + earlierLabel + "（" + earlier + "）");
    }
  }

  public static int integer(VariableScope scope, String field, String label) {
    Object value = scope.getVariable(field);
    if (value == null || value.toString().isBlank()) {
      throw new InvalidInputException(field, label + "（" + field + "）不能为空");
    }
    if (value instanceof Number n) {
      if (n.doubleValue() != Math.rint(n.doubleValue())) {
        throw new InvalidInputException(field, label + "（" + field + "）必须为整数，实为 " + value);
      }
      return n.intValue();
    }
    try {
      return Integer.parseInt(value.toString().trim());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(field, label + "（" + field + "）必须为整数，实为 " + value);
    }
  }

  /** A yes/no field: {@code true}/{@code false} as a boolean or as text. */
  public static boolean bool(VariableScope scope, String field, String label) {
    Object value = scope.getVariable(field);
    if (value instanceof Boolean b) {
      return b;
    }
    if (value != null && ("true".equalsIgnoreCase(value.toString().trim())
        || "false".equalsIgnoreCase(value.toString().trim()))) {
      return Boolean.parseBoolean(value.toString().trim());
    }
    throw new InvalidInputException(field, label + "（" + field + "）应为 true 或 false" + (value == null ? "，不能为空"
        : "，实为 " + value));
  }

  /** One of the codes of {@code choices} (code → Chinese name); the message lists the names. */
  public static String choice(VariableScope scope, String field, String label, Map<String, String> choices) {
    Object value = scope.getVariable(field);
    if (value == null || value.toString().isBlank()) {
      throw new InvalidInputException(field, label + "（" + field + "）不能为空");
    }
    String code = value.toString().trim();
    if (!choices.containsKey(code)) {
      throw new InvalidInputException(field, label + "（" + field + "）应为以下之一：" + String.join("、",
          choices.entrySet().stream().map(e -> e.getKey() + "（" + e.getValue() + "）").toList()) + "；实为 " + code);
    }
    return code;
  }
}
