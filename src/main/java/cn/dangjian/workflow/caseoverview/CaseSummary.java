package cn.dangjian.workflow.caseoverview;

import java.time.Instant;
import java.util.List;

/**
 * One case as the overview lists it.
 *
 * @param family the family's Chinese name (党员发展, 问责, 责任清单事项)
 * @param title the case's title, naming its subject (党员发展：林晓)
 * @param organisation the organisation the case belongs to
 * @param stage where the case stands (入党积极分子的确定和培养教育), or how it ended
 * @param status 办理中, 已暂停, 已办结 or 已终止
 * @param openSteps the steps open now, each with who holds it and its due date
 * @param overdue whether an open step is past its due date
 */
public record CaseSummary(String caseNumber, String family, String title, String organisation, String stage,
    String status, Instant startedAt, Instant endedAt, List<OpenStep> openSteps, boolean overdue) {

  /**
   * A step open now.
   *
   * @param name the step's Chinese name
   * @param holder the person who claimed it, or the groups (posts) that may claim it, by Chinese names; null when
   *     nobody acts on it (waiting for a date)
   * @param claimed whether a person holds it
   * @param dueAt its due date, if it has one
   */
  public record OpenStep(String name, String holder, boolean claimed, Instant dueAt, boolean overdue) {}
}
