package cn.dangjian.workflow.cluster;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Test-only delegate of {@code test-cluster-probe.bpmn}: writes one row per execution, deliberately
 * without a unique key, so a job that ran twice (on two nodes) shows up as two rows.
 */
@Component("clusterProbeLog")
public class ClusterProbeLog implements JavaDelegate {

  private final JdbcTemplate jdbc;
  private final String node;

  public ClusterProbeLog(JdbcTemplate jdbc, @Value("${dangjian.test.node-name:single}") String node) {
    this.jdbc = jdbc;
    this.node = node;
    jdbc.execute("CREATE TABLE IF NOT EXISTS test_cluster_probe_log (process_instance_id VARCHAR(64) NOT NULL, "
        + "activity_id VARCHAR(64) NOT NULL, node VARCHAR(16) NOT NULL)");
  }

  @Override
  public void execute(DelegateExecution execution) {
    jdbc.update("INSERT INTO test_cluster_probe_log (process_instance_id, activity_id, node) VALUES (?, ?, ?)",
        execution.getProcessInstanceId(), execution.getCurrentActivityId(), node);
  }
}
