package cn.dangjian.workflow.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Command-line options of the benchmark, e.g. {@code -Dbench.args="--rounds 5 --databases h2,postgres"}.
 *
 * @param scale fraction of the full data volume of the task-query section (1.0 = 100,000 finished and
 *     10,000 open cases); smaller values make a quick smoke run
 * @param branches how many branches the task-query cases are spread over (each branch secretary sees the
 *     open tasks of one branch)
 * @param finished finished cases of the task-query section (-1: 100,000 times the scale)
 * @param perSecretary open tasks the secretaries of branch 1, 2, … see in the task-query section
 */
public record BenchOptions(int warmupRounds, int rounds, int roundSeconds, List<String> databases, double scale,
    int branches, List<String> sections, String output, int finished, List<Integer> perSecretary) {

  public static BenchOptions parse(String[] args) {
    int warmup = 1;
    int rounds = 5;
    int seconds = 5;
    List<String> databases = List.of("h2", "postgres");
    double scale = 1.0;
    int branches = 20;
    List<String> sections = List.of("all");
    String output = "target/bench";
    int finished = -1;
    List<Integer> perSecretary = List.of(500, 3333);
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : "";
      switch (args[i]) {
        case "--warmup" -> { warmup = Integer.parseInt(value); i++; }
        case "--rounds" -> { rounds = Integer.parseInt(value); i++; }
        case "--round-seconds" -> { seconds = Integer.parseInt(value); i++; }
        case "--databases" -> { databases = List.of(value.split(",")); i++; }
        case "--scale" -> { scale = Double.parseDouble(value); i++; }
        case "--branches" -> { branches = Integer.parseInt(value); i++; }
        case "--sections" -> { sections = List.of(value.split(",")); i++; }
        case "--output" -> { output = value; i++; }
        case "--finished" -> { finished = Integer.parseInt(value); i++; }
        case "--per-secretary" -> {
          perSecretary = java.util.Arrays.stream(value.split(",")).map(Integer::valueOf).toList();
          i++;
        }
        case "--quick" -> { warmup = 1; rounds = 3; seconds = 2; scale = 0.01; }
        default -> throw new IllegalArgumentException("Unknown benchmark option " + args[i]
            + " (known: --warmup N --rounds N --round-seconds N --databases h2,postgres --scale F --branches N"
            + " --sections a,b --finished N --per-secretary 500,3333 --quick)");
      }
    }
    return new BenchOptions(warmup, rounds, seconds, new ArrayList<>(databases), scale, branches,
        new ArrayList<>(sections), output, finished, new ArrayList<>(perSecretary));
  }

  public boolean runs(String section) {
    return sections.contains("all") || sections.contains(section);
  }
}
