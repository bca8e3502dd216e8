package cn.dangjian.workflow.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The benchmark's table: measurements, ratios within the same run, targets; Markdown and JSON. */
record BenchReport(Map<String, Object> machine, BenchOptions options, List<Measurement> measurements,
    List<Ratio> ratios, List<Target> targets) {

  record Ratio(String name, String database, double value, String meaning) {}

  record Target(String name, String database, String goal, double measured, boolean met) {}

  static BenchReport of(BenchOptions options, List<Measurement> results) {
    List<Ratio> ratios = new ArrayList<>();
    List<Target> targets = new ArrayList<>();
    for (String db : options.databases()) {
      Optional<Measurement> raw = find(results, "insert+commit", db);
      Optional<Measurement> bare = find(results, "bare cycles", db);
      if (raw.isPresent() && bare.isPresent()) {
        ratios.add(new Ratio("bare cycle commits / raw commits", db,
            bare.get().median() * 3 / raw.get().median(),
            "share of the database's commit rate the engine uses (a bare cycle is 3 commits)"));
      }
      Optional<Measurement> cases = results.stream().filter(m -> m.section().startsWith("2 ") && m.database().equals(db))
          .findFirst();
      if (cases.isPresent() && bare.isPresent()) {
        int perCase = Integer.parseInt(cases.get().note().split(" ")[0]);
        double ratio = cases.get().median() * perCase / (bare.get().median() * EngineBaselineBench.TRANSITIONS_PER_CYCLE);
        ratios.add(new Ratio("member development transitions/s / bare transitions/s", db, ratio,
            "our delegates, validation and records against the engine's own cost per state transition"));
        targets.add(new Target("member development per transition", db, ">= 0.5 of bare", ratio, ratio >= 0.5));
      }
      for (Measurement stock : results.stream().filter(m -> m.database().equals(db)
          && m.name().startsWith("Tasklist ") && m.name().endsWith(", stock")).toList()) {
        // "Tasklist query p99, 3,333/secretary, stock" or "Tasklist count max, 500/secretary, stock"
        String[] parts = stock.name().split(", ");
        String measure = parts[0];
        String level = parts[1];
        Optional<Measurement> exists = find(results, stock.name().replace(", stock", ", EXISTS"), db);
        if (exists.isEmpty()) {
          continue;
        }
        double ratio = stock.median() / exists.get().median();
        ratios.add(new Ratio(measure + " stock / EXISTS, " + level, db, ratio,
            "how many times faster the EXISTS authorization check answers than Camunda's join"));
        if (measure.equals("Tasklist query p99") && level.startsWith("3,333/")) {
          if (db.equals("postgres")) {
            targets.add(new Target("Tasklist query p99 with EXISTS, " + level, db, "<= 10 ms",
                exists.get().median(), exists.get().median() <= 10));
          }
          targets.add(new Target("Tasklist query p99 stock / EXISTS, " + level, db, ">= 10x", ratio, ratio >= 10));
        }
      }
    }
    results.stream().filter(m -> m.name().equals("signed PDF/A-3b records")).findFirst().ifPresent(m ->
        targets.add(new Target("signed records per core", "-", ">= 60/s", m.median(), m.median() >= 60)));
    return new BenchReport(describeMachine(), options, results, ratios, targets);
  }

  private static Optional<Measurement> find(List<Measurement> results, String name, String db) {
    return results.stream().filter(m -> m.name().equals(name) && m.database().equals(db)).findFirst();
  }

  private static Map<String, Object> describeMachine() {
    Map<String, Object> machine = new LinkedHashMap<>();
    machine.put("date", OffsetDateTime.now().toString());
    machine.put("commit", git("rev-parse", "--short", "HEAD") + (git("status", "--porcelain").isEmpty() ? "" : "-dirty"));
    machine.put("cores", Runtime.getRuntime().availableProcessors());
    machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    machine.put("maxHeapMiB", Runtime.getRuntime().maxMemory() / (1024 * 1024));
    machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    return machine;
  }

  private static String git(String... args) {
    try {
      List<String> command = new ArrayList<>(List.of("git"));
      command.addAll(List.of(args));
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(process.getInputStream().readAllBytes()).trim();
      return process.waitFor() == 0 ? out : "unknown";
    } catch (IOException | InterruptedException e) {
      return "unknown";
    }
  }

  String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("## Benchmark — commit ").append(machine.get("commit")).append(", ").append(machine.get("cores"))
        .append(" cores, ").append(machine.get("java")).append(", ").append(machine.get("date")).append("\n\n")
        .append(String.format(Locale.ROOT, "%d measured rounds after %d warm-up, %d s per throughput round, "
            + "scale %.2f%n%n", options.rounds(), options.warmupRounds(), options.roundSeconds(), options.scale()))
        .append("| section | measure | database | median | spread (min–max) | unit | note |\n")
        .append("|---|---|---|---:|---|---|---|\n");
    for (Measurement m : measurements) {
      md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s–%s | %s | %s |%n", m.section(), m.name(),
          m.database(), number(m.median()), number(m.min()), number(m.max()), m.unit(), m.note()));
    }
    if (!ratios.isEmpty()) {
      md.append("\n| ratio | database | value | meaning |\n|---|---|---:|---|\n");
      ratios.forEach(r -> md.append(String.format(Locale.ROOT, "| %s | %s | %.2f | %s |%n", r.name(), r.database(),
          r.value(), r.meaning())));
    }
    if (!targets.isEmpty()) {
      md.append("\n| target | database | goal | measured | met |\n|---|---|---|---:|---|\n");
      targets.forEach(t -> md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |%n", t.name(),
          t.database(), t.goal(), number(t.measured()), t.met() ? "yes" : "**no**")));
    }
    return md.toString();
  }

  void write(Path folder) throws IOException {
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("results.md"), markdown());
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("machine", machine);
    json.put("options", options);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Measurement m : measurements) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("section", m.section());
      row.put("name", m.name());
      row.put("database", m.database());
      row.put("unit", m.unit());
      row.put("median", m.median());
      row.put("min", m.min());
      row.put("max", m.max());
      row.put("rounds", m.rounds());
      row.put("note", m.note());
      rows.add(row);
    }
    json.put("measurements", rows);
    json.put("ratios", ratios);
    json.put("targets", targets);
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(folder.resolve("results.json").toFile(), json);
  }

  private static String number(double value) {
    return value >= 100 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.2f", value);
  }
}
