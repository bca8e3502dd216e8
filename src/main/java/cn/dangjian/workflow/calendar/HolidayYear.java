package cn.dangjian.workflow.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * One year of the State Council's holiday notice (国务院办公厅关于部分节假日安排的通知).
 *
 * @param workingDays adjusted working days (调休上班日), usually weekends
 */
public record HolidayYear(int year, String source, List<Holiday> holidays, List<LocalDate> workingDays) {

  public record Holiday(String name, LocalDate from, LocalDate to) {}
}
