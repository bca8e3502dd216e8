package cn.dangjian.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Package by feature, held by the build: each top-level package is a module; modules may use only each
 * other's public surface (their top-level package) and never form a cycle.
 */
class ModularityTests {

  private final ApplicationModules modules = ApplicationModules.of(DangjianWorkflowApplication.class);

  @Test
  void modulesRespectTheirBoundariesAndFormNoCycles() {
    modules.verify();
  }

  @Test
  void theFeaturesAreModules() {
    assertThat(modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
        .contains("config", "identity", "records");
  }

  @Test
  void recordsDoNotDependOnTheProcessesThatUseThem() {
    ApplicationModule records = modules.getModuleByName("records").orElseThrow();
    assertThat(records.getBootstrapDependencies(modules).map(m -> m.getIdentifier().toString()))
        .doesNotContain("membership");
  }
}
