package cn.dangjian.workflow.calendar;

/** The calendar has no holiday data for a year: a deadline there cannot be counted (an incident naming the year). */
public class MissingHolidayDataException extends RuntimeException {

  private final int year;

  public MissingHolidayDataException(int year) {
    super("工作日历缺少 " + year + " 年的节假日数据（calendar/" + year
        + ".yaml）：请在国务院办公厅发布该年节假日安排后补充，再重试此作业");
    this.year = year;
  }

  public int year() {
    return year;
  }
}
