package cn.dangjian.workflow.accountability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The two decision tables of {@code processes/}, one test per rule: each row names the rule that must match first and
 * what it gives. A rule no row reaches, or a row reaching another rule, fails; every rule cites its article.
 */
class AccountabilityDecisionTablesTest {

  private static final Path SUGGESTION = Path.of("processes/accountability-suggestion.dmn");
  private static final Path FOUR_FORMS = Path.of("processes/accountability-four-forms-category.dmn");
  private static final List<String> matched = new ArrayList<>();
  private static DmnEngine dmn;

  @BeforeAll
  static void engine() {
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.customPostDecisionTableEvaluationListeners(List.of((DmnDecisionTableEvaluationEvent event) -> {
      matched.clear();
      event.getMatchingRules().stream().map(DmnEvaluatedDecisionRule::getId).forEach(matched::add);
    }));
    dmn = configuration.buildEngine();
  }

  private static Object evaluate(Path file, String decision, Map<String, Object> inputs) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      DmnDecision parsed = dmn.parseDecision(decision, in);
      return dmn.evaluateDecisionTable(parsed, inputs).getSingleEntry();
    }
  }

  @ParameterizedTest(name = "rule {0}: {1} {2} {3} repeated={4} mitigating={5} aggravating={6} → {7}")
  @CsvSource({
      "1,  organisation, grave,   none,    false, false, false, 改组",
      "2,  organisation, serious, adverse, true,  false, false, 通报",
      "3,  organisation, minor,   none,    false, false, true,  通报",
      "4,  organisation, minor,   severe,  false, true,  false, 检查",
      "5,  individual,   grave,   severe,  false, false, true,  免职",
      "6,  individual,   grave,   none,    true,  true,  false, 调整职务",
      "7,  individual,   serious, severe,  false, true,  false, 诫勉、调整职务",
      "8,  individual,   serious, adverse, true,  true,  false, 诫勉",
      "9,  individual,   serious, none,    false, true,  true,  诫勉",
      "10, individual,   serious, adverse, false, true,  false, 通报",
      "11, individual,   serious, adverse, false, false, false, 诫勉",
      "12, individual,   minor,   none,    false, true,  false, 免予问责",
      "13, individual,   minor,   adverse, true,  false, false, 诫勉",
      "14, individual,   minor,   adverse, false, true,  false, 通报"})
  void suggestionRule(int rule, String subjectType, String severity, String consequence, boolean repeated,
      boolean mitigating, boolean aggravating, String suggested) throws IOException {
    Object result = evaluate(SUGGESTION, "accountabilitySuggestion", Map.of("subjectType", subjectType, "severity",
        severity, "consequence", consequence, "repeated", repeated, "mitigating", mitigating, "aggravating", aggravating));
    assertThat(matched).first().isEqualTo("Rule_AccountabilitySuggestion_" + rule);
    assertThat(result).isEqualTo(suggested);
  }

  @ParameterizedTest(name = "rule {0}: {1} → 第{2}种形态")
  @CsvSource({"1, 检查, 1", "1, 通报, 1", "1, 诫勉, 1", "2, 警告, 2", "2, 严重警告, 2", "2, 停职检查, 2", "2, 调整职务, 2",
      "2, 责令辞职, 2", "2, 免职, 2", "3, 撤销党内职务, 3", "3, 留党察看, 3", "3, 降职, 3", "4, 开除党籍, 4"})
  void fourFormsRule(int rule, String measure, int category) throws IOException {
    Object result = evaluate(FOUR_FORMS, "fourFormsCategory", Map.of("measure", measure));
    assertThat(matched).containsExactly("Rule_FourFormsCategory_" + rule);
    assertThat(result).isEqualTo(category);
  }

  @Test
  void 改组IsNoneOfTheFourForms() throws IOException {
    assertThat(evaluate(FOUR_FORMS, "fourFormsCategory", Map.of("measure", "改组"))).isNull();
    assertThat(matched).isEmpty();
  }

  @Test
  void everyMeasureADecisionMayChooseIsCategorisedOrIsAnOrganisationsForm() throws IOException {
    for (Measures measure : Measures.values()) {
      Object category = evaluate(FOUR_FORMS, "fourFormsCategory", Map.of("measure", measure.name()));
      assertThat(category == null).as(measure.name()).isEqualTo(measure == Measures.改组);
    }
  }

  @Test
  void everyRuleIsTestedAndCitesItsArticle() {
    for (Path file : List.of(SUGGESTION, FOUR_FORMS)) {
      DmnModelInstance model = Dmn.readModelFromFile(file.toFile());
      for (Rule rule : model.getModelElementsByType(Rule.class)) {
        assertThat(rule.getDescription().getTextContent()).as(rule.getId()).containsPattern("第[一二三四五六七八九十]+条");
      }
    }
    assertThat(Dmn.readModelFromFile(SUGGESTION.toFile()).getModelElementsByType(Rule.class)).hasSize(14);
    assertThat(Dmn.readModelFromFile(FOUR_FORMS.toFile()).getModelElementsByType(Rule.class)).hasSize(4);
  }
}
