package cn.dangjian.workflow.engine;

import cn.dangjian.workflow.calendar.WorkingDayCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Registers the {@link WorkingDayCalendar} as the engine business calendar {@code workingDays}. */
@Component
class WorkingDayCalendarPlugin extends AbstractProcessEnginePlugin {

  private final WorkingDayCalendar calendar;

  WorkingDayCalendarPlugin(WorkingDayCalendar calendar) {
    this.calendar = calendar;
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getBusinessCalendarManager() instanceof MapBusinessCalendarManager manager) {
      manager.addBusinessCalendar(WorkingDayCalendar.NAME, new WorkingDayBusinessCalendar(calendar));
    }
  }
}
