package cn.dangjian.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dangjian.workflow.calendar.CaseTime;
import cn.dangjian.workflow.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WorkingDayBusinessCalendarTest {

  private final WorkingDayBusinessCalendar calendar = new WorkingDayBusinessCalendar(new WorkingDayCalendar());

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void countsWorkingDaysFromTheStartDate() {
    var start = CaseTime.startOf(LocalDate.of(2026, 9, 24));
    assertThat(calendar.resolveDuedate("5WD", start)).isEqualTo(CaseTime.startOf(LocalDate.of(2026, 10, 9)));
    assertThat(calendar.resolveDuedate("1", start)).isEqualTo(CaseTime.startOf(LocalDate.of(2026, 9, 25)));
    assertThatThrownBy(() -> calendar.resolveDuedate("P5D", start)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void withoutAStartDateCountsFromTodayByTheEngineClock() {
    ClockUtil.setCurrentTime(CaseTime.startOf(LocalDate.of(2026, 9, 24)));
    assertThat(calendar.resolveDuedate("5WD")).isEqualTo(CaseTime.startOf(LocalDate.of(2026, 10, 9)));
  }
}
