package cn.dangjian.workflow.bench;

import cn.dangjian.workflow.engine.TaskQueryExistsAuthorization;
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
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;

/**
 * (4) The query Tasklist runs for a branch secretary (candidate groups of the user, unassigned, newest
 * first, first page of 15) and its count (shown beside the filter), as that user with authorization checks, with Camunda's own authorization join
 * ("stock") and with the EXISTS check of {@link TaskQueryExistsAuthorization} ("EXISTS") side by side on the same
 * data, alternating per round. Data: {@code --finished} finished (default 100,000 times {@code --scale}) and
 * 10,000 open cases (times {@code --scale}); the open ones of branch 1 and 2 are {@code --per-secretary}
 * (500 and 3,333 by default, what b1-secretary and b2-secretary see; times {@code --scale} below 1), the rest spread over the other branches up
 * to {@code --branches} (20 by default, a mid-sized 基层党委).
 */
final class TaskQueryBench {

  static final String KEY = "benchTaskQuery";
  private static final int QUERIES_PER_ROUND = 200;
  /** Counts are slower (every candidate task is checked; Camunda's join took seconds): fewer per round. */
  private static final int COUNTS_PER_ROUND = 10;

  private TaskQueryBench() {}

  static List<Measurement> run(BenchNode node, BenchOptions options) throws Exception {
    int finished = options.finished() >= 0 ? options.finished() : (int) Math.round(100_000 * options.scale());
    int open = (int) Math.round(10_000 * options.scale());
    List<Integer> perSecretary = options.perSecretary().stream()
        .map(n -> (int) Math.round(n * Math.min(1.0, options.scale()))).toList();
    open = Math.max(open, perSecretary.stream().mapToInt(Integer::intValue).sum());
    List<String> branches = secretaryGroups(Math.max(options.branches(), perSecretary.size() + 1));
    long generationStart = System.nanoTime();
    generate(node, finished, openCases(open, perSecretary, branches));
    analyse(node);
    double generationSeconds = (System.nanoTime() - generationStart) / 1e9;
    String data = String.format("%,d finished + %,d open cases over %d branches (generated in %.0f s)", finished,
        open, branches.size(), generationSeconds);

    TaskQueryExistsAuthorization rewrite = node.context.getBean(TaskQueryExistsAuthorization.class);
    boolean wasActive = rewrite.isActive();
    List<Measurement> results = new ArrayList<>();
    try {
      for (int level = 0; level < perSecretary.size(); level++) {
        results.addAll(measure(node, options, rewrite, "b" + (level + 1) + "-secretary", perSecretary.get(level),
            data));
      }
    } finally {
      rewrite.setActive(wasActive);
    }
    return results;
  }

