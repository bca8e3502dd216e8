package cn.dangjian.workflow.accountability;

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
 * Hostile input at every form of a responsibility item — the start form and each task from the evidence through
 * every rung of the ladder to the decision on the proposal — through {@code submit-form}, {@code complete},
 * {@code resolve} and {@code start} ({@link HostileDoors}): each refused with a 4xx naming the field, nothing changed;
 * every one of the family's 10 forms is reached.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "dangjian.identity.administrator.password=" + ResponsibilityItemHostileInputTest.ADMIN_PASSWORD)
class ResponsibilityItemHostileInputTest extends ResponsibilityItemScenario {

  static final String ADMIN_PASSWORD = "Hostile-Input-Test-7";
  private static final long SEED = Long.getLong("hostile.seed", 20261125L);

  @LocalServerPort int port;

  private HostileDoors doors;

  @Test
  void malformedInputIsRefusedNamingTheFieldAndChangesNothing() throws Exception {
    doors = new HostileDoors(engine, port, ADMIN_PASSWORD, SEED, 200, 20);
    at(ASSIGNED);
    doors.startForm(PROCESS, "responsibility-assign-item", item(), "committee-secretary");
    new ResponsibilityItemPaths(this).everyRungReachedThenDeclinedThenCompleted();
    doors.report("of responsibility items", SEED, 2_000);
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      List<String> responsibilityForms = files.map(f -> f.getFileName().toString())
          .filter(f -> f.startsWith("responsibility-") && f.endsWith(".form"))
          .map(f -> f.substring(0, f.length() - ".form".length())).toList();
      assertThat(responsibilityForms).hasSize(10);
      assertThat(doors.formsReached()).as("every responsibility form reached")
          .containsExactlyInAnyOrderElementsOf(responsibilityForms);
    }
  }

  @Override
  public void complete(ProcessInstance pi, String key, Map<String, Object> variables) {
    doors.task(pi, task(pi, key), variables);
    runJobs(pi);
  }
}
