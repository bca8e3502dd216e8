package cn.dangjian.workflow.casework;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stages (阶段) of a family's process as people speak of them, declared as a bean by the family's module: each
 * stage names the steps (BPMN activity ids) that belong to it, in the order the case passes them. Where a case stands is
 * the stage of its open step.
 *
 * @param processKey the process whose steps are staged, e.g. {@code memberDevelopment}
 * @param steps the steps of each stage, stages in order
 */
public record CaseStages(String processKey, Map<String, List<String>> steps) {

  public CaseStages {
    Map<String, String> seen = new LinkedHashMap<>();
    steps.forEach((stage, ids) -> ids.forEach(id -> {
      String previous = seen.put(id, stage);
      if (previous != null) {
        throw new IllegalArgumentException("step " + id + " of " + processKey + " is in two stages: " + previous
            + " and " + stage);
      }
    }));
    steps = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(steps));
  }

  /** The stage the step {@code activityId} belongs to; empty for a step no stage names. */
  public Optional<String> stageOf(String activityId) {
    return steps.entrySet().stream().filter(e -> e.getValue().contains(activityId)).map(Map.Entry::getKey)
        .findFirst();
  }
}
