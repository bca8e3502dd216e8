package cn.dangjian.workflow.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.workflow.DangjianWorkflowApplication;
import cn.dangjian.workflow.engine.ConcurrentUpdateRetry;
import cn.dangjian.workflow.records.DossierVerifier;
import cn.dangjian.workflow.support.HttpClientSupport;
import cn.dangjian.workflow.support.PostgresDatabases;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Camunda 7's cluster model: two application nodes on one PostgreSQL database. Cases started on node A
 * are worked on from both nodes at once over HTTP; every case ends once, every async job and timer runs once,
 * every case's receipt record exists once in a hash chain that verifies,
 * and the staff member who loses the race is told the task is gone (404), never shown an engine error.
 */
@Order(Integer.MAX_VALUE) // starts and stops application nodes in this JVM: after the tests that share cached contexts
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
        runtimeA.startProcessInstanceByKey("clusterProbe", "cluster-" + i, Map.of("branchCode", i % 2 == 0 ? "C1-B1" : "C1-B2",
            "applicantName", "申请人" + i));
      }
      TaskService tasksA = nodeA.getBean(TaskService.class);
      TaskService tasksB = nodeB.getBean(TaskService.class);
      awaitTrue(() -> tasksA.createTaskQuery().processDefinitionKey("clusterProbe").count() == CASES,
          "all cases reach the user task after their async job and timer");

      Race race = new Race(new HttpClientSupport(port(nodeA)), new HttpClientSupport(port(nodeB)));
      tasksB.createTaskQuery().processDefinitionKey("clusterProbe").list()
          .forEach(task -> race.completeFromBothNodes(task.getId(), task.getProcessInstanceId(), runtimeA));

      HistoryService history = nodeB.getBean(HistoryService.class);
      JdbcTemplate jdbc = nodeA.getBean(JdbcTemplate.class);
      awaitTrue(() -> history.createHistoricProcessInstanceQuery().processDefinitionKey("clusterProbe").finished()
          .count() == CASES, "every case has written its receipt and ended");
      List<String> dossiers = jdbc.queryForList("SELECT DISTINCT dossier_key FROM dj_record WHERE "
          + "process_definition_key = 'clusterProbe'", String.class);
      DossierVerifier verifier = nodeB.getBean(DossierVerifier.class);
      long intact = dossiers.stream().filter(key -> verifier.verify(key).intact()).count();
      double retried = retries(nodeA).retriedCount() + retries(nodeB).retriedCount();
      System.out.printf("two nodes on %s PostgreSQL: %d cases; completed on A %d, on B %d; the other node answered "
              + "404 task gone %d times; commands retried after a concurrent update %.0f; errors shown to users %d; "
              + "async jobs run on A %d, on B %d; duplicates %d; records %d, duplicated %d, dossiers intact %d of %d%n",
          kind, CASES, race.byA.get(), race.byB.get(), race.gone.get(), retried, race.errors.size(),
          count(jdbc, "Task_LogVisit", "A"), count(jdbc, "Task_LogVisit", "B"), duplicates(jdbc), records(jdbc),
          duplicatedRecords(jdbc), intact, dossiers.size());

      assertThat(race.errors).as("no user sees a 500 or a conflict when two nodes complete one task").isEmpty();
      assertThat(race.gone.get()).isEqualTo(CASES);
      assertThat(retries(nodeA).exhaustedCount() + retries(nodeB).exhaustedCount()).isZero();
      assertThat(race.byA.get() + race.byB.get()).isEqualTo(CASES);
      assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("clusterProbe").finished().count())
          .isEqualTo(CASES);
      assertThat(history.createHistoricActivityInstanceQuery().activityId("End_Case").count()).isEqualTo(CASES);
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM test_cluster_probe_log WHERE activity_id = 'Task_LogVisit'",
          Integer.class)).isEqualTo(CASES);
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM test_cluster_probe_log WHERE activity_id = 'End_Case'",
          Integer.class)).isEqualTo(CASES);
      assertThat(duplicates(jdbc)).isZero();
      assertThat(records(jdbc)).as("one receipt per case").isEqualTo(CASES);
      assertThat(duplicatedRecords(jdbc)).isZero();
      assertThat(intact).as("hash chains that verify").isEqualTo(dossiers.size());
      assertThat(nodeA.getBean(org.camunda.bpm.engine.ManagementService.class).createJobQuery()
          .processDefinitionKey("clusterProbe").count()).isZero();
    } finally {
      PostgresDatabases.drop(database);
    }
  }

  private static ConfigurableApplicationContext startNode(String name, PostgresDatabases.Database database) {
    List<String> args = new ArrayList<>(List.of(database.springArguments()));
    args.addAll(List.of("--server.port=0", "--dangjian.test.node-name=" + name,
        "--dangjian.engine.node-id=" + name,
        "--camunda.bpm.job-execution.enabled=true", "--camunda.bpm.job-execution.wait-time-in-millis=200",
        "--camunda.bpm.job-execution.max-wait=1000", "--logging.level.org.camunda=warn"));
    return new SpringApplicationBuilder(DangjianWorkflowApplication.class).profiles("postgres", "demo", "test")
        .run(args.toArray(String[]::new));
  }

  private static int port(ConfigurableApplicationContext node) {
    return ((WebServerApplicationContext) node).getWebServer().getPort();
  }

  private static ConcurrentUpdateRetry retries(ConfigurableApplicationContext node) {
    return node.getBean(ConcurrentUpdateRetry.class);
  }

  /** Two staff members, one on each node, click "complete" on the same task at the same moment. */
  private static final class Race {
    final AtomicInteger byA = new AtomicInteger();
    final AtomicInteger byB = new AtomicInteger();
    final AtomicInteger gone = new AtomicInteger();
    final List<String> errors = Collections.synchronizedList(new ArrayList<>());
    private final HttpClientSupport nodeA;
    private final HttpClientSupport nodeB;

    Race(HttpClientSupport nodeA, HttpClientSupport nodeB) {
      this.nodeA = nodeA;
      this.nodeB = nodeB;
    }

    void completeFromBothNodes(String taskId, String instanceId, RuntimeService runtime) {
      String branch = (String) runtime.getVariable(instanceId, "branchCode");
      String user = "C1-B1".equals(branch) ? "b1-secretary" : "b2-secretary";
      CyclicBarrier together = new CyclicBarrier(2);
      CompletableFuture<Void> a = CompletableFuture.runAsync(() -> complete(nodeA, taskId, user, together, byA));
      CompletableFuture<Void> b = CompletableFuture.runAsync(() -> complete(nodeB, taskId, user, together, byB));
      CompletableFuture.allOf(a, b).join();
    }

    private void complete(HttpClientSupport node, String taskId, String user, CyclicBarrier together,
        AtomicInteger completed) {
      try {
        together.await();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
      HttpResponse<String> response = node.postJson("/engine-rest/task/" + taskId + "/complete", user, "{}");
      if (response.statusCode() == 204) {
        completed.incrementAndGet();
      } else if (response.statusCode() == 404 && response.body().contains("已不存在")) {
        gone.incrementAndGet();
      } else {
        errors.add(response.statusCode() + " " + response.body());
      }
    }
  }

  private static int count(JdbcTemplate jdbc, String activity, String node) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM test_cluster_probe_log WHERE activity_id = ? AND node = ?",
        Integer.class, activity, node);
  }

  private static int records(JdbcTemplate jdbc) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM dj_record WHERE process_definition_key = 'clusterProbe'",
        Integer.class);
  }

  private static int duplicatedRecords(JdbcTemplate jdbc) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT process_instance_id, step FROM dj_record WHERE "
        + "process_definition_key = 'clusterProbe' GROUP BY process_instance_id, step HAVING COUNT(*) > 1) d",
        Integer.class);
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
