package cn.dangjian.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.ClassUtils;

/**
 * Every {@code camunda:formRef} names a form in {@code forms/}; every bean an expression names (delegate
 * expressions, listener and service-task expressions, task assignment, due dates, timers, conditions, inputs; see
 * {@link ElBeanCalls} for what counts as a bean) is in the Spring context with a public method of that name taking
 * that many arguments. Form ids carry their family and are unique.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class ProcessReferencesTest {

  /** The families of processes and forms: a form's id starts with {@code <family>-}. */
  static final List<String> FORM_FAMILIES = List.of("membership", "responsibility", "accountability", "supervision", "statistics");
  private static final Path FORMS = Path.of("forms");
  /** Forms of the test probes in {@code src/test/resources/bpm/processes}, deployed in tests only. */
  private static final Path TEST_FORMS = Path.of("src/test/resources/bpm/forms");

  @Autowired ApplicationContext context;

  @Test
  void everyFormRefAndBeanExpressionInProcessesResolves() throws Exception {
    Set<String> forms = new TreeSet<>(BpmnReferences.formIds(FORMS));
    forms.addAll(BpmnReferences.formIds(TEST_FORMS));
    List<BpmnReferences.Reference> references = new ArrayList<>();
    for (Path bpmn : bpmnFiles()) {
      references.addAll(BpmnReferences.references(bpmn));
    }

    assertThat(references).extracting(BpmnReferences.Reference::kind).as("kinds of reference checked")
        .contains("formRef", "delegateExpression", "expression", "candidateGroups", "dueDate", "timeDate",
            "timeCycle", "conditionExpression");
    assertThat(BpmnReferences.unresolved(references, forms, this::beanType)).isEmpty();
  }

  @Test
  void everyFormHasAnIdThatMatchesItsFileName() throws Exception {
    for (Path form : BpmnReferences.files(FORMS, ".form")) {
      String expected = form.getFileName().toString().replace(".form", "");
      assertThat(BpmnReferences.formIds(form.getParent())).as(form.toString()).contains(expected);
    }
  }

  @Test
  void everyFormIdStartsWithItsFamily() throws Exception {
    Map<Path, String> ids = BpmnReferences.formIdsByFile(FORMS);

    assertThat(ids).isNotEmpty();
    assertThat(ids).as("form ids without one of the prefixes %s", FORM_FAMILIES)
        .allSatisfy((file, id) -> assertThat(hasFamilyPrefix(id)).as(file + ": " + id).isTrue());
  }

  @Test
  void noTwoFormsShareAnId() throws Exception {
    Map<String, List<Path>> filesById = BpmnReferences.formIdsByFile(FORMS).entrySet().stream()
        .collect(Collectors.groupingBy(Map.Entry::getValue,
            Collectors.mapping(Map.Entry::getKey, Collectors.toList())));

    assertThat(filesById).as("ids of more than one form").allSatisfy((id, files) -> assertThat(files).hasSize(1));
  }

  @Test
  void theFamilyPrefixIsAWholeWordFollowedByAName() {
    assertThat(hasFamilyPrefix("membership-filing")).isTrue();
    assertThat(hasFamilyPrefix("accountability-filing")).isTrue();
    assertThat(hasFamilyPrefix("filing")).isFalse();
    assertThat(hasFamilyPrefix("membership-")).isFalse();
    assertThat(hasFamilyPrefix("membershipfiling")).isFalse();
    assertThat(hasFamilyPrefix("test-vote-probe")).isFalse();
  }

  @Test
  void theCheckFindsAMissingFormAndAMissingBean() throws Exception {
    List<BpmnReferences.Reference> references =
        BpmnReferences.references(Path.of("src/test/resources/fixtures/unresolved-references.bpmn"));

    List<BpmnReferences.Unresolved> broken = BpmnReferences.unresolved(references, Set.of("known-form"),
        this::beanType);

    assertThat(references).hasSize(11);
    assertThat(broken).extracting(u -> u.reference().elementId(), u -> u.reference().value(),
        BpmnReferences.Unresolved::problem).containsExactlyInAnyOrder(
            tuple("fixture", "${caseAccess.noSuchMethod(execution)}",
                "bean 'caseAccess' (CaseAccess) has no public method noSuchMethod"),
            tuple("fixture", "${caseAccess.grant(execution)}",
                "bean 'caseAccess' (CaseAccess) has no method grant with 1 argument(s), only with 2 or 3"),
            tuple("Task_MissingForm", "missing-form", "no form with this id in forms/"),
            tuple("Task_MissingForm", "${noSuchBean}", "no bean 'noSuchBean'"),
            tuple("Task_MissingRouting", "${noSuchRouting.group(branchCode)}", "no bean 'noSuchRouting'"));
  }

  static boolean hasFamilyPrefix(String formId) {
    return FORM_FAMILIES.stream().anyMatch(family -> formId.startsWith(family + "-")
        && formId.length() > family.length() + 1);
  }

  private Class<?> beanType(String name) {
    if (!context.containsBean(name)) {
      return null;
    }
    Class<?> type = context.getType(name);
    return type == null ? Object.class : ClassUtils.getUserClass(type);
  }

  private static List<Path> bpmnFiles() throws Exception {
    List<Path> files = new ArrayList<>(BpmnReferences.files(Path.of("processes"), ".bpmn"));
    files.addAll(BpmnReferences.files(Path.of("src/test/resources/bpm/processes"), ".bpmn"));
    assertThat(files).isNotEmpty();
    return files;
  }
}
