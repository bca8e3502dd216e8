package cn.dangjian.workflow.engine.forms;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;


/**
 * A generated corpus of malformed form submissions: a valid submission of a form with one thing broken
 * (a value of the wrong type, too long, with control characters or markup, out of range, not one of the
 * options, a missing required field, an unknown field, a malformed variable, a malformed body). Seeded,
 * so a failure can be reproduced from the seed it prints.
 */
public final class HostileSubmissions {

  /**
   * One submission: the raw request body, and the field the server must name ({@code null} when the body as
   * a whole is malformed and there is no field to name).
   */
  public record Hostile(String what, byte[] body, String field) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] SCRIPTS = {"<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
      "</textarea><svg/onload=alert(1)>", "<iframe src=javascript:alert(1)>", "<!-- x -->"};
  private static final String[] SQL = {"' OR '1'='1", "'; DROP TABLE ACT_RU_TASK; --", "1; DELETE FROM dj_record",
      "\" OR 1=1 --", "admin'--"};
  private static final String[] BAD_DATES = {"2025-02-30", "2025-13-01", "0000-01-01", "9999-12-31", "1899-12-31",
      "2101-01-01", "yesterday", "2025/01/01", "01-02-2025", "2025-1-1", "+10000-01-01", "2025-01-01T25:00:00"};
  private static final String[] CONTROL = {"\u0000", "\u0007", "\u001b[31m", "\u007f", "\u0085", "\b"};
  private static final String[] INVISIBLE = {"\u202e", "\u202d", "\u2066", "\uffff", "\ufffe"};

  private final FormSchema form;
  private final Map<String, Object> valid;

  private HostileSubmissions(FormSchema form, Map<String, Object> valid) {
    this.form = form;
    this.valid = valid;
  }

  /** The corpus for a form (classpath {@code bpm/forms/<id>.form}) around a valid submission of it. */
  public static HostileSubmissions around(String formId, Map<String, Object> validValues) {
    try (InputStream in = HostileSubmissions.class.getResourceAsStream("/bpm/forms/" + formId + ".form")) {
      if (in == null) {
        throw new IllegalArgumentException("No form " + formId + " on the classpath");
      }
      FormSchema schema = FormSchema.parse(JSON.readTree(in));
      Map<String, Object> valid = new LinkedHashMap<>();
      validValues.forEach((k, v) -> {
        if (schema.fields().containsKey(k) && v != null) {
          valid.put(k, v);
        }
      });
      SubmittedValues.check(schema, valid);
      return new HostileSubmissions(schema, valid);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The valid submission itself, as a {@code submit-form} body. */
  public byte[] validBody() {
    return body(variables(valid));
  }

  public List<Hostile> generate(Random random, int count) {
    List<Hostile> corpus = new ArrayList<>(count);
    List<FormField> fields = new ArrayList<>(form.fields().values());
    while (corpus.size() < count) {
      int kind = random.nextInt(20);
      if (kind == 0) {
        corpus.add(unknownField(random));
      } else if (kind == 1) {
        corpus.add(malformedVariable(random, fields.get(random.nextInt(fields.size()))));
      } else if (kind == 2) {
        corpus.add(malformedBody(random));
      } else {
        FormField field = fields.get(random.nextInt(fields.size()));
        corpus.add(broken(field, random));
      }
    }
    return corpus;
  }

  private Hostile broken(FormField field, Random random) {
    if (field.required() && random.nextInt(8) == 0) {
      Map<String, Map<String, Object>> variables = variables(valid);
      variables.remove(field.key());
      return new Hostile("missing required " + field.key(), body(variables), field.key());
    }
    Object value = switch (field.kind()) {
      case ONE_LINE_TEXT, MULTI_LINE_TEXT -> badText(field, random);
      case DATE -> badDate(random);
      case NUMBER -> badNumber(field, random);
      case BOOLEAN -> pick(random, "yes", 1, "true", "是", 0.5);
      case CHOICE -> badChoice(field, random);
    };
    if (value == null && !field.required()) {
      value = "<b>" + field.key() + "</b>";
    }
    Map<String, Map<String, Object>> variables = variables(valid);
    variables.put(field.key(), dto(value));
    return new Hostile(field.key() + " = " + describe(value), body(variables), field.key());
  }

  private static Object badText(FormField field, Random random) {
    int limit = field.maxLength() != null ? field.maxLength() : SubmittedValues.MAX_TEXT;
    String word = "党员发展" + (char) ('a' + random.nextInt(26));
    return switch (random.nextInt(9)) {
      case 0 -> pick(random, 42, 3.14, true, -7L);
      case 1 -> "党".repeat(limit + 1 + random.nextInt(random.nextBoolean() ? 5 : 20_000));
      case 2 -> word + pick(random, CONTROL) + word;
      case 3 -> word + pick(random, INVISIBLE) + word;
      case 4 -> word + "\ud800" + word;
      case 5 -> pick(random, SCRIPTS);
      case 6 -> pick(random, SQL) + pick(random, SCRIPTS);
      case 7 -> field.kind() == FormField.Kind.ONE_LINE_TEXT ? word + "\n" + word : word + "\u0000";
      default -> field.required() ? pick(random, "", "   ", "\t\n", null) : word + "\u001f";
    };
  }

  private static Object badDate(Random random) {
    return switch (random.nextInt(4)) {
      case 0 -> pick(random, BAD_DATES);
      case 1 -> pick(random, SQL);
      case 2 -> pick(random, 20250101, true, 1.7e12, pick(random, SCRIPTS));
      default -> "2025-01-0" + pick(random, CONTROL);
    };
  }

  private static Object badNumber(FormField field, Random random) {
    double min = field.min() != null ? field.min() : 0;
    double max = field.max() != null ? field.max() : 999;
    return switch (random.nextInt(6)) {
      case 0 -> pick(random, "12", "abc", "1e3", "0x1F", pick(random, SQL));
      case 1 -> field.min() != null ? (Object) (int) (min - 1 - random.nextInt(1000)) : "七";
      case 2 -> field.max() != null ? (Object) (int) (max + 1 + random.nextInt(1000)) : true;
      case 3 -> field.integral() ? (Object) (min + 0.5) : "1,5";
      case 4 -> pick(random, 1e308, -1e308, Long.MAX_VALUE);
      default -> pick(random, true, pick(random, SCRIPTS));
    };
  }

  private static Object badChoice(FormField field, Random random) {
    String option = field.options().isEmpty() ? "x" : field.options().iterator().next();
    return switch (random.nextInt(5)) {
      case 0 -> option + " ";
      case 1 -> option.toUpperCase() + "_UNKNOWN";
      case 2 -> pick(random, SQL);
      case 3 -> pick(random, 1, true, pick(random, SCRIPTS));
      default -> field.required() ? null : "maybe";
    };
  }

  private Hostile unknownField(Random random) {
    String name = pick(random, "caseOutcome", "branchCode", "admin", "__proto__", "isApproved", "rulePack");
    if (form.fields().containsKey(name)) {
      name = "x_" + name;
    }
    Map<String, Map<String, Object>> variables = variables(valid);
    variables.put(name, dto(pick(random, "approve", "C1-B2", "true", 1)));
    return new Hostile("unknown field " + name, body(variables), name);
  }

  private Hostile malformedVariable(Random random, FormField field) {
    Map<String, Object> variables = new LinkedHashMap<>(variables(valid));
    Function<Object, Object> dto = switch (random.nextInt(6)) {
      case 0 -> raw -> raw;
      case 1 -> raw -> Map.of("value", Map.of("nested", raw == null ? "" : raw));
      case 2 -> raw -> Map.of("value", List.of(1, 2, 3));
      case 3 -> raw -> Map.of("value", "rO0ABXQAA2Zvbw==", "type", "Object", "valueInfo",
          Map.of("objectTypeName", "java.lang.String", "serializationDataFormat", "application/x-java-serialized-object"));
      case 4 -> raw -> Map.of("value", "abc", "type", pick(random, "Integer", "Long", "Double", "Boolean", "Short"));
      default -> raw -> Map.of("value", "x", "type", pick(random, "Bogus", "File", "Bytes", "java.lang.Runtime"));
    };
    variables.put(field.key(), dto.apply(valid.get(field.key())));
    return new Hostile("malformed variable " + field.key(), write(Map.of("variables", variables)), field.key());
  }

  private Hostile malformedBody(Random random) {
    String good = new String(validBody(), UTF_8);
    byte[] body = switch (random.nextInt(5)) {
      case 0 -> good.substring(0, 1 + random.nextInt(good.length() - 1)).getBytes(UTF_8);
      case 1 -> "{\"variables\": [1, 2]}".getBytes(UTF_8);
      case 2 -> new byte[] {'{', (byte) 0xff, (byte) 0xfe, '}'};
      case 3 -> "{\"variables\": \"all\"}".getBytes(UTF_8);
      default -> ("{\"variables\": {\"" + "a".repeat(300) + "\": {\"value\": 1}}}").getBytes(UTF_8);
    };
    return new Hostile("malformed body", body, null);
  }

  private static Map<String, Map<String, Object>> variables(Map<String, Object> values) {
    Map<String, Map<String, Object>> variables = new LinkedHashMap<>();
    values.forEach((k, v) -> variables.put(k, dto(v)));
    return variables;
  }

  /** A Camunda REST variable, typed as Tasklist types what a form produces. */
  private static Map<String, Object> dto(Object value) {
    Map<String, Object> dto = new LinkedHashMap<>();
    dto.put("value", value);
    dto.put("type", value == null ? "Null" : value instanceof Integer ? "Integer" : value instanceof Long ? "Long"
        : value instanceof Double ? "Double" : value instanceof Boolean ? "Boolean" : "String");
    return dto;
  }

  private static byte[] body(Map<String, Map<String, Object>> variables) {
    return write(Map.of("variables", variables));
  }

  private static byte[] write(Object value) {
    try {
      return JSON.writeValueAsBytes(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String describe(Object value) {
    String text = String.valueOf(value);
    return text.length() > 40 ? text.substring(0, 40) + "…(" + text.length() + ")" : text;
  }

  @SafeVarargs
  private static <T> T pick(Random random, T... values) {
    return values[random.nextInt(values.length)];
  }
}
