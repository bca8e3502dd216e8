package cn.dangjian.workflow.engine;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a broken BPMN, DMN or form into a short start-up report instead of a stack trace. */
public class InvalidBpmResourceFailureAnalyzer extends AbstractFailureAnalyzer<InvalidBpmResourceException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, InvalidBpmResourceException cause) {
    String description = "A file in processes/ or forms/ could not be deployed:\n  - "
        + String.join("\n  - ", cause.problems());
    return new FailureAnalysis(description,
        "Fix the file named above (open it in Camunda Modeler to see the problem) and start again.", cause);
  }
}
