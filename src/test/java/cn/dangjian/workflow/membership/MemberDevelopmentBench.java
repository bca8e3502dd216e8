package cn.dangjian.workflow.membership;

import cn.dangjian.workflow.bench.BenchOptions;
import cn.dangjian.workflow.bench.Measurement;
import cn.dangjian.workflow.bench.Rounds;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.ApplicationContext;

/**
 * (2) Full member development cases per second — all 25 steps, the votes, every signed record, two years of
 * simulated time — driven by the same {@link Case} driver as the scenario tests, outside JUnit. Also counts
 * the engine's state transitions (activity instances) per case, so the rate can be compared per transition
 * with the bare engine cycle.
 */
public final class MemberDevelopmentBench extends MemberDevelopmentScenario {

  private MemberDevelopmentBench() {}

  public static List<Measurement> run(ApplicationContext context, String database, BenchOptions options)
      throws Exception {
    MemberDevelopmentBench bench = new MemberDevelopmentBench();
    context.getAutowireCapableBeanFactory().autowireBean(bench);
    bench.initEngineAssertions();
    ProcessInstance[] last = new ProcessInstance[1];
    List<Double> perSecond;
    try {
      perSecond = Rounds.throughput(options, () -> last[0] = bench.convertedCase().pi);
    } finally {
      ClockUtil.reset();
    }
    // Every case walks the same path, so the last one tells the transitions of each.
    long perCase = last[0] == null ? 0
        : bench.history.createHistoricActivityInstanceQuery().processInstanceId(last[0].getId()).count();
    return List.of(new Measurement("2 member development", "full cases (25 steps, 2 votes, signed records)", database,
        "cases/s", perSecond, perCase + " state transitions per case, one thread"));
  }

  @Override
  protected List<String> recordsOf(ProcessInstance pi) {
    return List.of();
  }
}
