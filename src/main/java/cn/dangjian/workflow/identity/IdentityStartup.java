package cn.dangjian.workflow.identity;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Synchronises identity once the engine runs (the starter fires no PostDeployEvent without a process application). */
@Component
@Order(0)
class IdentityStartup implements ApplicationRunner {

  private final AdministratorPasswordPolicy passwordPolicy;
  private final IdentitySynchronizer synchronizer;

  IdentityStartup(AdministratorPasswordPolicy passwordPolicy, IdentitySynchronizer synchronizer) {
    this.passwordPolicy = passwordPolicy;
    this.synchronizer = synchronizer;
  }

  @Override
  public void run(ApplicationArguments args) {
    passwordPolicy.check();
    synchronizer.synchronise();
  }
}
