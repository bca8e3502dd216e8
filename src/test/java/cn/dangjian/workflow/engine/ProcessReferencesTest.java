package cn.dangjian.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/** Every {@code camunda:formRef} names a form in {@code forms/}; every delegate expression names a bean. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class ProcessReferencesTest {

  @Autowired ApplicationContext context;

  @Test
  void everyFormRefAndDelegateExpressionInProcessesResolves() throws Exception {
    Set<String> forms = new java.util.HashSet<>(BpmnReferences.formIds(Path.of("forms")));
    forms.addAll(BpmnReferences.formIds(Path.of("src/test/resources/bpm/forms")));
    List<BpmnReferences.Reference> references = new ArrayList<>();
    for (Path bpmn : bpmnFiles()) {
      references.addAll(BpmnReferences.references(bpmn));
    }

    assertThat(BpmnReferences.unresolved(references, forms, context::containsBean)).isEmpty();
  }

  @Test
  void everyFormHasAnIdThatMatchesItsFileName() throws Exception {
    for (Path form : BpmnReferences.files(Path.of("forms"), ".form")) {
      String expected = form.getFileName().toString().replace(".form", "");
      assertThat(BpmnReferences.formIds(form.getParent())).as(form.toString()).contains(expected);
    }
  }

  @Test
  void theCheckFindsAMissingFormAndAMissingBean() throws Exception {
    List<BpmnReferences.Reference> references =
        BpmnReferences.references(Path.of("src/test/resources/fixtures/unresolved-references.bpmn"));

    List<BpmnReferences.Reference> broken = BpmnReferences.unresolved(references, Set.of("known-form"),
        context::containsBean);

    assertThat(references).hasSize(4);
    assertThat(broken).extracting(BpmnReferences.Reference::value)
        .containsExactlyInAnyOrder("missing-form", "${noSuchBean}");
  }

  private static List<Path> bpmnFiles() throws Exception {
    List<Path> files = new ArrayList<>(BpmnReferences.files(Path.of("processes"), ".bpmn"));
    files.addAll(BpmnReferences.files(Path.of("src/test/resources/bpm/processes"), ".bpmn"));
    assertThat(files).isNotEmpty();
    return files;
  }
}
