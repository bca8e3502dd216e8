package cn.dangjian.workflow.enginegate;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.rest.impl.DefaultProcessEngineRestServiceImpl;

/**
 * Every route of Camunda's REST API, read from its JAX-RS annotations (root resource, sub-resource
 * locators, resource methods), so a route added by a Camunda upgrade is covered without editing a list.
 */
final class EngineRestRoutes {

  record Route(String method, String template) {

    /**
     * The template with its first path parameter replaced by a real id of its resource where {@code ids}
     * has one (keyed by the path's first segment, e.g. {@code task}), other parameters by {@code ids}'
     * entry for the parameter name, and the rest by an id no entity has.
     */
    String path(Map<String, String> ids) {
      String resource = template.replaceAll("^/([^/]+).*", "$1");
      if (template.startsWith("/history/")) {
        resource = "history/" + template.replaceAll("^/history/([^/]+).*", "$1");
      }
      String path = template;
      boolean first = true;
      Matcher parameter = PARAMETER.matcher(template);
      while (parameter.find()) {
        String value = first ? ids.get(resource) : null;
        if (value == null) {
          value = ids.getOrDefault(parameter.group(1), "00000000-dead-beef-0000-000000000000");
        }
        path = path.replace(parameter.group(), value);
        first = false;
      }
      return "/engine-rest" + path;
    }
  }

  private static final Pattern PARAMETER = Pattern.compile("\\{([^}:]+)[^}]*}");

  private EngineRestRoutes() {}

  static List<Route> all() {
    List<Route> routes = new ArrayList<>();
    collect(DefaultProcessEngineRestServiceImpl.class, "", routes, new HashSet<>(), 0);
    routes.sort(Comparator.comparing(Route::template).thenComparing(Route::method));
    return routes.stream().distinct().toList();
  }

  private static void collect(Class<?> resource, String prefix, List<Route> routes, Set<String> seen, int depth) {
    if (depth > 6 || !seen.add(resource.getName() + prefix)) {
      return;
    }
    for (Method method : resource.getMethods()) {
      Path path = method.getAnnotation(Path.class);
      String template = join(prefix, path == null ? "" : path.value());
      String verb = verb(method);
      if (verb != null) {
        routes.add(new Route(verb, template));
      } else if (path != null) {
        collect(method.getReturnType(), template, routes, seen, depth + 1);
      }
    }
  }

  private static String verb(Method method) {
    if (method.isAnnotationPresent(GET.class)) {
      return "GET";
    }
    if (method.isAnnotationPresent(POST.class)) {
      return "POST";
    }
    if (method.isAnnotationPresent(PUT.class)) {
      return "PUT";
    }
    if (method.isAnnotationPresent(DELETE.class)) {
      return "DELETE";
    }
    return method.isAnnotationPresent(OPTIONS.class) ? "OPTIONS" : null;
  }

  private static String join(String prefix, String path) {
    String joined = (prefix + "/" + path).replaceAll("/+", "/");
    return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
  }
}
