package cn.dangjian.workflow.crash;

import cn.dangjian.workflow.DangjianWorkflowApplication;
import cn.dangjian.workflow.support.HttpClientSupport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.yaml.snakeyaml.Yaml;

/**
 * The application as production runs it: its own JVM (demo profile, job executor on, H2 file database in
 * {@code home}), started on the test's class path, killed hard or stopped like a service. Each launch
 * writes its console to {@code home/console-<n>.log}.
 */
final class ApplicationProcess {

  private static final Duration STARTUP = Duration.ofSeconds(120);

  private final Path home;
  private final int port;
  private final String databaseUrl;
  private Process process;
  private int launches;

  ApplicationProcess(Path home) {
    this.home = home;
    this.port = freePort();
    this.databaseUrl = shippedDatabaseUrl().replace("jdbc:h2:file:./data/",
        "jdbc:h2:file:" + home.toAbsolutePath() + "/db/");
  }

  /** The default H2 URL of application.yaml, options included: the crash test checks what is shipped. */
  private static String shippedDatabaseUrl() {
    try (InputStream yaml = ApplicationProcess.class.getResourceAsStream("/application.yaml")) {
      Map<String, Map<String, Map<String, Object>>> settings = new Yaml().load(yaml);
      String url = String.valueOf(settings.get("spring").get("datasource").get("url"));
      if (!url.startsWith("jdbc:h2:file:./data/")) {
        throw new IllegalStateException("application.yaml no longer has an H2 file database under ./data: " + url);
      }
      return url;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int port() {
    return port;
  }

  /** The JDBC URL of the application's database; open it only while the application is down. */
  String databaseUrl() {
    return databaseUrl;
  }

  /** Starts the application and returns once {@code /actuator/health} reports UP. */
  void start() {
    if (process != null && process.isAlive()) {
      throw new IllegalStateException("the application is running already");
    }
    launches++;
    Path console = home.resolve("console-" + launches + ".log");
    try {
      process = new ProcessBuilder(command()).directory(home.toFile()).redirectErrorStream(true)
          .redirectOutput(console.toFile()).start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot launch " + command().get(0), e);
    }
    awaitHealthy(console);
  }

  /** SIGKILL: no shutdown hook, no graceful shutdown, open transactions and files as they are. */
  void kill() {
    process.destroyForcibly();
    awaitExit(Duration.ofSeconds(30), "after SIGKILL");
  }

  /** SIGTERM: the graceful shutdown a service manager performs. */
  void stop() {
    if (process != null && process.isAlive()) {
      process.destroy();
      awaitExit(Duration.ofSeconds(60), "after SIGTERM");
    }
  }

  private List<String> command() {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    if (!Files.isExecutable(java)) {
      throw new IllegalStateException("no java executable at " + java + ": the crash test needs to launch a JVM");
    }
    List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx768m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
        // as in production: the JDK's XSLT, not Saxon from the test class path (see pom.xml, benchmark)
        "-Djavax.xml.transform.TransformerFactory="
            + "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl",
        "-cp", System.getProperty("java.class.path"), DangjianWorkflowApplication.class.getName()));
    command.addAll(List.of("--server.port=" + port, "--spring.profiles.active=demo",
        "--spring.datasource.url=" + databaseUrl,
        "--dangjian.records.signing.keystore=" + home.resolve("keys/records-signing.p12").toAbsolutePath(),
        "--logging.file.name=" + home.resolve("logs/dangjian-workflow.log").toAbsolutePath(),
        "--camunda.bpm.job-execution.enabled=true",
        // Camunda's default lock time (5 minutes) on purpose: the restarted node releases the locks its killed JVM
        // held (engine/NodeJobLocks) instead of waiting for them to expire.
        "--dangjian.engine.node-id=crash-test-node", "--camunda.bpm.job-execution.max-wait=3000"));
    return command;
  }

  private void awaitHealthy(Path console) {
    HttpClientSupport http = new HttpClientSupport(port);
    Instant deadline = Instant.now().plus(STARTUP);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the application exited with " + process.exitValue() + " during startup; see "
            + console.toAbsolutePath());
      }
      try {
        HttpResponse<String> health = http.get("/actuator/health", null);
        if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
          return;
        }
      } catch (UncheckedIOException notListeningYet) {
        // keep polling
      }
      pause(200);
    }
    throw new IllegalStateException("the application was not healthy within " + STARTUP + "; see "
        + console.toAbsolutePath());
  }

  private void awaitExit(Duration patience, String when) {
    try {
      if (!process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly().waitFor();
        throw new IllegalStateException("the application did not exit within " + patience + " " + when);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
