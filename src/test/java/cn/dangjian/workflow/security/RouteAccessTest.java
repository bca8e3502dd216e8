package cn.dangjian.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.workflow.support.HttpClientSupport;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route of our own API, enumerated from Spring MVC rather than listed by hand, so a new route cannot
 * slip past: anonymous callers get 401, a member without a role gets 403 (or 404 for a case they may not
 * know of), and nothing answers 500. A route that is not classified here fails the test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class RouteAccessTest {

  /** What an authenticated member without any role (b3-member1) may get, by path prefix. */
  private static final Map<String, Set<Integer>> MEMBER_WITHOUT_ROLE = Map.of(
      "/api/organisations", Set.of(200),
      "/api/records", Set.of(403),
      "/api/dossiers", Set.of(403),
      "/api/cases", Set.of(403),
      "/api/membership/", Set.of(403, 404),
      "/api/supervision/", Set.of(403, 404),
      "/auditor", Set.of(403));
  private static final Set<String> PUBLIC = Set.of("/login", "/");

  @LocalServerPort int port;
  @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

  @Test
  void everyRouteRefusesAnonymousCallersAndMembersWithoutTheRole() {
    HttpClientSupport http = new HttpClientSupport(port);
    List<String> checked = new ArrayList<>();
    for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
      Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
      for (String pattern : info.getPatternValues()) {
        if (PUBLIC.contains(pattern) || !(pattern.startsWith("/api") || pattern.startsWith("/auditor"))) {
          continue;
        }
        String path = pattern.replaceAll("\\{[^}]+}", "C1-B1-2026-0001");
        String method = methods.isEmpty() ? "GET" : methods.iterator().next().name();
        Set<Integer> expected = MEMBER_WITHOUT_ROLE.entrySet().stream().filter(e -> pattern.startsWith(e.getKey()))
            .map(Map.Entry::getValue).findFirst()
            .orElseThrow(() -> new AssertionError("Route " + pattern + " is not classified in RouteAccessTest"));

        HttpResponse<String> anonymous = http.send(request(http, method, path, null));
        HttpResponse<String> member = http.send(request(http, method, path, "b3-member1"));

        assertThat(anonymous.statusCode()).as("anonymous %s %s", method, path).isEqualTo(401);
        assertThat(member.statusCode()).as("b3-member1 %s %s: %s", method, path, member.body()).isIn(expected);
        checked.add(method + " " + pattern);
      }
    }
    assertThat(checked).as("routes enumerated").hasSizeGreaterThanOrEqualTo(10)
        .contains("GET /api/records/{id}/pdf", "POST /api/membership/cases/{caseNumber}/withdrawal");
  }

  @Test
  void aBrowserSessionCannotPostWithoutTheCsrfToken() {
    HttpClientSupport http = new HttpClientSupport(port);
    HttpResponse<String> login = http.send(http.request("/login", null).header("Content-Type",
        "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("username=auditor&password=auditor"))
        .build());
    assertThat(login.statusCode()).as("a login form post without the token is refused").isEqualTo(403);
  }

  private static HttpRequest request(HttpClientSupport http, String method, String path, String user) {
    HttpRequest.Builder builder = http.request(path, user).header("Accept", "application/json");
    return "GET".equals(method) ? builder.GET().build()
        : builder.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString("{}"))
            .build();
  }
}
