package cn.dangjian.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, item 4: a step's name (what Tasklist lists) and its form's title (what the person reads above the fields)
 * say the same thing. A form's title is its first component, a text {@code Text_title} that is a {@code ###} heading;
 * it is the form's only heading of that level, and no sub-heading restates it in other words. For every user task and start event with a {@code camunda:formRef}:
 *
 * <ul>
 *   <li>a form used by one step: the title equals the step's name;
 *   <li>a form shared by several steps (e.g. {@code membership-filing} for the three filings): the title is generic and
 *       every step's name contains it (报上级党委备案（发展对象） contains 备案);
 *   <li>a name with an expression: only the expressions in {@link #NAME_EXPRESSIONS} are allowed, each read as the
 *       wording that holds for every organisation it can evaluate to — the deciding body of a branch is its 支委会
 *       (支部委员会) or, without one, its 支部大会 (细则第八条), both the 党支部's, so the form, which cannot change with the
 *       branch, says 党支部. A new expression fails this test until its wording is decided here.
 * </ul>
 */
class StepFormTitlesTest {

  /** Expressions allowed in step names, with the wording a form title uses for them. */
  static final Map<String, String> NAME_EXPRESSIONS = Map.of(
      "${branchDecisions.bodyName(branchCode)}", "党支部",
      "${branchDecisions.bodyTitle(branchCode)}", "党支部");

  private static final Pattern EXPRESSION = Pattern.compile("\\$\\{[^}]*}");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyStepWithAFormIsNamedAsItsFormsTitle() throws IOException {
    Map<String, List<String>> namesByForm = stepNamesByForm();
    assertThat(namesByForm).as("steps with forms").hasSizeGreaterThan(40);
    List<String> mismatches = new ArrayList<>();
    namesByForm.forEach((form, names) -> {
      String title = title(form);
      if (names.size() == 1 && !names.get(0).equals(title)) {
        mismatches.add(form + ": step " + names.get(0) + " ≠ title " + title);
      }
      if (names.size() > 1) {
        names.stream().filter(name -> !name.contains(title))
            .forEach(name -> mismatches.add(form + " (shared): step " + name + " does not contain title " + title));
      }
    });
    assertThat(mismatches).isEmpty();
  }

  @Test
  void everyFormHasOneTitle() throws IOException {
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      for (Path form : forms.filter(p -> p.toString().endsWith(".form")).toList()) {
        JsonNode components = JSON.readTree(form.toFile()).path("components");
        JsonNode first = components.get(0);
        assertThat(first.path("id").asText()).as("%s: first component", form).isEqualTo("Text_title");
        assertThat(first.path("text").asText()).as("%s: title", form).matches("### [^#\\n]+");
        String title = title(form.getFileName().toString().replace(".form", ""));
        for (JsonNode component : components) {
          String text = component.path("text").asText();
          if (text.startsWith("#### ")) {
            String heading = text.substring(5).lines().findFirst().orElse("").strip();
            assertThat(sorted(heading)).as("%s: the sub-heading %s restates the title %s", form, heading, title)
                .isNotEqualTo(sorted(title));
          }
        }
        assertThat(components.findValuesAsText("text").stream().filter(t -> t.startsWith("### "))).as(form.toString())
            .hasSize(1);
      }
    }
  }

  @Test
  void anUnknownExpressionInAStepNameIsNotAccepted() {
    assertThat(wording("${organisations.other(branchCode)}审查")).isNull();
    assertThat(wording("${branchDecisions.bodyTitle(branchCode)}审查")).isEqualTo("党支部审查");
  }

  /** The characters of a text in order: a heading with the same characters restates it (登记入党申请, 入党申请登记). */
  private static String sorted(String text) {
    return text.codePoints().sorted().collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString();
  }

  /** The form ids and the names of the steps using each, expressions read by {@link #NAME_EXPRESSIONS}. */
  private static Map<String, List<String>> stepNamesByForm() throws IOException {
    Map<String, List<String>> names = new LinkedHashMap<>();
    try (Stream<Path> processes = Files.list(Path.of("processes"))) {
      for (Path file : processes.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList()) {
        var model = Bpmn.readModelFromFile(new File(file.toString()));
        List<FlowNode> steps = new ArrayList<>(model.getModelElementsByType(UserTask.class));
        steps.addAll(model.getModelElementsByType(StartEvent.class));
        for (FlowNode step : steps) {
          String form = step.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef");
          if (form != null) {
            String name = wording(step.getName());
            assertThat(name).as("%s %s: every expression in its name is one of NAME_EXPRESSIONS", file, step.getId())
                .isNotNull();
            names.computeIfAbsent(form, f -> new ArrayList<>()).add(name);
          }
        }
      }
    }
    return names;
  }

  /** The name with each expression replaced by its wording; null when it holds an expression not decided on. */
  static String wording(String name) {
    Matcher m = EXPRESSION.matcher(name);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String wording = NAME_EXPRESSIONS.get(m.group());
      if (wording == null) {
        return null;
      }
      m.appendReplacement(out, Matcher.quoteReplacement(wording));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String title(String formId) {
    try {
      String text = JSON.readTree(Path.of("forms", formId + ".form").toFile()).path("components").get(0).path("text")
          .asText();
      return text.replaceFirst("^### ", "").strip();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
