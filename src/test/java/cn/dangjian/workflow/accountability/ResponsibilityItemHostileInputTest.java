package cn.dangjian.workflow.accountability;

import cn.dangjian.workflow.support.HostileDoors;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Hostile input at every form of a responsibility item — the start form and each task from the evidence through
 * every rung of the ladder to the decision on the proposal — through {@code submit-form}, {@code complete},
 * {@code resolve} and {@code start} ({@link HostileDoors}): each refused with a 4xx naming the field, nothing changed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "dangjian.identity.administrator.password=" + ResponsibilityItemHostileInputTest.ADMIN_PASSWORD)
class ResponsibilityItemHostileInputTest extends ResponsibilityItemScenario {

  static final String ADMIN_PASSWORD = "Hostile-Input-Test-7";
  private static final long SEED = Long.getLong("hostile.seed", 20261125L);

  @LocalServerPort int port;

  private HostileDoors doors;

  @Test
  void malformedInputIsRefusedNamingTheFieldAndChangesNothing() {
    doors = new HostileDoors(engine, port, ADMIN_PASSWORD, SEED, 200, 20);
    at(ASSIGNED);
    doors.startForm(PROCESS, "responsibility-assign-item", item(), "committee-secretary");
    new ResponsibilityItemPaths(this).everyRungReachedThenDeclinedThenCompleted();
    doors.report("of responsibility items", SEED, 2_000);
  }

  @Override
  public void complete(ProcessInstance pi, String key, Map<String, Object> variables) {
    doors.task(pi, task(pi, key), variables);
    runJobs(pi);
  }
}
