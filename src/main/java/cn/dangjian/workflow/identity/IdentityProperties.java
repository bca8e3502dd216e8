package cn.dangjian.workflow.identity;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * Identity settings.
 *
 * @param model the organisation YAML
 * @param demoPasswords demo profile only: a newly created user's password is its user id
 * @param administrator the administrator account created at start (prod: password required and strong)
 * @param processStarters which roles may start which process (process key → roles)
 */
@ConfigurationProperties("dangjian.identity")
public record IdentityProperties(
    Resource model,
    boolean demoPasswords,
    Administrator administrator,
    Map<String, List<Role>> processStarters) {

  public IdentityProperties {
    processStarters = processStarters == null ? Map.of() : processStarters;
  }

  /** @param id user id of the administrator; {@code null} password means: none configured. */
  public record Administrator(String id, String password) {}
}
