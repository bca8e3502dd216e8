package cn.dangjian.workflow.engine;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Each node's job executor locks jobs under the node's stable identity ({@code dangjian.engine.node-id}; by default
 * host name and HTTP port), and a starting node releases the locks it still holds from before a crash, before its
 * job executor runs. Without this a restarted node waits for Camunda's lock expiry (5 minutes) before it takes up
 * the record jobs its killed JVM had acquired; other nodes' locks stay untouched because they carry other ids.
 *
 * <p>Two live nodes must never share an id: set it explicitly where host name and port do not tell nodes apart.
 */
@Component
class NodeJobLocks extends AbstractProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(NodeJobLocks.class);
  private static final int RELEASE_ATTEMPTS = 3;

  private final String nodeId;

  NodeJobLocks(@Value("${dangjian.engine.node-id:}") String configured, @Value("${server.port:8080}") String port) {
    this.nodeId = !configured.isBlank() ? configured.strip()
        // a random port (0) names no stable node: such a node keeps Camunda's random owner and releases nothing
        : "0".equals(port.strip()) ? hostName() + ":" + UUID.randomUUID() : hostName() + ":" + port.strip();
    if (nodeId.length() > 255) {
      throw new IllegalArgumentException("dangjian.engine.node-id is longer than 255 characters");
    }
  }

  String nodeId() {
    return nodeId;
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getJobExecutor() != null) {
      configuration.getJobExecutor().setLockOwner(nodeId);
    }
  }

  /** Runs after the engine is built and before the job executor starts (the starter starts it later). */
  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    if (configuration.getJobExecutor() != null && configuration.getJobExecutor().isActive()) {
      throw new IllegalStateException("the job executor started before this node released its stale job locks");
    }
    for (int attempt = 1; attempt <= RELEASE_ATTEMPTS; attempt++) {
      try {
        int released = configuration.getCommandExecutorTxRequired().execute(releaseLocks(configuration));
        if (released > 0) {
          log.info("Released {} job lock(s) this node ({}) held before it stopped", released, nodeId);
        }
        return;
      } catch (RuntimeException e) {
        // Releasing early is an optimisation: never let it stop the node. Measured: H2 reopened after a kill can
        // answer the first scan of ACT_RU_JOB with a transient "row not found in primary index".
        if (attempt == RELEASE_ATTEMPTS) {
          log.warn("Could not release the job locks of node {} ({}); they expire after the lock time instead",
              nodeId, e.toString());
        } else {
          sleepBeforeRetry(attempt);
        }
      }
    }
  }

  private static void sleepBeforeRetry(int attempt) {
    try {
      Thread.sleep(200L * attempt);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private Command<Integer> releaseLocks(ProcessEngineConfigurationImpl configuration) {
    String table = configuration.getDatabaseTablePrefix() + "ACT_RU_JOB";
    // REV_ moves on so that nothing still holding the old revision can write the job back
    String sql = "UPDATE " + table + " SET LOCK_OWNER_ = NULL, LOCK_EXP_TIME_ = NULL, REV_ = REV_ + 1 WHERE LOCK_OWNER_ = ?";
    return commandContext -> {
      Connection connection = commandContext.getDbSqlSession().getSqlSession().getConnection();
      try (PreparedStatement update = connection.prepareStatement(sql)) {
        update.setString(1, nodeId);
        return update.executeUpdate();
      } catch (SQLException e) {
        throw new ProcessEngineException("could not release the job locks of node " + nodeId, e);
      }
    };
  }

  private static String hostName() {
    String fromEnvironment = System.getenv("HOSTNAME");
    if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      return fromEnvironment.strip();
    }
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "localhost";
    }
  }
}
