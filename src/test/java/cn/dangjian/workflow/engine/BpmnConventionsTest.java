package cn.dangjian.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The BPMN conventions ({@link BpmnConventions}) hold for every file of {@code processes/}, one rule per test so a
 * failure names the rule, the file and every element that breaks it; a fixture that breaks each rule once shows
 * that every rule finds what it looks for.
 */
class BpmnConventionsTest {

  private static final Path PROCESSES = Path.of("processes");
  private static final Path VIOLATIONS = Path.of("src/test/resources/fixtures/convention-violations.bpmn");
  private static final Map<Path, BpmnModelInstance> MODELS = new ConcurrentHashMap<>();

  static Stream<Path> processFiles() throws IOException {
    try (Stream<Path> files = Files.list(PROCESSES)) {
      return files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("processFiles")
  void declaresCamundaPlatform724(Path file) {
    assertKeeps(file, "the execution platform", BpmnConventions::executionPlatform);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("processFiles")
  void everyProcessIsExecutableWithAHistoryTimeToLive(Path file) {
    assertKeeps(file, "executable processes", BpmnConventions::executableProcesses);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("processFiles")
  void processesFlowNodesAndSequenceFlowsHaveReadableIds(Path file) {
    assertKeeps(file, "readable ids", BpmnConventions::readableIds);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("processFiles")
  void processesAndFlowNodesHaveChineseNames(Path file) {
    assertKeeps(file, "Chinese names", BpmnConventions::chineseNames);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("processFiles")
  void namesNoJavaClass(Path file) {
    assertKeeps(file, "no Java class names", BpmnConventions::noJavaClassNames);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("processFiles")
  void everyUserTaskHasALatestFormAndCandidatesFromAnExpression(Path file) {
    assertKeeps(file, "user tasks", BpmnConventions::userTasks);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("processFiles")
  void everyTimerReadsItsLimitFromAnExpression(Path file) {
    assertKeeps(file, "timers from rule packs", BpmnConventions::timersFromRulePacks);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("processFiles")
  void timedAndGuardedElementsCiteTheirArticle(Path file) {
    assertKeeps(file, "cited articles", BpmnConventions::citedArticles);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("processFiles")
  void everyServiceTaskCallsABean(Path file) {
    assertKeeps(file, "service tasks", BpmnConventions::serviceTasks);
  }

  @Test
  void everyRuleFindsItsViolationsInTheFixture() {
    BpmnModelInstance model = model(VIOLATIONS);

    assertThat(BpmnConventions.executionPlatform(model)).containsExactly(
        "Definitions_Violations: modeler:executionPlatformVersion is 7.21.0, not \"7.24.0\"");
    assertThat(BpmnConventions.executableProcesses(model)).containsExactlyInAnyOrder(
        "Process_1abc2de: not executable", "Process_1abc2de: no camunda:historyTimeToLive");
    assertThat(BpmnConventions.readableIds(model)).containsExactlyInAnyOrder(
        "Process_1abc2de: generated id, not its key in lower camel case (memberDevelopment) or Process_<Name>",
        "StartEvent_1: id is not <Prefix>_<Name>, e.g. Task_TalkWithApplicant",
        "Activity_0x7f3ab: generated id, not <Prefix>_<Name>, e.g. Task_TalkWithApplicant",
        "Flow_0ab12cd: generated id, not Flow_<Name>, e.g. Flow_ActivistDesignated");
    assertThat(BpmnConventions.chineseNames(model)).containsExactlyInAnyOrder(
        "Process_1abc2de: name \"Violations\" has no Chinese character",
        "Activity_0x7f3ab: name \"Review\" has no Chinese character",
        "Flow_0ab12cd: name \"yes\" has no Chinese character");
    assertThat(BpmnConventions.noJavaClassNames(model)).containsExactlyInAnyOrder(
        "Task_JavaClass: camunda:class=\"cn.dangjian.workflow.membership.TalkReminder\"",
        "Task_QualifiedName: camunda:expression names a Java class: ${java.lang.System.exit(0)}");
    assertThat(BpmnConventions.userTasks(model)).containsExactlyInAnyOrder(
        "Activity_0x7f3ab: camunda:formRefBinding is deployment, not latest",
        "Activity_0x7f3ab: camunda:candidateUsers=\"b1-secretary\" is not an expression",
        "Task_NoForm: no camunda:formRef",
        "StartEvent_1: camunda:formRefBinding is null, not latest");
    assertThat(BpmnConventions.timersFromRulePacks(model)).containsExactlyInAnyOrder(
        "Timer_Literal: timer \"PT5M\" is not an expression",
        "Timer_LiteralInExpression: timer \"${'R/P1M'}\" holds a literal duration");
    assertThat(BpmnConventions.citedArticles(model)).containsExactlyInAnyOrder(
        "Activity_0x7f3ab: documentation cites no article (第…条)",
        "Timer_Literal: documentation cites no article (第…条)");
    assertThat(BpmnConventions.serviceTasks(model)).containsExactly(
        "Task_JavaClass: neither camunda:delegateExpression nor camunda:expression");
  }

  @Test
  void anExpressionIsOneWholeExpression() {
    assertThat(BpmnConventions.isExpression(" ${membership.branchLeaders(branchCode)} ")).isTrue();
    assertThat(BpmnConventions.isExpression("#{a}")).isTrue();
    assertThat(BpmnConventions.isExpression("C1-B1.secretary")).isFalse();
    assertThat(BpmnConventions.isExpression("${a}, C1-B1.secretary")).isFalse();
    assertThat(BpmnConventions.isExpression("${a}${b}")).isFalse();
    assertThat(BpmnConventions.isExpression("${ }")).isFalse();
  }

  private static void assertKeeps(Path file, String rule, Function<BpmnModelInstance, List<String>> check) {
    List<String> violations = check.apply(model(file));
    assertThat(violations).withFailMessage("%s breaks the convention \"%s\" (README, Editing processes):%n  %s",
        file, rule, String.join(System.lineSeparator() + "  ", violations)).isEmpty();
  }

  private static BpmnModelInstance model(Path file) {
    return MODELS.computeIfAbsent(file, f -> Bpmn.readModelFromFile(f.toFile()));
  }
}
