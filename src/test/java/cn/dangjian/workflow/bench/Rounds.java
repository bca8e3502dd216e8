package cn.dangjian.workflow.bench;

import java.util.ArrayList;
import java.util.List;

/** Runs warm-up rounds, then measured rounds of a fixed duration, each yielding operations per second. */
public final class Rounds {

  private Rounds() {}

  public interface Operation {
    void run() throws Exception;
  }

  public static List<Double> throughput(BenchOptions options, Operation operation) throws Exception {
    List<Double> perSecond = new ArrayList<>();
    for (int round = 0; round < options.warmupRounds() + options.rounds(); round++) {
      long end = System.nanoTime() + options.roundSeconds() * 1_000_000_000L;
      long start = System.nanoTime();
      long count = 0;
      while (System.nanoTime() < end) {
        operation.run();
        count++;
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      if (round >= options.warmupRounds()) {
        perSecond.add(count / seconds);
      }
    }
    return perSecond;
  }
}
