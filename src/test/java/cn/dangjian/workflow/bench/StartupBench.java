package cn.dangjian.workflow.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * (5) Start-up time (until readiness reports UP) and resident memory of the packaged application with
 * the demo organisation, on the embedded default: first start on an empty database, then a restart.
 */
final class StartupBench {

  private StartupBench() {}

  static List<Measurement> run(BenchOptions options) throws Exception {
    Path jar = Files.list(Path.of("target")).filter(p -> p.toString().matches(".*dangjian-workflow-[^/]*\\.jar"))
        .findFirst().orElseThrow(() -> new IllegalStateException("Package first: target/dangjian-workflow-*.jar"));
    List<Double> first = new ArrayList<>();
    List<Double> restart = new ArrayList<>();
    List<Double> rss = new ArrayList<>();
    for (int round = 0; round < options.warmupRounds() + options.rounds(); round++) {
      Path dir = Files.createTempDirectory("dangjian-bench-start");
      double[] cold = startOnce(jar, dir);
      double[] warm = startOnce(jar, dir);
      if (round >= options.warmupRounds()) {
        first.add(cold[0]);
        restart.add(warm[0]);
        rss.add(warm[1]);
      }
    }
    return List.of(
        new Measurement("5 startup", "first start (schema creation)", "h2", "s", first, "until readiness UP"),
        new Measurement("5 startup", "restart", "h2", "s", restart, "until readiness UP"),
        new Measurement("5 startup", "resident memory after start", "h2", "MiB", rss, "VmRSS, default heap settings"));
  }

  /** Returns seconds until ready and RSS in MiB. */
  private static double[] startOnce(Path jar, Path workDir) throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    long start = System.nanoTime();
    Process process = new ProcessBuilder("java", "-jar", jar.toAbsolutePath().toString(), "--server.port=" + port,
        "--logging.file.name=")
        .directory(workDir.toFile()).redirectErrorStream(true).redirectOutput(workDir.resolve("out.log").toFile())
        .start();
    try {
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
      URI readiness = URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness");
      long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
      while (true) {
        if (!process.isAlive() || System.nanoTime() > deadline) {
          throw new IllegalStateException("The application did not become ready; see " + workDir.resolve("out.log"));
        }
        try {
          HttpResponse<String> response = http.send(HttpRequest.newBuilder(readiness).build(),
              HttpResponse.BodyHandlers.ofString());
          if (response.statusCode() == 200) {
            break;
          }
        } catch (IOException notYet) {
          // not listening yet
        }
        Thread.sleep(50);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      return new double[] {seconds, residentMiB(process.pid())};
    } finally {
      process.destroy();
      process.waitFor();
    }
  }

  private static double residentMiB(long pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
      }
    }
    return Double.NaN;
  }
}
