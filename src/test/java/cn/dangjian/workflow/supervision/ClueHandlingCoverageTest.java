package cn.dangjian.workflow.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.workflow.support.ProcessCoverage;
import cn.dangjian.workflow.support.TakenSequenceFlows;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Flow-node and sequence-flow coverage of {@code clueHandling} by the paths of {@link CluePaths}, counting only the
 * cases this class started. Gate: ≥ 95 % of each. Report in {@code target/process-test-coverage/clueHandling.txt}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClueHandlingCoverageTest extends ClueScenario {

  static final double REQUIRED = 0.95;

  @Autowired TakenSequenceFlows takenFlows;

  private ProcessCoverage coverage;

  @BeforeAll
  void driveEveryPath() throws Exception {
    initEngineAssertions();
    rememberRecordTypes();
    Set<String> before = ProcessCoverage.caseIds(engine, PROCESS);
    ProcessCoverage.drive(new CluePaths(this).all(), () -> { });
    coverage = ProcessCoverage.measure(engine, takenFlows, PROCESS, ProcessCoverage.since(engine, PROCESS, before));
  }

  @Test
  void flowNodeCoverageIsAtLeast95Percent() {
    assertThat(coverage.flowNodes().all()).hasSizeGreaterThan(60);
    assertThat(coverage.flowNodes().ratio()).as(coverage.report()).isGreaterThanOrEqualTo(REQUIRED);
  }

  @Test
  void sequenceFlowCoverageIsAtLeast95Percent() {
    assertThat(coverage.sequenceFlows().ratio()).as(coverage.report()).isGreaterThanOrEqualTo(REQUIRED);
  }
}
