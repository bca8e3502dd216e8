package cn.dangjian.workflow.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Fresh PostgreSQL databases for tests: always an embedded PostgreSQL (binaries from Maven, so a fresh
 * machine needs no server), and also a real server where one is reachable — {@code DANGJIAN_TEST_PG_URL}
 * (an admin JDBC URL, e.g. {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}), or by default
 * a local server on 127.0.0.1:5432 that accepts the user {@code postgres} (as CI machines have).
 */
public final class PostgresDatabases {

  public enum Kind { EMBEDDED, SERVER }

  /** A database created for one test. */
  public record Database(Kind kind, String url, String user, String password) {
    public String[] springArguments() {
      return new String[] {"--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
          "--spring.datasource.password=" + password};
    }

    /** Applies the application's Flyway migrations and answers a plain data source on the database. */
    public DriverManagerDataSource migrated() {
      Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load()
          .migrate();
      return new DriverManagerDataSource(url, user, password);
    }
  }

  private static final String DEFAULT_SERVER = "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres&connectTimeout=2";
  private static EmbeddedPostgres embedded;

  private PostgresDatabases() {}

  public static List<Kind> available() {
    List<Kind> kinds = new ArrayList<>(List.of(Kind.EMBEDDED));
    if (serverAdminUrl() != null) {
      kinds.add(Kind.SERVER);
    }
    return kinds;
  }

  public static Database create(Kind kind) {
    String name = "dj_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    try {
      if (kind == Kind.EMBEDDED) {
        EmbeddedPostgres postgres = embedded();
        execute(postgres.getJdbcUrl("postgres", "postgres"), "CREATE DATABASE " + name);
        return new Database(kind, postgres.getJdbcUrl("postgres", name), "postgres", "postgres");
      }
      String admin = serverAdminUrl();
      execute(admin, "CREATE DATABASE " + name);
      var hostAndPort = java.util.regex.Pattern.compile("^jdbc:postgresql://([^/]+)/").matcher(admin);
      if (!hostAndPort.find()) {
        throw new IllegalStateException("DANGJIAN_TEST_PG_URL is not a jdbc:postgresql://host:port/db URL: " + admin);
      }
      return new Database(kind, "jdbc:postgresql://" + hostAndPort.group(1) + "/" + name,
          parameter(admin, "user", "postgres"), parameter(admin, "password", ""));
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("Cannot create a " + kind + " PostgreSQL database: " + e.getMessage(), e);
    }
  }

  /** Drops a database made by {@link #create}; its connections must be closed (the application stopped). */
  public static void drop(Database database) {
    String admin = database.kind() == Kind.EMBEDDED ? embeddedAdminUrl() : serverAdminUrl();
    String name = database.url().substring(database.url().lastIndexOf('/') + 1).replaceFirst("\\?.*$", "");
    try {
      execute(admin, "DROP DATABASE IF EXISTS " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot drop test database " + name + ": " + e.getMessage(), e);
    }
  }

  private static String embeddedAdminUrl() {
    try {
      return embedded().getJdbcUrl("postgres", "postgres");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static synchronized EmbeddedPostgres embedded() throws IOException {
    if (embedded == null) {
      embedded = EmbeddedPostgres.builder().start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          embedded.close();
        } catch (IOException ignored) {
          // the JVM is going away
        }
      }));
    }
    return embedded;
  }

  private static String serverAdminUrl() {
    String configured = System.getenv("DANGJIAN_TEST_PG_URL");
    if (configured != null && !configured.isBlank()) {
      return configured;
    }
    try (Connection ignored = DriverManager.getConnection(DEFAULT_SERVER)) {
      return DEFAULT_SERVER;
    } catch (SQLException notReachable) {
      return null;
    }
  }

  private static void execute(String url, String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static String parameter(String url, String name, String fallback) {
    var matcher = java.util.regex.Pattern.compile("[?&]" + name + "=([^&]*)").matcher(url);
    return matcher.find() ? matcher.group(1) : fallback;
  }
}
