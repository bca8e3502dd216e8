package cn.dangjian.workflow.calendar;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Chinese working days (工作日): Monday–Friday except statutory holidays, plus adjusted working
 * weekends (调休上班日), from one data file per year ({@code calendar/<year>.yaml}). Counting into a year
 * without data throws {@link MissingHolidayDataException}; there is no silent fallback.
 *
 * <p>A period {@code 5WD} (or {@code 5}) ends at the close of the 5th working day counted from its start
 * date (the start date counts as day 1 if it is a working day), as in 公示 periods; the engine uses it as
 * its business calendar {@value #NAME}.
 */
@Component("workingDays")
public class WorkingDayCalendar {

  public static final String NAME = "workingDays";
  private static final Pattern DESCRIPTION = Pattern.compile("^\\s*(\\d+)\\s*(WD)?\\s*$");

  private final Map<Integer, Set<LocalDate>> holidays = new HashMap<>();
  private final Map<Integer, Set<LocalDate>> adjustedWorkingDays = new HashMap<>();

  public WorkingDayCalendar() {
    this("classpath*:calendar/*.yaml");
  }

  public WorkingDayCalendar(String pattern) {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule())
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    try {
      for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
        try (InputStream in = resource.getInputStream()) {
          add(yaml.readValue(in, HolidayYear.class));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("无法读取工作日历数据 " + pattern, e);
    }
  }

  /** Adds (or replaces) a year's data. */
  public final void add(HolidayYear data) {
    Set<LocalDate> off = new HashSet<>();
    for (HolidayYear.Holiday h : data.holidays()) {
      for (LocalDate d = h.from(); !d.isAfter(h.to()); d = d.plusDays(1)) {
        require(d.getYear() == data.year(), data, d);
        off.add(d);
      }
    }
    Set<LocalDate> work = new HashSet<>(data.workingDays() == null ? Set.of() : data.workingDays());
    work.forEach(d -> require(d.getYear() == data.year(), data, d));
    holidays.put(data.year(), off);
    adjustedWorkingDays.put(data.year(), work);
  }

  private static void require(boolean ok, HolidayYear data, LocalDate d) {
    if (!ok) {
      throw new IllegalArgumentException("calendar/" + data.year() + ".yaml 含有其他年份的日期 " + d);
    }
  }

  public boolean hasYear(int year) {
    return holidays.containsKey(year);
  }

  public boolean isWorkingDay(LocalDate day) {
    int year = day.getYear();
    if (!hasYear(year)) {
      throw new MissingHolidayDataException(year);
    }
    if (adjustedWorkingDays.get(year).contains(day)) {
      return true;
    }
    if (holidays.get(year).contains(day)) {
      return false;
    }
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  /** The n-th working day counted from {@code start} (start is day 1 if it is a working day). */
  public LocalDate nthWorkingDay(LocalDate start, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("工作日数必须为正数：" + n);
    }
    LocalDate day = start;
    int counted = 0;
    while (true) {
      if (isWorkingDay(day)) {
        counted++;
        if (counted == n) {
          return day;
        }
      }
      day = day.plusDays(1);
    }
  }

  /** The instant a period of {@code n} working days starting on {@code start} ends: the close of its last day. */
  public Date periodEnd(LocalDate start, int n) {
    return CaseTime.startOf(nthWorkingDay(start, n).plusDays(1));
  }

  /** For BPMN expressions: {@code ${workingDays.periodEnd(publicNoticeStart, rules.days(rulePack, 'publicNotice'))}}. */
  public Date periodEnd(String isoStart, int n) {
    return periodEnd(LocalDate.parse(isoStart), n);
  }

  /** The end of a period described as {@code 5WD} (or {@code 5}) working days from {@code start}. */
  public Date periodEnd(String description, LocalDate start) {
    Matcher m = DESCRIPTION.matcher(description == null ? "" : description);
    if (!m.matches()) {
      throw new IllegalArgumentException("无法识别的工作日期限：" + description + "（应为如 5WD）");
    }
    return periodEnd(start, Integer.parseInt(m.group(1)));
  }
}
