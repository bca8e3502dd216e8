package cn.dangjian.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * No Docker engine runs on the build machines, so the compose file is checked as data: two application
 * nodes on one PostgreSQL, profiles that exist, files that exist, nothing exposed beyond localhost.
 */
class ComposeFileTest {

  private final JsonNode compose = read(Path.of("docker-compose.yml"));

  @Test
  void twoApplicationNodesShareOnePostgresDatabase() {
    JsonNode services = compose.get("services");
    List<String> urls = new ArrayList<>();
    for (String node : List.of("app-a", "app-b")) {
      JsonNode app = services.get(node);
      assertThat(app).as(node).isNotNull();
      JsonNode env = app.get("environment");
      assertThat(env.get("SPRING_PROFILES_ACTIVE").asText()).contains("postgres");
      urls.add(env.get("DANGJIAN_DB_URL").asText());
      assertThat(app.get("depends_on").get("postgres").get("condition").asText()).isEqualTo("service_healthy");
      assertThat(app.get("profiles").toString()).contains("postgres");
    }
    assertThat(urls).containsOnly("jdbc:postgresql://postgres:5432/dangjian");
    // each node's job locks carry its own stable name (engine/NodeJobLocks releases only its own after a restart)
    assertThat(List.of(services.get("app-a").path("hostname").asText(), services.get("app-b").path("hostname").asText()))
        .containsExactly("app-a", "app-b");
    assertThat(services.get("postgres").get("environment").get("POSTGRES_DB").asText()).isEqualTo("dangjian");
  }

  @Test
  void everySpringProfileNamedHasItsConfigurationFile() {
    for (String node : List.of("app-a", "app-b")) {
      for (String profile : compose.get("services").get(node).get("environment").get("SPRING_PROFILES_ACTIVE").asText()
          .split(",")) {
        assertThat(Path.of("src/main/resources/application-" + profile.trim() + ".yaml")).as(profile).exists();
      }
    }
  }

  @Test
  void buildAndLoadBalancerFilesExistAndNameBothNodes() throws Exception {
    JsonNode build = compose.get("services").get("app-a").get("build");
    assertThat(Path.of(build.get("context").asText()).resolve(build.get("dockerfile").asText())).exists();
    Path nginx = Path.of("src/main/docker/nginx.conf");
    assertThat(Files.readString(nginx)).contains("server app-a:8080", "server app-b:8080", "ip_hash");
    assertThat(compose.get("services").get("lb").get("volumes").get(0).asText()).startsWith("./" + nginx);
  }

  @Test
  void publishedPortsAreBoundToLocalhostOnly() {
    compose.get("services").forEach(service -> {
      JsonNode ports = service.get("ports");
      if (ports != null) {
        ports.forEach(port -> assertThat(port.asText()).startsWith("127.0.0.1:"));
      }
    });
  }

  @Test
  void postgresProfileConfiguresTheDatabaseFromTheEnvironment() throws Exception {
    String profile = Files.readString(Path.of("src/main/resources/application-postgres.yaml"));
    assertThat(profile).contains("${DANGJIAN_DB_URL", "${DANGJIAN_DB_USER", "${DANGJIAN_DB_PASSWORD", "type: postgres");
  }

  private static JsonNode read(Path path) {
    // SnakeYAML resolves the `<<:` merge keys compose files use, as Docker Compose does.
    try (var in = Files.newInputStream(path)) {
      return new ObjectMapper().valueToTree(new org.yaml.snakeyaml.Yaml().load(in));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
