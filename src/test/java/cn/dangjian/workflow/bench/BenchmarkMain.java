package cn.dangjian.workflow.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The whole-system benchmark ({@code ./mvnw -Pbench verify}); not part of the test suite. Prints a table
 * of medians and spreads measured in the same run, the ratios between them, and the targets, and writes
 * them as Markdown and JSON.
 */
public final class BenchmarkMain {

  private BenchmarkMain() {}

  public static void main(String[] args) throws Exception {
    BenchOptions options = BenchOptions.parse(args);
    List<Measurement> results = new ArrayList<>();
    for (String database : options.databases()) {
      try (BenchNode node = BenchNode.start(database)) {
        if (options.runs("raw")) {
          results.add(RawJdbcBench.run(node, options));
        }
        if (options.runs("engine")) {
          results.add(EngineBaselineBench.run(node, options));
        }
        if (options.runs("records") && database.equals(options.databases().get(0))) {
          results.addAll(cn.dangjian.workflow.records.internal.pdf.RecordsBench.run(node.context, options));
        }
        if (options.runs("membership")) {
          results.addAll(cn.dangjian.workflow.membership.MemberDevelopmentBench.run(node.context, database, options));
        }
        if (options.runs("tasks")) {
          results.addAll(TaskQueryBench.run(node, options));
        }
      }
    }
    if (options.runs("startup")) {
      results.addAll(StartupBench.run(options));
    }
    BenchReport report = BenchReport.of(options, results);
    System.out.println(report.markdown());
    report.write(java.nio.file.Path.of(options.output()));
    System.exit(0);
  }
}
