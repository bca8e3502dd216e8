package cn.dangjian.workflow.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;

/** (6) What the database itself does: one insert and one commit per operation, on the same data source. */
final class RawJdbcBench {

  private RawJdbcBench() {}

  static Measurement run(BenchNode node, BenchOptions options) throws Exception {
    try (Connection connection = node.dataSource.getConnection()) {
      try (Statement ddl = connection.createStatement()) {
        ddl.execute("CREATE TABLE IF NOT EXISTS bench_raw (id BIGINT PRIMARY KEY, payload VARCHAR(200))");
        ddl.execute("DELETE FROM bench_raw");
      }
      connection.setAutoCommit(false);
      long[] id = {0};
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO bench_raw (id, payload) VALUES (?, ?)")) {
        List<Double> commits = Rounds.throughput(options, () -> {
          insert.setLong(1, ++id[0]);
          insert.setString(2, "payload of row " + id[0]);
          insert.executeUpdate();
          connection.commit();
        });
        return new Measurement("6 raw database", "insert+commit", node.database, "commits/s", commits,
            "JDBC on the application's pool, one thread");
      }
    }
  }
}
