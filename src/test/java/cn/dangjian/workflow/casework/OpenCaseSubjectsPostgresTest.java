package cn.dangjian.workflow.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dangjian.workflow.engine.ProcessInstanceEnded;
import cn.dangjian.workflow.support.PostgresDatabases;
import cn.dangjian.workflow.web.InvalidInputException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One open case per subject on PostgreSQL (the production database), migrated by Flyway: two starts for the same
 * person at once — both past the query check, as on two nodes — cannot both commit. The second waits for the first's
 * transaction and is then refused naming the first case; once that case ends, the person may be held again.
 */
class OpenCaseSubjectsPostgresTest {

  private static PostgresDatabases.Database database;
  private static OpenCaseSubjects subjects;
  private static TransactionTemplate transactions;

  @BeforeAll
  static void migrate() {
    database = PostgresDatabases.create(PostgresDatabases.Kind.EMBEDDED);
    DriverManagerDataSource dataSource = database.migrated();
    DataSourceTransactionManager manager = new DataSourceTransactionManager(dataSource);
    subjects = new OpenCaseSubjects(dataSource, manager);
    transactions = new TransactionTemplate(manager);
  }

  @AfterAll
  static void drop() {
    PostgresDatabases.drop(database);
  }

  private static void start(String processInstanceId, String caseNumber) {
    subjects.hold("membership", "110101200006150021", processInstanceId, "idCardNumber",
        holder -> "同一人只能有一个在办的党员发展案件（已有案件 " + holder + "）");
    subjects.number(processInstanceId, caseNumber);
  }

  @Test
  void twoStartsAtOnceForOnePersonCannotBothCommit() throws Exception {
    CountDownLatch firstHolds = new CountDownLatch(1);
    CountDownLatch secondTries = new CountDownLatch(1);
    CompletableFuture<Void> first = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
      start("instance-a", "DY-C1-B1-2026-0001");
      firstHolds.countDown();
      await(secondTries);
      sleep(500); // the second start is now waiting on the key
    }));
    assertThat(firstHolds.await(30, TimeUnit.SECONDS)).isTrue();
    CompletableFuture<Void> second = CompletableFuture.runAsync(() -> {
      secondTries.countDown();
      transactions.executeWithoutResult(status -> start("instance-b", "DY-C1-B2-2026-0001"));
    });
    first.get(60, TimeUnit.SECONDS);
    assertThatThrownBy(() -> second.get(60, TimeUnit.SECONDS)).hasCauseInstanceOf(InvalidInputException.class)
        .hasMessageContaining("同一人只能有一个在办的党员发展案件（已有案件 DY-C1-B1-2026-0001）");
    assertThat(subjects.holderOf("membership", "110101200006150021")).contains("DY-C1-B1-2026-0001");

    subjects.release(new ProcessInstanceEnded("instance-a", "memberDevelopment"));
    assertThat(subjects.holderOf("membership", "110101200006150021")).isEmpty();
    transactions.executeWithoutResult(status -> start("instance-c", "DY-C1-B2-2026-0002"));
    assertThat(subjects.holderOf("membership", "110101200006150021")).contains("DY-C1-B2-2026-0002");
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
