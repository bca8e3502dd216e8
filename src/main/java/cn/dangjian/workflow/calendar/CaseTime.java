package cn.dangjian.workflow.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Dates of cases are Beijing time; "today" follows the engine clock so tests can move time. */
public final class CaseTime {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private CaseTime() {}

  public static LocalDate today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(ZONE).toLocalDate();
  }

  /** The first instant of the given day (a deadline "at the close of" day d is startOf(d + 1)). */
  public static Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(ZONE).toInstant());
  }

  public static LocalDate dateOf(Date date) {
    return date.toInstant().atZone(ZONE).toLocalDate();
  }

  public static Instant instantOf(LocalDate day) {
    return day.atStartOfDay(ZONE).toInstant();
  }
}
