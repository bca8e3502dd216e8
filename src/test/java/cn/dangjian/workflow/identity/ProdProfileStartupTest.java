package cn.dangjian.workflow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dangjian.workflow.DangjianWorkflowApplication;
import cn.dangjian.workflow.records.internal.pdf.DemoCertificateAuthority;
import java.nio.file.Path;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Under {@code prod} there are no demo users, and no start without a strong administrator password. */
@Order(Integer.MAX_VALUE) // starts and stops application nodes in this JVM: after the tests that share cached contexts
class ProdProfileStartupTest {

  private static Path keystore;
  private static Path reporterKey;

  /** Production brings its own signing keystore; the test makes one with the demo CA. */
  @BeforeAll
  static void signingKeystore(@TempDir Path dir) {
    keystore = dir.resolve("records-signing.p12");
    DemoCertificateAuthority ca = DemoCertificateAuthority.create("测试单位");
    ca.writeKeystoreOnce(keystore, "prod-test-secret".toCharArray(), "records",
        ca.issueSigningCertificate("文书签章", "测试单位"));
    reporterKey = dir.resolve("reporter-identity.p12");
    try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(reporterKey)) {
      javax.crypto.KeyGenerator aes = javax.crypto.KeyGenerator.getInstance("AES");
      aes.init(256);
      java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setEntry("reporter-identity", new java.security.KeyStore.SecretKeyEntry(aes.generateKey()),
          new java.security.KeyStore.PasswordProtection("prod-test-secret".toCharArray()));
      store.store(out, "prod-test-secret".toCharArray());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Command-line arguments, so they win over application-prod.yaml as an operator's would. */
  private static ConfigurableApplicationContext startProd(String adminPassword) {
    return startProd(adminPassword, reporterKey);
  }

  private static ConfigurableApplicationContext startProd(String adminPassword, Path reporterKeystore) {
    return new SpringApplicationBuilder(DangjianWorkflowApplication.class).profiles("prod", "test")
        .run("--dangjian.identity.model=classpath:organisation/demo.yaml", "--server.port=0",
            "--spring.datasource.url=jdbc:h2:mem:prod-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1",
            "--dangjian.identity.administrator.password=" + adminPassword,
            "--dangjian.records.signing.keystore=" + keystore, "--dangjian.records.signing.password=prod-test-secret",
            "--dangjian.records.signing.alias=records",
            "--dangjian.supervision.reporter-key.keystore=" + reporterKeystore,
            "--dangjian.supervision.reporter-key.password=prod-test-secret");
  }

  @Test
  void refusesToStartWithoutTheKeyThatProtectsReporters() {
    assertThatThrownBy(() -> startProd("Tq7-vlm9-Rz2k-Hw", reporterKey.resolveSibling("missing.p12")).close())
        .hasStackTraceContaining("举报人信息加密密钥库不存在");
  }

  @Test
  void refusesToStartWithoutAnAdministratorPassword() {
    assertThatThrownBy(() -> startProd("").close())
        .hasStackTraceContaining("Refusing to start under the prod profile")
        .hasStackTraceContaining("is missing");
  }

  @Test
  void refusesToStartWithAWeakAdministratorPassword() {
    assertThatThrownBy(() -> startProd("admin123").close())
        .hasStackTraceContaining("shorter than 12 characters");
  }

  @Test
  void startsWithAStrongPasswordAndCreatesNoDemoPasswords() {
    try (ConfigurableApplicationContext context = startProd("Tq7-vlm9-Rz2k-Hw")) {
      IdentityService identity = context.getBean(IdentityService.class);
      assertThat(identity.checkPassword("admin", "Tq7-vlm9-Rz2k-Hw")).isTrue();
      assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").list()).extracting(u -> u.getId())
          .contains("admin");
      assertThat(identity.checkPassword("b1-secretary", "b1-secretary")).isFalse();
      assertThat(identity.checkPassword("demo", "demo")).isFalse();
    }
  }
}
