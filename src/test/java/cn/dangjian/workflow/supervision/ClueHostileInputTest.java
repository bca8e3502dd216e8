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
 * Hostile input at every form of clue handling — the start form (through the reporter gate) and each task from the
 * referral through the four disposal methods, 立案, 审理 and rectification to the feedback — through
 * {@code submit-form}, {@code complete}, {@code resolve} and {@code start} ({@link HostileDoors}): each refused with a
 * 4xx naming the field, nothing changed; every one of the family's forms is reached.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "dangjian.identity.administrator.password=" + ClueHostileInputTest.ADMIN_PASSWORD)
class ClueHostileInputTest extends ClueScenario {

  static final String ADMIN_PASSWORD = "Hostile-Input-Test-7";
  private static final long SEED = Long.getLong("hostile.seed", 20261208L);

  @LocalServerPort int port;

  private HostileDoors doors;

  @Test
  void malformedInputIsRefusedNamingTheFieldAndChangesNothing() throws Exception {
    doors = new HostileDoors(engine, port, ADMIN_PASSWORD, SEED, 20, 2).validAsOfficer();
    at(RECEIVED);
    Map<String, Object> start = report(RECEIVED);
    start.remove("kind");
    doors.startForm("clueHandling", "supervision-clue-report", start, "b1-secretary");
    CluePaths paths = new CluePaths(this);
    paths.branchForwardsAcrossMidAutumnThenCommissionClosesTheClue();
    paths.realNameClueAtTheCommissionShelvedThenFeedbackWithObjection();
    paths.talkByLetterWithCountersignedReplyClearsTheSubject();
    paths.talkEscalatedToVerificationThenClosed();
    paths.filedCaseExtendedOnceSecondExtensionRefusedThenWarningRectifiedAndVisited();
    paths.investigationEndsInTimeThenAdmonitionWithoutAccountability();
    doors.report("of clue handling", SEED, 800);
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      List<String> forms = files.map(f -> f.getFileName().toString())
          .filter(f -> f.startsWith("supervision-clue-") && f.endsWith(".form"))
          .map(f -> f.substring(0, f.length() - ".form".length())).toList();
      assertThat(doors.formsReached()).as("every clue form reached").containsExactlyInAnyOrderElementsOf(forms);
    }
  }

  @Override
  public void complete(ProcessInstance pi, String key, Map<String, Object> variables) {
    doors.task(pi, task(pi, key), variables);
    runJobs(pi);
  }
}
