package cn.dangjian.workflow.engine;

import cn.dangjian.workflow.calendar.CaseTime;
import cn.dangjian.workflow.calendar.WorkingDayCalendar;
import java.util.Date;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.task.Task;

/** The {@link WorkingDayCalendar} as Camunda's business calendar: {@code 5WD} from the start date, else today. */
final class WorkingDayBusinessCalendar implements BusinessCalendar {

  private final WorkingDayCalendar calendar;

  WorkingDayBusinessCalendar(WorkingDayCalendar calendar) {
    this.calendar = calendar;
  }

  @Override
  public Date resolveDuedate(String duedateDescription) {
    return resolveDuedate(duedateDescription, (Date) null);
  }

  @Override
  public Date resolveDuedate(String duedateDescription, Date startDate) {
    return calendar.periodEnd(duedateDescription,
        startDate == null ? EngineContext.today() : CaseTime.dateOf(startDate));
  }

  @Override
  public Date resolveDuedate(String duedateDescription, Task task) {
    return resolveDuedate(duedateDescription, task == null ? null : task.getCreateTime());
  }
}
