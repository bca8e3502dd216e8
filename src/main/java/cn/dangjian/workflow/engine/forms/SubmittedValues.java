package cn.dangjian.workflow.engine.forms;

import cn.dangjian.workflow.web.InvalidInputException;
import cn.dangjian.workflow.text.PlainText;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks a form submission against its form before any of it is stored: only the form's inputs, each of
 * the type its input produces, within the limits the designer declared, as plain text. All problems
 * found are reported together as one {@link InvalidInputException} naming each field, so the transaction is rolled
 * back and the task stays as it was. Business rules (dates in order, tallies that add up) come after, in
 * the process's own listeners.
 */
final class SubmittedValues {

  /** Longest text any input may hold when its form declares no limit (opinions, minutes). */
  static final int MAX_TEXT = 5000;
  /** Bound of a number input that declares none: counts, days and hours of a case never come near it. */
  static final double LARGEST_NUMBER = 999_999_999;
  static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
  static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private SubmittedValues() {}

  /** Every problem of the submission at once, in the order of the form's fields, unknown fields first. */
  static void check(FormSchema form, Map<String, Object> submitted) {
    List<InvalidInputException.Problem> problems = new ArrayList<>();
    for (String key : submitted.keySet()) {
      if (!form.fields().containsKey(key)) {
        problems.add(new InvalidInputException.Problem(key, "表单“" + form.id() + "”没有字段 " + PlainText.printable(key)));
      }
    }
    for (FormField field : form.fields().values()) {
      try {
        if (submitted.containsKey(field.key())) {
          check(field, submitted.get(field.key()));
        } else if (field.required()) {
          throw new InvalidInputException(field.key(), field.named() + "不能为空");
        }
      } catch (InvalidInputException problem) {
        problems.addAll(problem.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  private static void check(FormField field, Object value) {
    if (value == null || value instanceof String s && s.isBlank()) {
      if (field.required()) {
        throw new InvalidInputException(field.key(), field.named() + "不能为空");
      }
      return;
    }
    switch (field.kind()) {
      case ONE_LINE_TEXT, MULTI_LINE_TEXT -> text(field, value);
      case DATE -> date(field, value);
      case NUMBER -> number(field, value);
      case BOOLEAN -> {
        if (!(value instanceof Boolean)) {
          throw invalid(field, "应为是或否（true/false）");
        }
      }
      case CHOICE -> {
        if (!(value instanceof String choice) || !field.options().contains(choice)) {
          throw invalid(field, "不是可选的值，可选：" + String.join("、", field.options()));
        }
      }
    }
  }

  private static void text(FormField field, Object value) {
    if (!(value instanceof String text)) {
      throw invalid(field, "应为文字");
    }
    int limit = field.maxLength() != null ? field.maxLength() : MAX_TEXT;
    int length = text.codePointCount(0, text.length());
    if (length > limit) {
      throw invalid(field, "不能超过 " + limit + " 个字（实为 " + length + " 个）");
    }
    if (field.minLength() != null && length < field.minLength()) {
      throw invalid(field, "不能少于 " + field.minLength() + " 个字");
    }
    PlainText.problem(text, field.kind() == FormField.Kind.MULTI_LINE_TEXT).ifPresent(problem -> {
      throw invalid(field, problem);
    });
    if (field.pattern() != null && !matches(field.pattern(), text)) {
      throw invalid(field, "格式不正确");
    }
  }

  private static void date(FormField field, Object value) {
    if (!(value instanceof String text) || !ISO_DATE.matcher(text).matches()) {
      throw invalid(field, "应为日期，格式 yyyy-MM-dd");
    }
    LocalDate date;
    try {
      date = LocalDate.parse(text);
    } catch (DateTimeException e) {
      throw invalid(field, "不是有效的日期：" + text);
    }
    if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
      throw invalid(field, "超出可填日期范围（" + EARLIEST + " 至 " + LATEST + "）");
    }
  }

  private static void number(FormField field, Object value) {
    if (!(value instanceof Number number) || !Double.isFinite(number.doubleValue())) {
      throw invalid(field, "应为数字");
    }
    double n = number.doubleValue();
    if (field.integral() && n != Math.rint(n)) {
      throw invalid(field, "应为整数");
    }
    double min = field.min() != null ? field.min() : -LARGEST_NUMBER;
    double max = field.max() != null ? field.max() : LARGEST_NUMBER;
    if (n < min || n > max) {
      throw invalid(field, "应在 " + plain(min) + " 至 " + plain(max) + " 之间");
    }
  }

  private static boolean matches(String pattern, String text) {
    try {
      return Pattern.compile(pattern).matcher(text).find();
    } catch (PatternSyntaxException e) {
      return true; // a designer's broken pattern is reported by the form linter, not held against the user
    }
  }

  private static InvalidInputException invalid(FormField field, String reason) {
    return new InvalidInputException(field.key(), field.named() + reason);
  }

  private static String plain(double bound) {
    return bound == Math.rint(bound) ? Long.toString((long) bound) : Double.toString(bound);
  }
}
