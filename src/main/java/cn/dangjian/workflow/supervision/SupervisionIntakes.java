package cn.dangjian.workflow.supervision;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The start listeners of {@code massIssue} ({@code ${massIssueIntake}}) and {@code clueHandling}
 * ({@code ${clueIntake}}): delegates, so a refusal reaches every door as the invalid input it is.
 */
@Configuration(proxyBeanMethods = false)
class SupervisionIntakes {

  @Bean
  ExecutionListener massIssueIntake(SupervisionIntake intake) {
    return execution -> intake.open(execution, SupervisionFamilies.MASS_ISSUE.key());
  }

  @Bean
  ExecutionListener clueIntake(SupervisionIntake intake) {
    return execution -> intake.open(execution, SupervisionFamilies.CLUE.key());
  }
}
