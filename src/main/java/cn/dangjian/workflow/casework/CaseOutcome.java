package cn.dangjian.workflow.casework;

import cn.dangjian.workflow.web.InvalidInputException;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The conclusion of a case (process variable {@code caseOutcome}, e.g. {@code converted}, {@code rejected}): once a
 * person has reached it, it is never replaced — the dossier is closed under it. Every family records it here.
 */
public final class CaseOutcome {

  public static final String VARIABLE = "caseOutcome";

  private CaseOutcome() {}

  /** Whether the case has reached its conclusion. */
  public static boolean reached(VariableScope scope) {
    return scope.getVariable(VARIABLE) != null;
  }

  /** Records the conclusion; refuses to replace another one already reached. */
  public static void record(VariableScope scope, String outcome) {
    Object existing = scope.getVariable(VARIABLE);
    if (existing != null && !existing.equals(outcome)) {
      throw new InvalidInputException(VARIABLE, "本案已作出结论（" + existing + "），不能再改为 " + outcome
          + "：结论一经作出不再更改，案卷按该结论归档");
    }
    scope.setVariable(VARIABLE, outcome);
  }
}
