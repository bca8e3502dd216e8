package cn.dangjian.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.workflow.DangjianWorkflowApplication;
import cn.dangjian.workflow.support.PostgresDatabases;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@link TaskQueryExistsAuthorizationTest}'s comparison of Camunda's task query and the EXISTS rewrite on
 * PostgreSQL, the production database: the local server where one is reachable, else an embedded PostgreSQL.
 */
@Order(Integer.MAX_VALUE) // starts and stops application nodes in this JVM: after the tests that share cached contexts
class TaskQueryExistsAuthorizationPostgresTest {

  @Test
  void stockAndRewrittenQueriesAgreeOnPostgres() {
    PostgresDatabases.Kind kind = PostgresDatabases.available().contains(PostgresDatabases.Kind.SERVER)
        ? PostgresDatabases.Kind.SERVER : PostgresDatabases.Kind.EMBEDDED;
    PostgresDatabases.Database database = PostgresDatabases.create(kind);
    try {
      List<String> args = new ArrayList<>(List.of("--server.port=0", "--logging.level.root=warn",
          "--camunda.bpm.job-execution.enabled=false"));
      args.addAll(List.of(database.springArguments()));
      try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DangjianWorkflowApplication.class)
          .profiles("postgres", "demo", "test").run(args.toArray(String[]::new))) {
        TaskQueryExistsAuthorization rewrite = context.getBean(TaskQueryExistsAuthorization.class);
        assertThat(rewrite.isActive()).isTrue();
        System.out.println("TaskQueryExistsAuthorizationPostgresTest on " + kind + " PostgreSQL");
        new TaskQueryComparison(context.getBean(ProcessEngine.class), rewrite, TaskQueryComparison.seed()).run();
      }
    } finally {
      PostgresDatabases.drop(database);
    }
  }
}
