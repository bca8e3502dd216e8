package cn.dangjian.workflow.supervision;

import cn.dangjian.workflow.engine.StartSupplements;
import java.util.Set;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The start listeners of {@code massIssue} ({@code ${massIssueIntake}}) and {@code clueHandling}
 * ({@code ${clueIntake}}): delegates, so a refusal reaches every door as the invalid input it is.
 */
@Configuration(proxyBeanMethods = false)
class SupervisionIntakes {

  /** The sealed reporter reference the intake doors put in place of the identity. */
  @Bean
  StartSupplements massIssueReporterRef() {
    return new StartSupplements(SupervisionFamilies.MASS_ISSUE.processKey(), Set.of("reporterRef"));
  }

  @Bean
  StartSupplements clueReporterRef() {
    return new StartSupplements(SupervisionFamilies.CLUE.processKey(), Set.of("reporterRef"));
  }

  @Bean
  ExecutionListener massIssueIntake(SupervisionIntake intake) {
    return execution -> intake.open(execution, SupervisionFamilies.MASS_ISSUE.key());
  }

  @Bean
  ExecutionListener clueIntake(SupervisionIntake intake) {
    return execution -> intake.open(execution, SupervisionFamilies.CLUE.key());
  }
}
