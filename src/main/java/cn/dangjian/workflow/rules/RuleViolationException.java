package cn.dangjian.workflow.rules;

/** A rule pack is missing or does not define what a step needs: a configuration error. */
public class RuleViolationException extends IllegalStateException {

  public RuleViolationException(String message) {
    super(message);
  }
}
