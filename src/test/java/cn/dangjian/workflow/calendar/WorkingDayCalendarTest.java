package cn.dangjian.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

  private final WorkingDayCalendar calendar = new WorkingDayCalendar();

  @Test
  void publicNoticeStartingBeforeNationalDay2026EndsAtCloseOfOctober8() {
    assertThat(calendar.nthWorkingDay(LocalDate.of(2026, 9, 24), 5)).isEqualTo(LocalDate.of(2026, 10, 8));
    assertThat(calendar.periodEnd(LocalDate.of(2026, 9, 24), 5).toInstant())
        .isEqualTo(ZonedDateTime.of(2026, 10, 9, 0, 0, 0, 0, CaseTime.ZONE).toInstant());
  }

  @Test
  void adjustedWorkingWeekendsAndWeekdayHolidays() {
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).as("Sat 10-10 调休").isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 20))).as("Sun 09-20 调休").isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 23))).as("Mon 02-23 春节").isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 11))).as("ordinary Sunday").isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 2, 8))).as("Sat 2025-02-08 调休").isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 8))).as("2025 国庆中秋").isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 25))).isTrue();
  }

  @Test
  void startOnHolidayCountsFromNextWorkingDay() {
    assertThat(calendar.nthWorkingDay(LocalDate.of(2026, 10, 3), 1)).isEqualTo(LocalDate.of(2026, 10, 8));
    assertThat(calendar.nthWorkingDay(LocalDate.of(2026, 10, 3), 3)).isEqualTo(LocalDate.of(2026, 10, 10));
  }

  @Test
  void refusesToCountIntoAYearWithoutData() {
    assertThatThrownBy(() -> calendar.nthWorkingDay(LocalDate.of(2026, 12, 28), 5))
        .isInstanceOf(MissingHolidayDataException.class).hasMessageContaining("2027");
    assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2024, 6, 3)))
        .isInstanceOf(MissingHolidayDataException.class).hasMessageContaining("2024");
  }

  @Test
  void readsAPeriodOfWorkingDays() {
    var start = LocalDate.of(2026, 9, 24);
    assertThat(calendar.periodEnd("5WD", start)).isEqualTo(CaseTime.startOf(LocalDate.of(2026, 10, 9)));
    assertThat(calendar.periodEnd("1", start)).isEqualTo(CaseTime.startOf(LocalDate.of(2026, 9, 25)));
    assertThatThrownBy(() -> calendar.periodEnd("P5D", start)).isInstanceOf(IllegalArgumentException.class);
  }
}
