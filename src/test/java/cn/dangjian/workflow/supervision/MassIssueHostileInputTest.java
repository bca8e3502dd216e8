package cn.dangjian.workflow.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.workflow.support.HostileDoors;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Hostile input at every form of the mass-issue register — the start form (through the reporter gate) and each task
 * from the acceptance notice through the overdue ladder to the answer to an objection — through {@code submit-form},
 * {@code complete}, {@code resolve} and {@code start} ({@link HostileDoors}): each refused with a 4xx naming the field,
 * nothing changed; every one of the register's 9 forms is reached.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "dangjian.identity.administrator.password=" + MassIssueHostileInputTest.ADMIN_PASSWORD)
class MassIssueHostileInputTest extends MassIssueScenario {

  static final String ADMIN_PASSWORD = "Hostile-Input-Test-7";
  private static final long SEED = Long.getLong("hostile.seed", 20261207L);

  @LocalServerPort int port;

  private HostileDoors doors;

  @Test
  void malformedInputIsRefusedNamingTheFieldAndChangesNothing() throws Exception {
    doors = new HostileDoors(engine, port, ADMIN_PASSWORD, SEED, 120, 12);
    at(RECEIVED);
    Map<String, Object> start = report();
    start.remove("kind");
    doors.startForm(PROCESS, "supervision-issue-report", start, "b1-secretary");
    MassIssuePaths paths = new MassIssuePaths(this);
    paths.realNameIssueNoticeAcrossNationalDayThenFeedbackWithObjection();
    paths.overdueIssueRemindedThenSupervisedFromAbove();
    doors.report("of the mass-issue register", SEED, 1_000);
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      List<String> forms = files.map(f -> f.getFileName().toString())
          .filter(f -> f.startsWith("supervision-issue-") && f.endsWith(".form"))
          .map(f -> f.substring(0, f.length() - ".form".length())).toList();
      assertThat(forms).hasSize(9);
      assertThat(doors.formsReached()).as("every mass-issue form reached").containsExactlyInAnyOrderElementsOf(forms);
    }
  }

  @Override
  public void complete(ProcessInstance pi, String key, Map<String, Object> variables) {
    doors.task(pi, task(pi, key), variables);
    runJobs(pi);
  }
}
