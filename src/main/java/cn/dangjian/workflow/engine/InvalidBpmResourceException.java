package cn.dangjian.workflow.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ResourceReport;

/** A file in {@code processes/} or {@code forms/} that the engine refuses; names the file and the problem. */
public class InvalidBpmResourceException extends RuntimeException {

  private final List<String> problems;

  public InvalidBpmResourceException(List<String> problems, Throwable cause) {
    super("Invalid process resource: " + String.join("; ", problems), cause);
    this.problems = List.copyOf(problems);
  }

  static InvalidBpmResourceException from(ParseException e) {
    List<String> problems = new ArrayList<>();
    for (ResourceReport report : e.getResorceReports()) {
      for (Problem error : report.getErrors()) {
        problems.add(report.getResourceName() + describe(error));
      }
    }
    if (problems.isEmpty()) {
      problems.add(e.getMessage());
    }
    return new InvalidBpmResourceException(problems, e);
  }

  private static String describe(Problem problem) {
    String where = problem.getLine() > 0 ? " (line " + problem.getLine() + ", column " + problem.getColumn() + ")" : "";
    String element = problem.getMainElementId() == null ? "" : " element " + problem.getMainElementId();
    return where + element + ": " + problem.getMessage();
  }

  public List<String> problems() {
    return problems;
  }
}
