package cn.dangjian.workflow.engine.forms;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** The inputs of one Camunda Form (a {@code .form} file), by key. */
record FormSchema(String id, Map<String, FormField> fields) {

  static FormSchema parse(JsonNode form) {
    Map<String, FormField> fields = new LinkedHashMap<>();
    collect(form.path("components"), fields);
    return new FormSchema(form.path("id").asText(), fields);
  }

  private static void collect(JsonNode components, Map<String, FormField> fields) {
    for (JsonNode component : components) {
      if (component.has("components")) {
        collect(component.path("components"), fields);
      }
      String key = component.path("key").asText(null);
      FormField.Kind kind = kind(component);
      if (key == null || kind == null) {
        continue;
      }
      JsonNode validate = component.path("validate");
      String label = component.path("label").asText(component.path("dateLabel").asText(key));
      fields.put(key, new FormField(key, label, kind, validate.path("required").asBoolean(false),
          integer(validate, "minLength"), integer(validate, "maxLength"), validate.path("pattern").asText(null),
          number(validate, "min"), number(validate, "max"), component.path("decimalDigits").asInt(-1) == 0,
          options(component)));
    }
  }

  private static FormField.Kind kind(JsonNode component) {
    return switch (component.path("type").asText()) {
      case "textfield" -> FormField.Kind.ONE_LINE_TEXT;
      case "textarea" -> FormField.Kind.MULTI_LINE_TEXT;
      case "datetime" -> FormField.Kind.DATE;
      case "number" -> FormField.Kind.NUMBER;
      case "checkbox" -> FormField.Kind.BOOLEAN;
      case "select", "radio" -> FormField.Kind.CHOICE;
      default -> null;
    };
  }

  private static Integer integer(JsonNode validate, String name) {
    return validate.hasNonNull(name) ? validate.get(name).asInt() : null;
  }

  private static Double number(JsonNode validate, String name) {
    return validate.hasNonNull(name) ? validate.get(name).asDouble() : null;
  }

  private static Set<String> options(JsonNode component) {
    Set<String> values = new LinkedHashSet<>();
    component.path("values").forEach(option -> values.add(option.path("value").asText()));
    return Set.copyOf(values);
  }
}
