package cn.dangjian.workflow.rules;

import java.time.LocalDate;
import java.util.Map;

/**
 * A versioned set of limits (规则包) with the article each comes from. A case is pinned to the pack it
 * started under (process variable {@code rulePack}).
 */
public record RulePack(String id, String title, String regulation, LocalDate effective, Map<String, Limit> limits) {

  /**
   * One limit. Which fields are set depends on the limit: a period ({@code P1M}), a value with a unit,
   * a min/max range, whether it is mandatory; always the article and its text. A figure taken from practice or
   * from a text whose article could not be confirmed says so: {@code confirmed: false} and its {@code source}.
   */
  public record Limit(String period, Integer value, String unit, Integer min, Integer max, Boolean mandatory,
      String article, String text, String source, Boolean confirmed) {

    /** Whether the figure was checked against the published text of the regulation (unset: yes). */
    public boolean checked() {
      return confirmed == null || confirmed;
    }
  }
}
