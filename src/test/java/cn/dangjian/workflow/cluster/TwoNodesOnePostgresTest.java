package cn.dangjian.workflow.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.workflow.DangjianWorkflowApplication;
import cn.dangjian.workflow.support.PostgresDatabases;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Camunda 7's cluster model: two application nodes on one PostgreSQL database. Cases started on node A
 * are worked on from both nodes at once; every case ends once, every async job and timer runs once.
 */
class TwoNodesOnePostgresTest {

  private static final int CASES = 40;
  private static final Duration PATIENCE = Duration.ofSeconds(90);

  static List<PostgresDatabases.Kind> databases() {
    return PostgresDatabases.available();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void casesStartedOnOneNodeFinishExactlyOnceUnderConcurrentCompletion(PostgresDatabases.Kind kind) throws Exception {
    PostgresDatabases.Database database = PostgresDatabases.create(kind);
    try (ConfigurableApplicationContext nodeA = startNode("A", database);
        ConfigurableApplicationContext nodeB = startNode("B", database)) {
      RuntimeService runtimeA = nodeA.getBean(RuntimeService.class);
      for (int i = 0; i < CASES; i++) {
        runtimeA.startProcessInstanceByKey("clusterProbe", "cluster-" + i, Map.of("branchCode", i % 2 == 0 ? "C1-B1" : "C1-B2"));
      }
      TaskService tasksA = nodeA.getBean(TaskService.class);
      TaskService tasksB = nodeB.getBean(TaskService.class);
      awaitTrue(() -> tasksA.createTaskQuery().processDefinitionKey("clusterProbe").count() == CASES,
          "all cases reach the user task after their async job and timer");

      List<String> taskIds = new ArrayList<>();
      tasksB.createTaskQuery().processDefinitionKey("clusterProbe").list().forEach(t -> taskIds.add(t.getId()));
      Race race = new Race();
      CompletableFuture<Void> a = CompletableFuture.runAsync(() -> race.completeAll(tasksA, shuffled(taskIds, 1), race.byA));
      CompletableFuture<Void> b = CompletableFuture.runAsync(() -> race.completeAll(tasksB, shuffled(taskIds, 2), race.byB));
      CompletableFuture.allOf(a, b).get();

      HistoryService history = nodeB.getBean(HistoryService.class);
      JdbcTemplate jdbc = nodeA.getBean(JdbcTemplate.class);
      System.out.printf("two nodes on %s PostgreSQL: %d cases; completed on A %d, on B %d; lost races %d; "
              + "optimistic-locking conflicts retried %d; async jobs run on A %d, on B %d; duplicates %d%n",
          kind, CASES, race.byA.get(), race.byB.get(), race.lostRaces.get(), race.conflicts.get(),
          count(jdbc, "Task_LogVisit", "A"), count(jdbc, "Task_LogVisit", "B"), duplicates(jdbc));

      assertThat(race.byA.get() + race.byB.get()).isEqualTo(CASES);
      assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("clusterProbe").finished().count())
          .isEqualTo(CASES);
      assertThat(history.createHistoricActivityInstanceQuery().activityId("End_Case").count()).isEqualTo(CASES);
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM test_cluster_probe_log WHERE activity_id = 'Task_LogVisit'",
          Integer.class)).isEqualTo(CASES);
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM test_cluster_probe_log WHERE activity_id = 'End_Case'",
          Integer.class)).isEqualTo(CASES);
      assertThat(duplicates(jdbc)).isZero();
      assertThat(nodeA.getBean(org.camunda.bpm.engine.ManagementService.class).createJobQuery().count()).isZero();
    } finally {
      PostgresDatabases.drop(database);
    }
  }

  private static ConfigurableApplicationContext startNode(String name, PostgresDatabases.Database database) {
    List<String> args = new ArrayList<>(List.of(database.springArguments()));
    args.addAll(List.of("--server.port=0", "--dangjian.test.node-name=" + name,
        "--camunda.bpm.job-execution.enabled=true", "--camunda.bpm.job-execution.wait-time-in-millis=200",
        "--camunda.bpm.job-execution.max-wait=1000", "--logging.level.org.camunda=warn"));
    return new SpringApplicationBuilder(DangjianWorkflowApplication.class).profiles("postgres", "demo", "test")
        .run(args.toArray(String[]::new));
  }

  private static final class Race {
    final AtomicInteger byA = new AtomicInteger();
    final AtomicInteger byB = new AtomicInteger();
    final AtomicInteger lostRaces = new AtomicInteger();
    final AtomicInteger conflicts = new AtomicInteger();

    /** Both nodes try every task, as two staff members clicking "complete" at once would. */
    void completeAll(TaskService tasks, List<String> taskIds, AtomicInteger completed) {
      for (String id : taskIds) {
        for (int attempt = 1; attempt <= 3; attempt++) {
          try {
            if (tasks.createTaskQuery().taskId(id).count() == 0) {
              lostRaces.incrementAndGet();
            } else {
              tasks.complete(id);
              completed.incrementAndGet();
            }
            break;
          } catch (OptimisticLockingException e) {
            conflicts.incrementAndGet();
          } catch (RuntimeException e) {
            // Completed by the other node between our query and our completion. Camunda then fails with a
            // ProcessEngineException or, when the execution vanished mid-command, a NullPointerException.
            if (tasks.createTaskQuery().taskId(id).count() != 0) {
              throw e;
            }
            lostRaces.incrementAndGet();
            break;
          }
        }
      }
    }
  }

  private static List<String> shuffled(List<String> ids, long seed) {
    List<String> copy = new ArrayList<>(ids);
    Collections.shuffle(copy, new Random(seed));
    return copy;
  }

  private static int count(JdbcTemplate jdbc, String activity, String node) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM test_cluster_probe_log WHERE activity_id = ? AND node = ?",
        Integer.class, activity, node);
  }

  private static int duplicates(JdbcTemplate jdbc) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT process_instance_id, activity_id FROM test_cluster_probe_log "
        + "GROUP BY process_instance_id, activity_id HAVING COUNT(*) > 1) d", Integer.class);
  }

  private static void awaitTrue(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
    Instant deadline = Instant.now().plus(PATIENCE);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("Timed out waiting until " + what);
      }
      Thread.sleep(100);
    }
  }
}
