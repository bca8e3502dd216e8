package cn.dangjian.workflow.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;

/**
 * (4) The query Tasklist runs for a branch secretary (candidate groups of the user, unassigned, newest
 * first, first page of 15), as that user with authorization checks, over 100,000 finished and 10,000 open
 * cases (times {@code --scale}) spread over {@code --branches} branches (20 by default, a mid-sized 基层党委;
 * the query's cost grows with the open tasks one secretary can see).
 */
final class TaskQueryBench {

  static final String KEY = "benchTaskQuery";
  private static final int QUERIES_PER_ROUND = 200;

  private TaskQueryBench() {}

  static List<Measurement> run(BenchNode node, BenchOptions options) throws Exception {
    int finished = (int) Math.round(100_000 * options.scale());
    int open = (int) Math.round(10_000 * options.scale());
    long generationStart = System.nanoTime();
    generate(node, finished, open, secretaryGroups(options.branches()));
    analyse(node);
    double generationSeconds = (System.nanoTime() - generationStart) / 1e9;

    IdentityService identity = node.engine.getIdentityService();
    TaskService tasks = node.engine.getTaskService();
    List<String> groups = identity.createGroupQuery().groupMember("b1-secretary").list().stream()
        .map(g -> g.getId()).toList();
    List<Double> p50 = new ArrayList<>();
    List<Double> p99 = new ArrayList<>();
    for (int round = 0; round < options.warmupRounds() + options.rounds(); round++) {
      List<Double> latencies = new ArrayList<>();
      identity.setAuthentication("b1-secretary", groups);
      try {
        for (int i = 0; i < QUERIES_PER_ROUND; i++) {
          long start = System.nanoTime();
          int page = tasks.createTaskQuery().taskCandidateGroupIn(groups).taskUnassigned()
              .orderByTaskCreateTime().desc().listPage(0, 15).size();
          latencies.add((System.nanoTime() - start) / 1e6);
          if (page == 0 && open > 0) {
            throw new IllegalStateException("The secretary's query found no task: the data set is wrong");
          }
        }
      } finally {
        identity.clearAuthentication();
      }
      if (round >= options.warmupRounds()) {
        Collections.sort(latencies);
        p50.add(latencies.get(latencies.size() / 2));
        p99.add(latencies.get((int) Math.ceil(latencies.size() * 0.99) - 1));
      }
    }
    String data = String.format("%,d finished + %,d open cases over %d branches, %,d open per secretary (generated "
        + "in %.0f s)", finished, open, options.branches(), open / Math.max(1, options.branches()), generationSeconds);
    return List.of(
        new Measurement("4 task query", "Tasklist query p50", node.database, "ms", p50, data),
        new Measurement("4 task query", "Tasklist query p99", node.database, "ms", p99,
            QUERIES_PER_ROUND + " queries per round, as b1-secretary with authorizations"));
  }

  /**
   * Up-to-date planner statistics, as a production database has them (PostgreSQL's autovacuum, which a CI
   * server may have switched off): without them the planner expects one open task and picks nested loops.
   */
  private static void analyse(BenchNode node) throws java.sql.SQLException {
    try (java.sql.Connection connection = node.dataSource.getConnection();
        java.sql.Statement statement = connection.createStatement()) {
      statement.execute("ANALYZE");
    }
  }

  /** C1-B1.secretary (b1-secretary's group) and the secretaries of further branches C1-B2, C1-B3, … */
  static List<String> secretaryGroups(int branches) {
    return java.util.stream.IntStream.rangeClosed(1, Math.max(1, branches)).mapToObj(b -> "C1-B" + b + ".secretary")
        .toList();
  }

  private static void generate(BenchNode node, int finished, int open, List<String> groups) throws Exception {
    node.engine.getRepositoryService().createDeployment().name("bench").enableDuplicateFiltering(true)
        .addModelInstance("bench/task-query.bpmn", Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(1)
            .startEvent().userTask("Task_Review").camundaCandidateGroups("${group}").endEvent().done())
        .deploy();
    RuntimeService runtime = node.engine.getRuntimeService();
    TaskService tasks = node.engine.getTaskService();
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> work = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        work.add(pool.submit(() -> {
          for (int i = thread; i < finished + open; i += threads) {
            String instance = runtime.startProcessInstanceByKey(KEY, Map.of("group", groups.get(i % groups.size())))
                .getId();
            if (i < finished) {
              tasks.complete(tasks.createTaskQuery().processInstanceId(instance).singleResult().getId());
            }
          }
          return null;
        }));
      }
      for (Future<?> f : work) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
  }
}
