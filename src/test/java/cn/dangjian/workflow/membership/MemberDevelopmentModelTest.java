package cn.dangjian.workflow.membership;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.junit.jupiter.api.Test;

/**
 * Conventions of {@code processes/member-development.bpmn} that Modeler edits must keep: Chinese names,
 * cited articles on timed and guarded elements, no Java class names, forms that exist, records with a
 * known type written asynchronously, DI for every element.
 */
class MemberDevelopmentModelTest {

  private static final Path BPMN = Path.of("processes", "member-development.bpmn");
  private final BpmnModelInstance model = Bpmn.readModelFromFile(BPMN.toFile());

  @Test
  void opensAsACamunda724DiagramWithoutJavaClassNames() throws Exception {
    String xml = Files.readString(BPMN);
    assertThat(xml).contains("modeler:executionPlatform=\"Camunda Platform\"")
        .contains("modeler:executionPlatformVersion=\"7.24.0\"").contains("camunda:historyTimeToLive=")
        .doesNotContain("camunda:class=").doesNotContain("cn.dangjian");
  }

  @Test
  void everyFlowNodeHasAChineseNameAndEveryElementHasDi() {
    Set<String> shapes = model.getModelElementsByType(BpmnShape.class).stream()
        .map(s -> s.getBpmnElement().getId()).collect(Collectors.toSet());
    Set<String> edges = model.getModelElementsByType(BpmnEdge.class).stream()
        .map(e -> e.getBpmnElement().getId()).collect(Collectors.toSet());
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      assertThat(node.getName()).as(node.getId()).isNotBlank().matches(".*\\p{IsHan}.*");
      assertThat(node.getId()).as("readable id").matches("[A-Z][A-Za-z]+_[A-Za-z0-9]+");
      assertThat(shapes).as("shape of " + node.getId()).contains(node.getId());
    }
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      assertThat(edges).as("edge of " + flow.getId()).contains(flow.getId());
    }
  }

  @Test
  void timersAndGuardsCiteTheirArticle() {
    Set<BaseElement> cited = new HashSet<>();
    cited.addAll(model.getModelElementsByType(BoundaryEvent.class));
    cited.addAll(model.getModelElementsByType(IntermediateCatchEvent.class));
    cited.addAll(model.getModelElementsByType(UserTask.class).stream()
        .filter(t -> t.getExtensionElements() != null && !t.getExtensionElements().getElementsQuery().list().isEmpty()
            && !t.getId().startsWith("Task_Supervise")).toList());
    for (BaseElement element : cited) {
      assertThat(element.getDocumentations()).as(element.getId()).isNotEmpty();
      assertThat(element.getDocumentations().iterator().next().getTextContent()).as(element.getId())
          .containsPattern("第[一二三四五六七八九十]+条");
    }
    String xml = model.getModelElementsByType(BoundaryEvent.class).stream()
        .map(b -> b.getEventDefinitions().iterator().next().getTextContent()).collect(Collectors.joining());
    assertThat(xml).as("timers read the rule pack or the deadlines bean, no literal durations").doesNotContain("P1M")
        .doesNotContain("P3M").doesNotContain("P6M");
  }

  @Test
  void everyUserTaskHasAnExistingCamundaForm() throws Exception {
    ObjectMapper json = new ObjectMapper();
    Set<String> refs = new HashSet<>();
    model.getModelElementsByType(UserTask.class).forEach(t -> refs.add(t.getAttributeValueNs(
        "http://camunda.org/schema/1.0/bpmn", "formRef")));
    model.getModelElementsByType(StartEvent.class).stream().filter(s -> s.getParentElement() instanceof
        org.camunda.bpm.model.bpmn.instance.Process).forEach(s -> refs.add(s.getAttributeValueNs(
        "http://camunda.org/schema/1.0/bpmn", "formRef")));
    assertThat(refs).doesNotContainNull();
    for (String ref : refs) {
      File file = Path.of("forms", ref + ".form").toFile();
      assertThat(file).as(ref).exists();
      JsonNode form = json.readTree(file);
      assertThat(form.get("id").asText()).isEqualTo(ref);
      assertThat(form.get("schemaVersion").asInt()).isEqualTo(16);
      assertThat(form.get("type").asText()).isEqualTo("default");
      Set<String> keys = new HashSet<>();
      form.get("components").forEach(c -> {
        if (c.has("key")) {
          assertThat(keys.add(c.get("key").asText())).as(ref + " duplicate key " + c.get("key")).isTrue();
        }
      });
    }
  }

  @Test
  void recordStepsAreAsynchronousWithAKnownRecordType() {
    Set<String> known = Set.copyOf(MembershipRecordTemplates.recordTypes());
    Set<String> used = new HashSet<>();
    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      if (!"${recordWriter}".equals(task.getCamundaDelegateExpression())) {
        continue;
      }
      assertThat(task.isCamundaAsyncBefore()).as(task.getId()).isTrue();
      String type = task.getExtensionElements().getElementsQuery().list().stream()
          .flatMap(e -> e.getChildElementsByType(CamundaInputParameter.class).stream())
          .filter(p -> p.getCamundaName().equals("recordType")).map(CamundaInputParameter::getTextContent)
          .findFirst().orElseThrow();
      assertThat(known).as(task.getId()).contains(type);
      used.add(type);
    }
    assertThat(used).as("every template is used").isEqualTo(known);
  }
}
