package cn.dangjian.workflow.membership;

import cn.dangjian.workflow.bench.Measurement;
import java.util.ArrayList;
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

  public static List<Measurement> run(ApplicationContext context, String database, int warmupRounds, int rounds,
      int roundSeconds) {
    MemberDevelopmentBench bench = new MemberDevelopmentBench();
    context.getAutowireCapableBeanFactory().autowireBean(bench);
    bench.initEngineAssertions();
    List<Double> perSecond = new ArrayList<>();
    long transitions = 0;
    long cases = 0;
    try {
      for (int round = 0; round < warmupRounds + rounds; round++) {
        long end = System.nanoTime() + roundSeconds * 1_000_000_000L;
        long start = System.nanoTime();
        int count = 0;
        while (System.nanoTime() < end) {
          ProcessInstance pi = bench.convertedCase().pi;
          count++;
          if (round >= warmupRounds) {
            transitions += bench.history.createHistoricActivityInstanceQuery().processInstanceId(pi.getId()).count();
            cases++;
          }
        }
        if (round >= warmupRounds) {
          perSecond.add(count / ((System.nanoTime() - start) / 1e9));
        }
      }
    } finally {
      ClockUtil.reset();
    }
    long perCase = cases == 0 ? 0 : transitions / cases;
    return List.of(new Measurement("2 member development", "full cases (25 steps, 2 votes, signed records)", database,
        "cases/s", perSecond, perCase + " state transitions per case, one thread"));
  }

  @Override
  protected List<String> recordsOf(ProcessInstance pi) {
    return List.of();
  }
}
