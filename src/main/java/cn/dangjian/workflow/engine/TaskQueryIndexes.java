package cn.dangjian.workflow.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Index for Tasklist's query (candidate groups of the user, newest first). Camunda's query joins
 * ACT_RU_IDENTITYLINK on TASK_ID_ and filters on GROUP_ID_ and TYPE_; an index led by TASK_ID_ and covering
 * the other two lets PostgreSQL look the links up per task, also before statistics exist (autovacuum off
 * or not yet run). The earlier index led by GROUP_ID_ made PostgreSQL read all of a group's links once per
 * task (10 s for 10,000 open tasks), and the one on CREATE_TIME_ duplicated Camunda's ACT_IDX_TASK_CREATE:
 * both are dropped. Created after the engine has created or checked its schema (Flyway runs before the
 * engine exists), idempotently on H2 and PostgreSQL.
 */
@Component
@Order(0)
public class TaskQueryIndexes extends AbstractProcessEnginePlugin {

  static final List<String> STATEMENTS = List.of(
      "CREATE INDEX IF NOT EXISTS DJ_IDX_IDENTLINK_TASK_GROUP ON ACT_RU_IDENTITYLINK (TASK_ID_, GROUP_ID_, TYPE_)",
      "DROP INDEX IF EXISTS DJ_IDX_IDENTLINK_GROUP_TASK",
      "DROP INDEX IF EXISTS DJ_IDX_TASK_CREATE_TIME");
  private static final Logger log = LoggerFactory.getLogger(TaskQueryIndexes.class);

  private final DataSource dataSource;

  public TaskQueryIndexes(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      for (String sql : STATEMENTS) {
        statement.execute(sql);
      }
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    } catch (SQLException e) {
      // Another node may be creating the same index right now; the query works without it, only slower.
      log.warn("Could not create the task query indexes: {}", e.getMessage());
    }
  }
}
