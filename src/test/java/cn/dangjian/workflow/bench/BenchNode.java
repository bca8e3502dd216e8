package cn.dangjian.workflow.bench;

import cn.dangjian.workflow.DangjianWorkflowApplication;
import cn.dangjian.workflow.support.PostgresDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application as configured for production use (history level full, authorizations on) on a fresh
 * database, with the job executor off so the benchmark drives every step itself.
 */
final class BenchNode implements AutoCloseable {

  final String database;
  final ConfigurableApplicationContext context;
  final ProcessEngine engine;
  final DataSource dataSource;
  private final PostgresDatabases.Database postgres;
  private final Path h2Directory;

  private BenchNode(String database, ConfigurableApplicationContext context, PostgresDatabases.Database postgres,
      Path h2Directory) {
    this.database = database;
    this.postgres = postgres;
    this.h2Directory = h2Directory;
    this.context = context;
    this.engine = context.getBean(ProcessEngine.class);
    this.dataSource = context.getBean(DataSource.class);
  }

  static BenchNode start(String database) throws Exception {
    List<String> args = new ArrayList<>(List.of("--server.port=0", "--logging.level.root=warn",
        "--logging.level.cn.dangjian=warn", "--camunda.bpm.job-execution.enabled=false"));
    List<String> profiles = new ArrayList<>(List.of("demo", "test"));
    PostgresDatabases.Database postgres = null;
    Path dir = null;
    if ("postgres".equals(database)) {
      PostgresDatabases.Kind kind = PostgresDatabases.available().contains(PostgresDatabases.Kind.SERVER)
          ? PostgresDatabases.Kind.SERVER : PostgresDatabases.Kind.EMBEDDED;
      postgres = PostgresDatabases.create(kind);
      args.addAll(List.of(postgres.springArguments()));
      profiles.add(0, "postgres");
    } else {
      dir = Files.createTempDirectory("dangjian-bench-h2");
      // Without H2's result cache, which makes read loops look 50-100x faster than they are. With H2's default
      // write delay rather than the application's WRITE_DELAY=0: without a write delay MVStore never compacts
      // while running, and generating 110,000 cases grew the file to 58 GB.
      args.add("--spring.datasource.url=jdbc:h2:file:" + dir.resolve("bench")
          + ";OPTIMIZE_REUSE_RESULTS=FALSE;NON_KEYWORDS=VALUE");
    }
    ConfigurableApplicationContext context = new SpringApplicationBuilder(DangjianWorkflowApplication.class)
        .profiles(profiles.toArray(String[]::new)).run(args.toArray(String[]::new));
    return new BenchNode(database, context, postgres, dir);
  }

  @Override
  public void close() {
    context.close();
    if (postgres != null) {
      PostgresDatabases.drop(postgres);
    }
    if (h2Directory != null) {
      org.springframework.util.FileSystemUtils.deleteRecursively(h2Directory.toFile());
    }
  }
}
