package cn.dangjian.workflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.workflow.calendar.CaseTime;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The scenario driver every process family's tests share: one Spring context with the demo organisation, the
 * engine clock moved day by day ({@link #at}), jobs run by the test itself (the job executor is off) until none is
 * due, tasks found and completed by their BPMN ids. A family's scenario class adds its start data and a fluent
 * case driver on top (member development: {@code MemberDevelopmentScenario}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ActiveProfiles({"test", "demo"})
public abstract class ProcessScenario {

  @Autowired public ProcessEngine engine;
  @Autowired public RuntimeService runtime;
  @Autowired public TaskService tasks;
  @Autowired public ManagementService management;
  @Autowired public HistoryService history;

  @BeforeEach
  public void initEngineAssertions() {
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  public void resetClock() {
    ClockUtil.reset();
  }

  /** Sets the engine clock to 10:00 Beijing time on {@code day}. */
  public static void at(LocalDate day) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(LocalTime.of(10, 0)).atZone(CaseTime.ZONE).toInstant()));
  }

  public static void at(String isoDay) {
    at(LocalDate.parse(isoDay));
  }

  /** Executes every job of the instance that is due now (async continuations, due timers), until none is left. */
  public void runJobs(ProcessInstance pi) {
    for (int round = 0; round < 100; round++) {
      List<Job> due = management.createJobQuery().processInstanceId(pi.getId()).executable().list();
      if (due.isEmpty()) {
        return;
      }
      for (Job job : due) {
        management.executeJob(job.getId());
      }
    }
    throw new AssertionError("jobs keep coming");
  }

  /** Moves the clock to when the timer {@code timerId} of the instance falls due and runs what is due then. */
  public void reachTimer(ProcessInstance pi, String timerId) {
    Job timer = management.createJobQuery().processInstanceId(pi.getId()).activityId(timerId).timers().singleResult();
    assertThat(timer).as("timer " + timerId).isNotNull();
    ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 60_000));
    runJobs(pi);
  }

  public Task task(ProcessInstance pi, String key) {
    List<Task> found = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).list();
    assertThat(found).as("open task " + key).isNotEmpty();
    return found.get(0);
  }

  /** Completes the open task {@code key} with {@code variables}, then runs the jobs that follows. */
  public void complete(ProcessInstance pi, String key, Map<String, Object> variables) {
    tasks.complete(task(pi, key).getId(), variables);
    runJobs(pi);
  }

  public static Map<String, Object> vars(Object... keyValues) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put((String) keyValues[i], keyValues[i + 1]);
    }
    return map;
  }

  public static Map<String, Object> with(Map<String, Object> a, Map<String, Object> b) {
    Map<String, Object> m = new HashMap<>(a);
    m.putAll(b);
    return m;
  }
}
