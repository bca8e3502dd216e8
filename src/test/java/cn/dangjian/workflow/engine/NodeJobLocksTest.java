package cn.dangjian.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Issue 17: a restarted node takes up at once the jobs it had locked before it died, and only those. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class NodeJobLocksTest {

  @Autowired DataSource dataSource;
  @Autowired ProcessEngine engine;

  private String deploymentId;

  @AfterEach
  void removeDeployment() {
    if (deploymentId != null) {
      engine.getRepositoryService().deleteDeployment(deploymentId, true);
    }
  }

  @Test
  void aStartingNodeReleasesItsOwnStaleLocksAndLeavesOtherNodesLocksAlone() throws Exception {
    deploymentId = engine.getRepositoryService().createDeployment().addModelInstance("node-locks.bpmn",
        Bpmn.createExecutableProcess("nodeLocksProbe").startEvent().camundaAsyncBefore().endEvent().done()).deploy()
        .getId();
    List<String> jobs = List.of(startProbe(), startProbe(), startProbe());
    Timestamp future = Timestamp.from(Instant.now().plus(5, ChronoUnit.MINUTES));
    lock(jobs.get(0), "node-a", future);
    lock(jobs.get(1), "node-a", future);
    lock(jobs.get(2), "node-b", future);
    int revisionBefore = revision(jobs.get(0));

    NodeJobLocks nodeA = new NodeJobLocks("node-a", "8080");
    nodeA.postProcessEngineBuild(engine);

    assertThat(lockOwner(jobs.get(0))).isNull();
    assertThat(lockOwner(jobs.get(1))).isNull();
    assertThat(revision(jobs.get(0))).as("the released job's revision moves on").isEqualTo(revisionBefore + 1);
    assertThat(lockOwner(jobs.get(2))).as("another node's lock").isEqualTo("node-b");
    assertThat(engine.getManagementService().createJobQuery().processDefinitionKey("nodeLocksProbe").executable()
        .count()).isEqualTo(3);
  }

  @Test
  void aReleaseThatFailsNeverStopsTheNode() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    String prefix = configuration.getDatabaseTablePrefix();
    configuration.setDatabaseTablePrefix("NO_SUCH_SCHEMA.");
    try {
      assertThatCode(() -> new NodeJobLocks("node-a", "8080").postProcessEngineBuild(engine))
          .as("the locks then expire after the lock time").doesNotThrowAnyException();
    } finally {
      configuration.setDatabaseTablePrefix(prefix);
    }
    assertThat(engine.getManagementService().createJobQuery().count()).as("the engine still works").isNotNegative();
  }

  @Test
  void theNodeIdentityIsTheConfiguredOneOrHostAndPortAndNeverSharedOnARandomPort() {
    assertThat(new NodeJobLocks(" node-7 ", "8080").nodeId()).isEqualTo("node-7");
    assertThat(new NodeJobLocks("", "8081").nodeId()).endsWith(":8081");
    assertThat(new NodeJobLocks("", "0").nodeId()).isNotEqualTo(new NodeJobLocks("", "0").nodeId());
  }

  private String startProbe() {
    String instance = engine.getRuntimeService().startProcessInstanceByKey("nodeLocksProbe").getId();
    return engine.getManagementService().createJobQuery().processInstanceId(instance).singleResult().getId();
  }

  private void lock(String jobId, String owner, Timestamp until) throws Exception {
    try (Connection connection = dataSource.getConnection(); PreparedStatement update =
        connection.prepareStatement("UPDATE ACT_RU_JOB SET LOCK_OWNER_ = ?, LOCK_EXP_TIME_ = ? WHERE ID_ = ?")) {
      update.setString(1, owner);
      update.setTimestamp(2, until);
      update.setString(3, jobId);
      assertThat(update.executeUpdate()).isEqualTo(1);
    }
  }

  private String lockOwner(String jobId) throws Exception {
    return column(jobId, "LOCK_OWNER_");
  }

  private int revision(String jobId) throws Exception {
    return Integer.parseInt(column(jobId, "REV_"));
  }

  private String column(String jobId, String column) throws Exception {
    try (Connection connection = dataSource.getConnection(); PreparedStatement query =
        connection.prepareStatement("SELECT " + column + " FROM ACT_RU_JOB WHERE ID_ = ?")) {
      query.setString(1, jobId);
      try (ResultSet row = query.executeQuery()) {
        assertThat(row.next()).isTrue();
        return row.getString(1);
      }
    }
  }
}
