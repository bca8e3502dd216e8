package cn.dangjian.workflow.membership;

import cn.dangjian.workflow.bench.Measurement;
import java.time.LocalDate;
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
          ProcessInstance pi = bench.convertedCase();
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

  /** Application to conversion, as in the happy-path scenario test. */
  private ProcessInstance convertedCase() {
    return newCase().start().talk(LocalDate.of(2025, 3, 10)).activist(LocalDate.of(2025, 4, 15), "designate")
        .file("Task_FileActivist", LocalDate.of(2025, 4, 20)).contactPersons(LocalDate.of(2025, 4, 21))
        .probationEnds(LocalDate.of(2026, 4, 22)).train(LocalDate.of(2026, 4, 22), false)
        .developmentTarget(LocalDate.of(2026, 4, 23), "designate")
        .file("Task_FileDevelopmentTarget", LocalDate.of(2026, 4, 24)).sponsors(LocalDate.of(2026, 4, 25))
        .politicalReview(LocalDate.of(2026, 5, 6), "passed").shortTraining(LocalDate.of(2026, 5, 11), 3, 24)
        .branchCommitteeReview(LocalDate.of(2026, 5, 15), "approve").preReview(LocalDate.of(2026, 5, 20), "pass")
        .admissionForm(LocalDate.of(2026, 5, 22)).admissionVote(LocalDate.of(2026, 5, 25), 7, 6, 5, 1, 0)
        .committeeTalk(LocalDate.of(2026, 6, 1)).approval(LocalDate.of(2026, 6, 10), "approve")
        .file("Task_FileAdmission", LocalDate.of(2026, 6, 12)).partyGroup(LocalDate.of(2026, 6, 15))
        .oath(LocalDate.of(2026, 6, 20)).probationEnds(LocalDate.of(2027, 5, 25))
        .conversionApplication(LocalDate.of(2027, 5, 25)).conversionVote(LocalDate.of(2027, 6, 1), "convert", null, 7, 7)
        .conversionApproval(LocalDate.of(2027, 6, 15), "convert", null).archive(LocalDate.of(2027, 6, 20)).pi;
  }

  @Override
  protected List<String> recordsOf(ProcessInstance pi) {
    return List.of();
  }
}
