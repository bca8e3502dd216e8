package cn.dangjian.workflow.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

/** Dates of cases are Beijing time ("today" follows the engine clock: {@code engine.EngineContext.today()}). */
public final class CaseTime {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private CaseTime() {}

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
