package cn.dangjian.workflow.membership;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;

/** Flow-node and sequence-flow coverage of one process model by what its instances reached and took. */
record ProcessCoverage(String process, Part flowNodes, Part sequenceFlows) {

  /** The elements of one kind in the model, and those of them covered. */
  record Part(String kind, Set<String> all, Set<String> covered) {

    Part {
      all = new TreeSet<>(all);
      covered = covered.stream().filter(all::contains).collect(Collectors.toCollection(TreeSet::new));
    }

    Set<String> missed() {
      Set<String> missed = new TreeSet<>(all);
      missed.removeAll(covered);
      return missed;
    }

    double ratio() {
      return all.isEmpty() ? 1.0 : (double) covered.size() / all.size();
    }

    String line() {
      return String.format("%s: %d/%d = %.1f %%; not covered: %s", kind, covered.size(), all.size(), ratio() * 100,
          missed());
    }
  }

  static ProcessCoverage of(String process, BpmnModelInstance model, Collection<String> reachedActivities,
      Collection<String> takenFlows) {
    Set<String> nodes = model.getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId)
        .collect(Collectors.toSet());
    Set<String> flows = model.getModelElementsByType(SequenceFlow.class).stream().map(SequenceFlow::getId)
        .collect(Collectors.toSet());
    return new ProcessCoverage(process, new Part("flow nodes", nodes, Set.copyOf(reachedActivities)),
        new Part("sequence flows", flows, Set.copyOf(takenFlows)));
  }

  String report() {
    return String.format("%s coverage%n  %s%n  %s%n", process, flowNodes.line(), sequenceFlows.line());
  }
}
