package cn.dangjian.workflow.bench;

import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * (1) The engine's own cost on our configuration: start → no-op service task → user task → end.
 * One cycle is 4 state transitions (start, service task, user task, end).
 */
final class EngineBaselineBench {

  static final String KEY = "benchBareCycle";
  static final int TRANSITIONS_PER_CYCLE = 4;

  private EngineBaselineBench() {}

  static void deploy(BenchNode node) {
    BpmnModelInstance model = Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(1)
        .startEvent("Start").serviceTask("Task_NoOp").camundaExpression("${true}")
        .userTask("Task_Work").camundaCandidateGroups("C1-B1.secretary").endEvent("End").done();
    node.engine.getRepositoryService().createDeployment().name("bench").enableDuplicateFiltering(true)
        .addModelInstance("bench/bare-cycle.bpmn", model).deploy();
  }

  static void cycle(RuntimeService runtime, TaskService tasks) {
    String instance = runtime.startProcessInstanceByKey(KEY).getId();
    tasks.complete(tasks.createTaskQuery().processInstanceId(instance).singleResult().getId());
  }

  static Measurement run(BenchNode node, BenchOptions options) throws Exception {
    deploy(node);
    RuntimeService runtime = node.engine.getRuntimeService();
    TaskService tasks = node.engine.getTaskService();
    List<Double> cycles = Rounds.throughput(options, () -> cycle(runtime, tasks));
    return new Measurement("1 engine baseline", "bare cycles", node.database, "cycles/s", cycles,
        TRANSITIONS_PER_CYCLE + " transitions per cycle, one thread");
  }
}
