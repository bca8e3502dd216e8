package cn.dangjian.workflow.records;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.workflow.support.PostgresDatabases;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 发文字号 on PostgreSQL (the production database), migrated by Flyway: writers on separate connections, as on
 * several nodes, get distinct consecutive numbers; two writers of the same step at once end with one number, and
 * the loser's transaction stays usable.
 */
class DocumentNumbersPostgresTest {

  private static PostgresDatabases.Database database;
  private static DocumentNumbers numbers;
  private static TransactionTemplate transactions;
  private static JdbcTemplate jdbc;

  @BeforeAll
  static void migrate() {
    database = PostgresDatabases.create(PostgresDatabases.Kind.EMBEDDED);
    DriverManagerDataSource dataSource = database.migrated();
    DataSourceTransactionManager manager = new DataSourceTransactionManager(dataSource);
    numbers = new DocumentNumbers(dataSource, manager);
    transactions = new TransactionTemplate(manager);
    jdbc = new JdbcTemplate(dataSource);
  }

  @AfterAll
  static void drop() {
    PostgresDatabases.drop(database);
  }

  @Test
  void concurrentWritersGetDistinctConsecutiveNumbers() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<String>> writers = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        String step = "Task_" + i;
        writers.add(() -> transactions.execute(status -> numbers.assign(numbering("C1-B1"), source("pi-1", step))));
      }
      List<String> assigned = new ArrayList<>();
      for (Future<String> f : pool.invokeAll(writers)) {
        assigned.add(f.get());
      }
      List<String> expected = new ArrayList<>();
      for (int n = 1; n <= 12; n++) {
        expected.add("第一党支部〔2031〕" + n + "号");
      }
      assertThat(assigned).containsExactlyInAnyOrderElementsOf(expected);
      assertThat(numbers.assign(numbering("C1-B2"), source("pi-1", "Task_OtherBranch"))).isEqualTo("第一党支部〔2031〕1号");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void twoWritersOfOneStepAtOnceEndWithOneNumber() throws Exception {
    CountDownLatch firstHolds = new CountDownLatch(1);
    CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> transactions.execute(status -> {
      String number = numbers.assign(numbering("C1-B3"), source("pi-2", "Task_Notice"));
      firstHolds.countDown();
      sleep(500); // the second writer now waits on the sequence's row
      return number;
    }));
    assertThat(firstHolds.await(30, TimeUnit.SECONDS)).isTrue();
    String second = transactions.execute(status -> {
      String number = numbers.assign(numbering("C1-B3"), source("pi-2", "Task_Notice"));
      jdbc.queryForObject("SELECT 1", Integer.class); // the transaction is still usable
      return number;
    });
    assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo("第一党支部〔2031〕1号");
    assertThat(second).isEqualTo("第一党支部〔2031〕1号");
    assertThat(jdbc.queryForObject("SELECT last_number FROM dj_document_sequence WHERE organisation_code = 'C1-B3'",
        Integer.class)).as("the second writer gave its number back").isEqualTo(1);
  }

  private static DocumentNumbering numbering(String organisation) {
    return new DocumentNumbering(organisation, "第一党支部", "test.notice", 2031);
  }

  private static RecordSource source(String pi, String step) {
    return new RecordSource("test.notice", null, pi, "probe", step, Instant.parse("2031-03-02T02:00:00Z"), "system",
        Map.of());
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
