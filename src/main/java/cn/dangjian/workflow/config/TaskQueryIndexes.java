package cn.dangjian.workflow.config;

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
 * Indexes for Tasklist's query (candidate groups of the user, newest first): Camunda's schema has none that
 * lets the database find a group's tasks and read them in creation order. Created after the engine has
 * created or checked its schema (Flyway runs before the engine exists), idempotently on H2 and PostgreSQL.
 */
@Component
@Order(0)
public class TaskQueryIndexes extends AbstractProcessEnginePlugin {

  static final List<String> STATEMENTS = List.of(
      "CREATE INDEX IF NOT EXISTS DJ_IDX_IDENTLINK_GROUP_TASK ON ACT_RU_IDENTITYLINK (GROUP_ID_, TYPE_, TASK_ID_)",
      "CREATE INDEX IF NOT EXISTS DJ_IDX_TASK_CREATE_TIME ON ACT_RU_TASK (CREATE_TIME_)");
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