  private static List<Measurement> measure(BenchNode node, BenchOptions options, TaskQueryExistsAuthorization rewrite,
      String secretary, int visible, String data) {
    IdentityService identity = node.engine.getIdentityService();
    TaskService tasks = node.engine.getTaskService();
    List<String> groups = identity.createGroupQuery().groupMember(secretary).list().stream()
        .map(g -> g.getId()).toList();
    Map<Boolean, List<Double>> p50 = Map.of(false, new ArrayList<>(), true, new ArrayList<>());
    Map<Boolean, List<Double>> p99 = Map.of(false, new ArrayList<>(), true, new ArrayList<>());
    Map<Boolean, List<Double>> countP50 = Map.of(false, new ArrayList<>(), true, new ArrayList<>());
    Map<Boolean, List<Double>> countMax = Map.of(false, new ArrayList<>(), true, new ArrayList<>());
    for (int round = 0; round < options.warmupRounds() + options.rounds(); round++) {
      Map<Boolean, List<String>> firstPage = new java.util.HashMap<>();
      Map<Boolean, Long> count = new java.util.HashMap<>();
      // Alternating which goes first, so neither profits from the other's warm caches more than the other.
      for (boolean exists : round % 2 == 0 ? List.of(false, true) : List.of(true, false)) {
        rewrite.setActive(exists);
        List<Double> latencies = new ArrayList<>();
        identity.setAuthentication(secretary, groups);
        try {
          for (int i = 0; i < QUERIES_PER_ROUND; i++) {
            long start = System.nanoTime();
            List<Task> page = tasks.createTaskQuery().taskCandidateGroupIn(groups).taskUnassigned()
                .orderByTaskCreateTime().desc().listPage(0, 15);
            latencies.add((System.nanoTime() - start) / 1e6);
            if (i == 0) {
              firstPage.put(exists, page.stream().map(Task::getId).toList());
            }
          }
          List<Double> countLatencies = new ArrayList<>();
          for (int i = 0; i < COUNTS_PER_ROUND; i++) {
            long start = System.nanoTime();
            count.put(exists, tasks.createTaskQuery().taskCandidateGroupIn(groups).taskUnassigned().count());
            countLatencies.add((System.nanoTime() - start) / 1e6);
          }
          if (round >= options.warmupRounds()) {
            Collections.sort(countLatencies);
            countP50.get(exists).add(countLatencies.get(countLatencies.size() / 2));
            countMax.get(exists).add(countLatencies.get(countLatencies.size() - 1));
          }
        } finally {
          identity.clearAuthentication();
        }
        if (round >= options.warmupRounds()) {
          Collections.sort(latencies);
          p50.get(exists).add(latencies.get(latencies.size() / 2));
          p99.get(exists).add(latencies.get((int) Math.ceil(latencies.size() * 0.99) - 1));
        }
      }
      if (firstPage.get(false).isEmpty() && visible > 0) {
        throw new IllegalStateException(secretary + "'s query found no task: the data set is wrong");
      }
      if (!firstPage.get(false).equals(firstPage.get(true)) || !count.get(false).equals(count.get(true))) {
        throw new IllegalStateException(secretary + "'s first page or count differs between stock and EXISTS: "
            + firstPage + ", " + count);
      }
    }
    String level = String.format("%,d/secretary", visible);
    String note = String.format("%s; %d queries per round, as %s with authorizations", data, QUERIES_PER_ROUND,
        secretary);
    List<Measurement> results = new ArrayList<>();
    for (boolean exists : List.of(false, true)) {
      String variant = exists ? "EXISTS" : "stock";
      results.add(new Measurement(SECTION, "Tasklist query p50, " + level + ", " + variant, node.database, "ms",
          p50.get(exists), note));
      results.add(new Measurement(SECTION, "Tasklist query p99, " + level + ", " + variant, node.database, "ms",
          p99.get(exists), note));
      results.add(new Measurement(SECTION, "Tasklist count p50, " + level + ", " + variant, node.database, "ms",
          countP50.get(exists), COUNTS_PER_ROUND + " counts per round (the number Tasklist shows beside a filter)"));
      results.add(new Measurement(SECTION, "Tasklist count max, " + level + ", " + variant, node.database, "ms",
          countMax.get(exists), COUNTS_PER_ROUND + " counts per round, slowest"));
    }
    return results;
  }

  static final String SECTION = "4 task query";

  /** Open cases per branch: the given numbers for branches 1, 2, …, the rest spread over the others. */
  static List<String> openCases(int open, List<Integer> perSecretary, List<String> branches) {
    List<String> cases = new ArrayList<>();
    for (int level = 0; level < perSecretary.size(); level++) {
      cases.addAll(Collections.nCopies(perSecretary.get(level), branches.get(level)));
    }
    List<String> others = branches.subList(perSecretary.size(), branches.size());
    for (int i = 0; cases.size() < open; i++) {
      cases.add(others.get(i % others.size()));
    }
    Collections.shuffle(cases, new java.util.Random(17));
    return cases;
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

  private static void generate(BenchNode node, int finished, List<String> openCaseGroups) throws Exception {
    node.engine.getRepositoryService().createDeployment().name("bench").enableDuplicateFiltering(true)
        .addModelInstance("bench/task-query.bpmn", Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(1)
            .startEvent().userTask("Task_Review").camundaCandidateGroups("${group}").endEvent().done())
        .deploy();
    RuntimeService runtime = node.engine.getRuntimeService();
    TaskService tasks = node.engine.getTaskService();
    List<String> groups = new java.util.ArrayList<>(new java.util.LinkedHashSet<>(openCaseGroups));
    int total = finished + openCaseGroups.size();
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> work = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        work.add(pool.submit(() -> {
          for (int i = thread; i < total; i += threads) {
            // finished cases first (older), then the open ones
            String group = i < finished ? groups.get(i % groups.size()) : openCaseGroups.get(i - finished);
            String instance = runtime.startProcessInstanceByKey(KEY, Map.of("group", group)).getId();
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
