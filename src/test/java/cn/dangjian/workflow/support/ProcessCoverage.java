package cn.dangjian.workflow.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;

/** Flow-node and sequence-flow coverage of one process model by what its instances reached and took. */
public record ProcessCoverage(String process, Part flowNodes, Part sequenceFlows) {

  /** The elements of one kind in the model, and those of them covered. */
  public record Part(String kind, Set<String> all, Set<String> covered) {

    public Part {
      all = new TreeSet<>(all);
      covered = covered.stream().filter(all::contains).collect(Collectors.toCollection(TreeSet::new));
    }

    public Set<String> missed() {
      Set<String> missed = new TreeSet<>(all);
      missed.removeAll(covered);
      return missed;
    }

    public double ratio() {
      return all.isEmpty() ? 1.0 : (double) covered.size() / all.size();
    }

    public String line() {
      return String.format("%s: %d/%d = %.1f %%; not covered: %s", kind, covered.size(), all.size(), ratio() * 100,
          missed());
    }
  }

  public static ProcessCoverage of(String process, BpmnModelInstance model, Collection<String> reachedActivities,
      Collection<String> takenFlows) {
    Set<String> nodes = model.getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId)
        .collect(Collectors.toSet());
    Set<String> flows = model.getModelElementsByType(SequenceFlow.class).stream().map(SequenceFlow::getId)
        .collect(Collectors.toSet());
    return new ProcessCoverage(process, new Part("flow nodes", nodes, Set.copyOf(reachedActivities)),
        new Part("sequence flows", flows, Set.copyOf(takenFlows)));
  }

  public String report() {
    return String.format("%s coverage%n  %s%n  %s%n", process, flowNodes.line(), sequenceFlows.line());
  }

  /** The ids of every case of {@code processKey} in the engine's history, to tell a test's own cases apart. */
  public static Set<String> caseIds(ProcessEngine engine, String processKey) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(processKey).list()
        .stream().map(HistoricProcessInstance::getId).collect(Collectors.toCollection(TreeSet::new));
  }

  /**
   * The coverage of the latest {@code processKey} by the cases {@code driven}: flow nodes from the engine's history,
   * sequence flows from {@link TakenSequenceFlows}. Writes {@code target/process-test-coverage/<processKey>.txt}.
   */
  public static ProcessCoverage measure(ProcessEngine engine, TakenSequenceFlows takenFlows, String processKey,
      Set<String> driven) throws IOException {
    ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(processKey).latestVersion().singleResult();
    Set<String> reached = engine.getHistoryService().createHistoricActivityInstanceQuery()
        .processDefinitionId(definition.getId()).list().stream()
        .filter(a -> driven.contains(a.getProcessInstanceId())).map(HistoricActivityInstance::getActivityId)
        .collect(Collectors.toSet());
    ProcessCoverage coverage = of(processKey, engine.getRepositoryService().getBpmnModelInstance(definition.getId()),
        reached, takenFlows.of(processKey, driven));
    Path out = Path.of("target", "process-test-coverage", processKey + ".txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, coverage.report() + String.format("  (%d cases)%n", driven.size()), StandardCharsets.UTF_8);
    System.out.print(coverage.report());
    return coverage;
  }

  /** Runs every path in order, each from a reset engine clock; a failing path names itself. */
  public static void drive(Map<String, Runnable> paths, Runnable beforeEachPath) {
    for (Map.Entry<String, Runnable> path : paths.entrySet()) {
      try {
        beforeEachPath.run();
        path.getValue().run();
      } catch (RuntimeException | AssertionError e) {
        throw new AssertionError("path \"" + path.getKey() + "\" failed: " + e.getMessage(), e);
      } finally {
        org.camunda.bpm.engine.impl.util.ClockUtil.reset();
      }
    }
  }

  /** The cases of {@code processKey} started since {@code before} was taken ({@link #caseIds}). */
  public static Set<String> since(ProcessEngine engine, String processKey, Set<String> before) {
    Set<String> now = caseIds(engine, processKey);
    now.removeAll(before);
    return now;
  }
}
