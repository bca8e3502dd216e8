package cn.dangjian.workflow.accountability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.Test;

/**
 * The model itself proves that 申辩 and the 申诉 window cannot be skipped: with the statement task taken out, the
 * decision cannot be reached from the start; with the appeal window taken out (the task and its timer), no end can be
 * reached from the decision. A parallel join is reached only when all of its incoming flows are.
 */
class AccountabilityCaseModelTest {

  private static final BpmnModelInstance MODEL = Bpmn.readModelFromFile(Path.of("processes/accountability-case.bpmn")
      .toFile());

  /** Nodes reachable from {@code from} without passing {@code removed} (boundary events go with their task). */
  private static Set<String> reachable(String from, Set<String> removed) {
    Map<String, Integer> arrived = new HashMap<>();
    Set<String> reached = new HashSet<>();
    Deque<FlowNode> queue = new ArrayDeque<>(List.of(node(from)));
    reached.add(from);
    while (!queue.isEmpty()) {
      FlowNode current = queue.poll();
      List<FlowNode> next = new java.util.ArrayList<>(current.getOutgoing().stream().map(SequenceFlow::getTarget).toList());
      MODEL.getModelElementsByType(BoundaryEvent.class).stream()
          .filter(b -> b.getAttachedTo().getId().equals(current.getId())).forEach(next::add);
      for (FlowNode target : next) {
        if (removed.contains(target.getId()) || target instanceof BoundaryEvent b
            && removed.contains(b.getAttachedTo().getId()) || reached.contains(target.getId())) {
          continue;
        }
        if (target instanceof ParallelGateway && target.getIncoming().size() > 1
            && arrived.merge(target.getId(), 1, Integer::sum) < target.getIncoming().size()) {
          continue;
        }
        reached.add(target.getId());
        queue.add(target);
      }
    }
    return reached;
  }

  private static FlowNode node(String id) {
    return MODEL.getModelElementById(id);
  }

  private static String start() {
    return MODEL.getModelElementsByType(StartEvent.class).iterator().next().getId();
  }

  private static List<String> ends() {
    return MODEL.getModelElementsByType(EndEvent.class).stream().map(EndEvent::getId).toList();
  }

  @Test
  void theDecisionCannotBeReachedAroundTheStatement() {
    assertThat(reachable(start(), Set.of())).as("the model as it is").contains("Task_Decide");
    assertThat(reachable(start(), Set.of("Task_StateCase"))).doesNotContain("Task_Decide", "Task_RecordFacts");
  }

  @Test
  void noEndCanBeReachedFromTheDecisionAroundTheAppealWindow() {
    assertThat(reachable("Task_Decide", Set.of())).as("the model as it is").containsAll(ends());
    assertThat(reachable("Task_Decide", Set.of("Task_LodgeAppeal"))).doesNotContainAnyElementsOf(ends());
  }

  @Test
  void theStatementIsAddressedToTheSubjectAndTheDecisionIsGuardedAtEveryDoor() {
    UserTask statement = MODEL.getModelElementById("Task_StateCase");
    assertThat(statement.getCamundaAssignee()).isEqualTo("${accountabilitySubject.assignee(execution)}");
    UserTask decide = MODEL.getModelElementById("Task_Decide");
    assertThat(decide.getExtensionElements().getElementsQuery().filterByType(CamundaTaskListener.class).list())
        .anySatisfy(listener -> {
          assertThat(listener.getCamundaEvent()).isEqualTo("complete");
          assertThat(listener.getCamundaExpression()).isEqualTo("${accountabilityDecisionGuard.decide(task)}");
        });
    BoundaryEvent window = MODEL.getModelElementById("Timer_AppealWindowClosed");
    assertThat(window.getAttachedTo().getId()).isEqualTo("Task_LodgeAppeal");
    assertThat(window.cancelActivity()).isTrue();
  }
}
