package cn.dangjian.workflow.membership;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.workflow.support.ProcessCoverage;
import cn.dangjian.workflow.support.TakenSequenceFlows;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Flow-node and sequence-flow coverage of {@code memberDevelopment}, measured by this class alone: before its tests
 * it drives every path of {@link MemberDevelopmentPaths} (the paths the scenario classes take) and counts only the
 * cases it started itself, so the figures do not depend on which other classes ran in the same JVM. Flow nodes come
 * from the engine's history (activity instances), sequence flows from {@link TakenSequenceFlows} (history keeps no
 * transitions). Gates: flow nodes ≥ 95 %, sequence flows ≥ 100 % (every flow, as the scenario classes reach).
 * Writes {@code target/process-test-coverage/memberDevelopment.txt}.
 *
 * <p>Run alone: {@code ./mvnw -B -ntp -q test -Dtest=MemberDevelopmentCoverageTest}; with the scenario classes:
 * {@code ./mvnw -B -ntp -q test -Dtest='MemberDevelopment*Test'}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MemberDevelopmentCoverageTest extends MemberDevelopmentTestBase {

  static final double FLOW_NODES_REQUIRED = 0.95;
  static final double SEQUENCE_FLOWS_REQUIRED = 1.0;

  @Autowired TakenSequenceFlows takenFlows;

  private ProcessCoverage coverage;

  @BeforeAll
  void driveEveryPath() throws IOException {
    Set<String> before = caseIds();
    for (Map.Entry<String, Runnable> path : new MemberDevelopmentPaths(this).all().entrySet()) {
      try {
        path.getValue().run();
      } catch (RuntimeException | AssertionError e) {
        throw new AssertionError("path \"" + path.getKey() + "\" failed: " + e.getMessage(), e);
      } finally {
        ClockUtil.reset();
      }
    }
    Set<String> driven = caseIds();
    driven.removeAll(before);
    ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(PROCESS).latestVersion().singleResult();
    Set<String> reached = history.createHistoricActivityInstanceQuery().processDefinitionId(definition.getId()).list()
        .stream().filter(a -> driven.contains(a.getProcessInstanceId())).map(HistoricActivityInstance::getActivityId)
        .collect(Collectors.toSet());
    coverage = ProcessCoverage.of(PROCESS, engine.getRepositoryService().getBpmnModelInstance(definition.getId()),
        reached, takenFlows.of(PROCESS, driven));
    String report = coverage.report() + String.format("  (%d cases on %d paths of MemberDevelopmentPaths)%n",
        driven.size(), new MemberDevelopmentPaths(this).all().size());
    Path out = Path.of("target", "process-test-coverage", PROCESS + ".txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report, StandardCharsets.UTF_8);
    System.out.print(report);
  }

  @Test
  void flowNodeCoverageOfMemberDevelopmentIsAtLeast95Percent() {
    assertThat(coverage.flowNodes().all()).as("flow nodes in the model").hasSizeGreaterThan(100);
    assertThat(coverage.flowNodes().ratio()).as(coverage.report()).isGreaterThanOrEqualTo(FLOW_NODES_REQUIRED);
  }

  @Test
  void sequenceFlowCoverageOfMemberDevelopmentIsComplete() {
    assertThat(coverage.sequenceFlows().all()).as("sequence flows in the model").hasSizeGreaterThan(100);
    assertThat(coverage.sequenceFlows().ratio()).as(coverage.report()).isGreaterThanOrEqualTo(SEQUENCE_FLOWS_REQUIRED);
  }

  /** The recorder keeps the flows a case took, not those it could take: a new case has taken three. */
  @Test
  void onlyTakenSequenceFlowsAreCounted() {
    Case c = newCase().start();
    assertThat(takenFlows.of(PROCESS, Set.of(c.pi.getId()))).containsExactlyInAnyOrder(
        "Flow_ApplicationReceived_RecordApplication", "Flow_RecordApplication_RecordApplicationReceipt",
        "Flow_RecordApplicationReceipt_TalkWithApplicant");
  }

  private Set<String> caseIds() {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS).list().stream()
        .map(HistoricProcessInstance::getId).collect(Collectors.toCollection(TreeSet::new));
  }
}
