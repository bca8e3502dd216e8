package cn.dangjian.workflow.caseoverview;

import java.time.Instant;
import java.util.List;

/**
 * One case with the steps done so far.
 *
 * @param timeline the registration and every completed step, oldest first
 */
public record CaseDetail(CaseSummary overview, List<DoneStep> timeline) {

  /**
   * A step done.
   *
   * @param by who did it (Chinese name), null when the engine did it on its own
   */
  public record DoneStep(String name, Instant doneAt, String by) {}
}
