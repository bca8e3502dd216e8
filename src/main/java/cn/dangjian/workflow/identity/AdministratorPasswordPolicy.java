package cn.dangjian.workflow.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Under {@code prod} start-up refuses a missing or weak administrator password and demo passwords,
 * because a production system with a guessable administrator is worse than one that does not start.
 */
@Component
public class AdministratorPasswordPolicy {

  static final int MIN_LENGTH = 12;
  private static final List<String> COMMON = List.of("password", "admin", "camunda", "123456", "qwerty",
      "demo", "dangjian", "changeme", "welcome", "letmein");

  private final Environment environment;
  private final IdentityProperties properties;

  public AdministratorPasswordPolicy(Environment environment, IdentityProperties properties) {
    this.environment = environment;
    this.properties = properties;
  }

  void check() {
    if (!environment.acceptsProfiles(Profiles.of("prod"))) {
      return;
    }
    if (properties.demoPasswords()) {
      throw new IllegalStateException("The prod profile must not use demo passwords: "
          + "set dangjian.identity.demo-passwords=false (do not combine the demo and prod profiles)");
    }
    IdentityProperties.Administrator admin = properties.administrator();
    List<String> problems = weaknesses(admin == null ? null : admin.id(), admin == null ? null : admin.password());
    if (!problems.isEmpty()) {
      throw new IllegalStateException("Refusing to start under the prod profile: the administrator password "
          + "(dangjian.identity.administrator.password, e.g. environment variable DANGJIAN_ADMIN_PASSWORD) "
          + String.join(", ", problems));
    }
  }

  static List<String> weaknesses(String userId, String password) {
    List<String> problems = new ArrayList<>();
    if (password == null || password.isBlank()) {
      problems.add("is missing");
      return problems;
    }
    if (password.length() < MIN_LENGTH) {
      problems.add("is shorter than " + MIN_LENGTH + " characters");
    }
    if (!password.chars().anyMatch(Character::isLetter) || !password.chars().anyMatch(Character::isDigit)) {
      problems.add("must contain letters and digits");
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (userId != null && lower.contains(userId.toLowerCase(Locale.ROOT))) {
      problems.add("must not contain the user id");
    }
    if (COMMON.stream().anyMatch(lower::contains)) {
      problems.add("contains a common word");
    }
    return problems;
  }
}
