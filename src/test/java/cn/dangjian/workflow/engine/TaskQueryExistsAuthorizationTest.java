package cn.dangjian.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 17, item 3: the task query with its authorization check as EXISTS returns what Camunda's own query
 * returns — the same tasks in the same order, the same pages and counts — for Tasklist's filters, the queries
 * of {@code /task} and the secretary's list, over randomised tasks, memberships and grants
 * ({@link TaskQueryComparison}), on H2 here and on PostgreSQL in {@link TaskQueryExistsAuthorizationPostgresTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class TaskQueryExistsAuthorizationTest {

  @Autowired ProcessEngine engine;
  @Autowired TaskQueryExistsAuthorization rewrite;

  @Test
  void theRewriteIsOnByDefaultAndReplacesOnlyTheAuthorizationJoin() {
    assertThat(rewrite.isActive()).isTrue();
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getDbSqlSessionFactory().mapStatement("selectTaskByQueryCriteria"))
        .isEqualTo("selectTaskByQueryCriteria_existsAuth");
    assertThat(configuration.getDbSqlSessionFactory().mapStatement("selectTaskCountByQueryCriteria"))
        .isEqualTo("selectTaskCountByQueryCriteria_existsAuth");

    String mapper = new String(TaskQueryExistsAuthorization.rewrittenMapper(), StandardCharsets.UTF_8);
    assertThat(mapper).doesNotContain("authCheckJoinWithoutOnClause")
        .contains("TaskQueryExistsAuthorization.authorizationExists")
        .contains("exists (")
        // Camunda's criteria are kept, e.g. candidate groups, or-queries, variables and tenants
        .contains("I.GROUP_ID_").contains("query.isOrQueryActive").contains("variableValueConditions")
        .contains("TenantEntity.queryTenantCheck");
  }

  @Test
  void aUsersTaskQueryChecksGrantsWithExistsInsteadOfJoiningThem() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    var mybatis = configuration.getSqlSessionFactory().getConfiguration();
    engine.getIdentityService().setAuthentication("b1-secretary", java.util.List.of("C1-B1.secretary"));
    try {
      String[] sql = configuration.getCommandExecutorTxRequired().execute(context -> {
        org.camunda.bpm.engine.impl.TaskQueryImpl query = new org.camunda.bpm.engine.impl.TaskQueryImpl();
        query.taskCandidateGroup("C1-B1.secretary").taskUnassigned().orderByTaskCreateTime().desc();
        context.getAuthorizationManager().configureTaskQuery(query);
        String ours = TaskQueryExistsAuthorization.NAMESPACE + ".selectTaskByQueryCriteria"
            + TaskQueryExistsAuthorization.SUFFIX;
        return new String[] {sql(mybatis.getMappedStatement(ours), query),
            sql(mybatis.getMappedStatement("selectTaskByQueryCriteria"), query)};
      });
      assertThat(sql[0]).contains("exists (").contains("act_ru_authorization auth").doesNotContain("join (");
      assertThat(sql[1]).as("Camunda's query joins the grants")
          .contains("join ( select a.* from act_ru_authorization a");
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private static String sql(org.apache.ibatis.mapping.MappedStatement statement, Object parameter) {
    return statement.getBoundSql(parameter).getSql().replaceAll("\\s+", " ").toLowerCase();
  }

  @Test
  void switchedOffTheEngineKeepsCamundasQuery() {
    TaskQueryExistsAuthorization off = new TaskQueryExistsAuthorization(false);
    off.postInit((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration());
    assertThat(off.isActive()).isFalse();
  }

  @Test
  void stockAndRewrittenQueriesAgreeOnH2() {
    new TaskQueryComparison(engine, rewrite, TaskQueryComparison.seed()).run();
    assertThat(rewrite.isActive()).isTrue();
  }
}
