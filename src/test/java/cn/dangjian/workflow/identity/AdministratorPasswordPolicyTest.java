package cn.dangjian.workflow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class AdministratorPasswordPolicyTest {

  @Test
  void strongPasswordPasses() {
    assertThat(AdministratorPasswordPolicy.weaknesses("admin", "Tq7-vlm9-Rz2k-Hw")).isEmpty();
  }

  @Test
  void missingShortSimpleAndGuessablePasswordsAreNamed() {
    assertThat(AdministratorPasswordPolicy.weaknesses("admin", null)).containsExactly("is missing");
    assertThat(AdministratorPasswordPolicy.weaknesses("admin", "abc1")).contains("is shorter than 12 characters");
    assertThat(AdministratorPasswordPolicy.weaknesses("admin", "onlylettersssss")).contains("must contain letters and digits");
    assertThat(AdministratorPasswordPolicy.weaknesses("admin", "Admin12345678x")).contains("must not contain the user id");
    assertThat(AdministratorPasswordPolicy.weaknesses("root", "Password123456")).contains("contains a common word");
  }

  @Test
  void prodProfileRefusesAWeakPassword() {
    AdministratorPasswordPolicy policy = policy("prod", false, "short1");
    assertThatThrownBy(policy::check).hasMessageContaining("prod profile")
        .hasMessageContaining("DANGJIAN_ADMIN_PASSWORD").hasMessageContaining("shorter than 12");
  }

  @Test
  void prodProfileRefusesDemoPasswords() {
    assertThatThrownBy(policy("prod", true, "Tq7-vlm9-Rz2k-Hw")::check).hasMessageContaining("demo passwords");
  }

  @Test
  void demoProfileDoesNotRequireAnAdministratorPassword() {
    policy("demo", true, null).check();
  }

  private static AdministratorPasswordPolicy policy(String profile, boolean demoPasswords, String password) {
    MockEnvironment environment = new MockEnvironment();
    environment.setActiveProfiles(profile);
    return new AdministratorPasswordPolicy(environment, new IdentityProperties(null, demoPasswords,
        new IdentityProperties.Administrator("admin", password), Map.of()));
  }
}
