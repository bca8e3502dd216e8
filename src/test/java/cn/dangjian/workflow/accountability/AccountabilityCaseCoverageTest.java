package cn.dangjian.workflow.accountability;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.workflow.support.ProcessCoverage;
import cn.dangjian.workflow.support.TakenSequenceFlows;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Flow-node and sequence-flow coverage of {@code accountabilityCase} and its {@code accountabilityRestriction}, by the
 * paths of {@link AccountabilityCasePaths} driven by this class alone (only the cases it started count). Gates: 95 %
 * of flow nodes and of sequence flows of each process. Writes {@code target/process-test-coverage/<key>.txt}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountabilityCaseCoverageTest extends AccountabilityCaseScenario {

  static final double REQUIRED = 0.95;

  @Autowired TakenSequenceFlows takenFlows;
  private ProcessCoverage coverage;
  private ProcessCoverage restriction;

  @BeforeAll
  void driveEveryPath() throws IOException {
    Set<String> before = ProcessCoverage.caseIds(engine, PROCESS);
    Set<String> restrictionsBefore = ProcessCoverage.caseIds(engine, RESTRICTION);
    ProcessCoverage.drive(new AccountabilityCasePaths(this).all(), () -> day = java.time.LocalDate.of(2026, 3, 2));
    coverage = ProcessCoverage.measure(engine, takenFlows, PROCESS, ProcessCoverage.since(engine, PROCESS, before));
    Set<String> restrictions = ProcessCoverage.since(engine, RESTRICTION, restrictionsBefore);
    restriction = ProcessCoverage.measure(engine, takenFlows, RESTRICTION, restrictions);
  }

  @Test
  void flowNodeCoverageOfTheCaseIsAtLeast95Percent() {
    assertThat(coverage.flowNodes().all()).hasSizeGreaterThan(30);
    assertThat(coverage.flowNodes().ratio()).as(coverage.report()).isGreaterThanOrEqualTo(REQUIRED);
  }

  @Test
  void sequenceFlowCoverageOfTheCaseIsAtLeast95Percent() {
    assertThat(coverage.sequenceFlows().ratio()).as(coverage.report()).isGreaterThanOrEqualTo(REQUIRED);
  }

  @Test
  void theRestrictionProcessIsCoveredEntirely() {
    assertThat(restriction.flowNodes().ratio()).as(restriction.report()).isEqualTo(1.0);
    assertThat(restriction.sequenceFlows().ratio()).as(restriction.report()).isEqualTo(1.0);
  }
}
