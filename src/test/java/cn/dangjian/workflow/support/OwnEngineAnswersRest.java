package cn.dangjian.workflow.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Camunda's REST API and webapps find "the" engine by name in a JVM-wide registry ({@link ProcessEngines}); in
 * production a JVM holds one engine. The test JVM holds several cached Spring contexts, each with its own engine
 * named {@code default}, and contexts started and closed by other tests (cluster nodes, the prod start-up check)
 * replace or remove that entry. Before each test method the engine of the test's own context is registered again,
 * so that its HTTP calls reach its own engine and database.
 */
public class OwnEngineAnswersRest implements TestExecutionListener, Ordered {

  @Override
  public void beforeTestMethod(TestContext testContext) {
    if (!testContext.hasApplicationContext()) {
      return;
    }
    ApplicationContext context = testContext.getApplicationContext();
    context.getBeanProvider(ProcessEngine.class).ifAvailable(ProcessEngines::registerProcessEngine);
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
