package cn.dangjian.workflow.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Flow-node coverage of {@code memberDevelopment} across all scenario test classes (they share one Spring
 * context and so one engine history): runs last ({@code junit-platform.properties}) and requires ≥ 95 %.
 * Run with the whole membership suite: {@code mvn -o test -Dtest='MemberDevelopment*Test'}.
 * Writes {@code target/process-test-coverage/memberDevelopment.txt}.
 */
@Order(Integer.MAX_VALUE)
class MemberDevelopmentCoverageTest extends MemberDevelopmentTestBase {

  static final double REQUIRED = 0.95;

  @Test
  void flowNodeCoverageOfMemberDevelopmentIsAtLeast95Percent() throws IOException {
    ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(PROCESS).latestVersion().singleResult();
    BpmnModelInstance model = engine.getRepositoryService().getBpmnModelInstance(definition.getId());
    Set<String> nodes = model.getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId)
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> flows = model.getModelElementsByType(SequenceFlow.class).stream().map(SequenceFlow::getId)
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> reached = history.createHistoricActivityInstanceQuery().list().stream()
        .filter(a -> a.getProcessDefinitionKey() != null && a.getProcessDefinitionKey().equals(PROCESS)
            || definition.getId().equals(a.getProcessDefinitionId()))
        .map(HistoricActivityInstance::getActivityId).collect(Collectors.toCollection(TreeSet::new));
    Set<String> missed = new TreeSet<>(nodes);
    missed.removeAll(reached);
    long covered = nodes.size() - missed.size();
    double coverage = (double) covered / nodes.size();
    String report = String.format("memberDevelopment flow-node coverage: %d/%d = %.1f %%%nsequence flows in model: %d%n"
        + "not reached: %s%n", covered, nodes.size(), coverage * 100, flows.size(), missed);
    Path out = Path.of("target", "process-test-coverage", "memberDevelopment.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report, StandardCharsets.UTF_8);
    System.out.print(report);
    assertThat(coverage).as(report).isGreaterThanOrEqualTo(REQUIRED);
  }
}
