package cn.dangjian.workflow.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One measured figure: the value of every round after warm-up, reported as median and spread
 * (min–max of the rounds), because one number from a shared machine is noise.
 */
public record Measurement(String section, String name, String database, String unit, List<Double> rounds,
    String note) {

  public double median() {
    List<Double> sorted = new ArrayList<>(rounds);
    Collections.sort(sorted);
    int n = sorted.size();
    return n == 0 ? Double.NaN : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  public double min() {
    return rounds.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
  }

  public double max() {
    return rounds.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
  }
}
