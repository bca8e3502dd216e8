package cn.dangjian.workflow.records.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dangjian.workflow.records.RecordsProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the signing key comes from: demo keystore generated once and kept; production needs one configured. */
class SigningKeyStoreTest {

  @TempDir Path dir;

  @Test
  void demoKeystoreIsGeneratedOnceAndKeptAcrossStarts() {
    Path file = dir.resolve("keys/records-signing.p12");
    SigningKeyStore first = new SigningKeyStore(properties(file, true));
    assertThat(file).exists();
    SigningKeyStore second = new SigningKeyStore(properties(file, true));
    assertThat(second.fingerprint()).isEqualTo(first.fingerprint());
    assertThat(first.chain()).hasSize(2);
    assertThat(first.root().getBasicConstraints()).isGreaterThanOrEqualTo(0);
    assertThat(first.certificate().getSubjectX500Principal().getName()).contains("文书签章");
  }

  @Test
  void nodesStartingTogetherShareOneDemoKeystore() throws Exception {
    Path file = dir.resolve("shared/records-signing.p12");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<String>> nodes = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        nodes.add(() -> new SigningKeyStore(properties(file, true)).fingerprint());
      }
      List<String> fingerprints = new ArrayList<>();
      for (Future<String> node : pool.invokeAll(nodes)) {
        fingerprints.add(node.get());
      }
      assertThat(fingerprints).hasSize(4).containsOnly(fingerprints.get(0));
    } finally {
      pool.shutdownNow();
    }
    try (var files = Files.list(file.getParent())) {
      assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("records-signing.p12");
    }
  }

  @Test
  void missingKeystoreStopsStartupOutsideDemo() {
    Path file = dir.resolve("absent.p12");
    assertThatThrownBy(() -> new SigningKeyStore(properties(file, false)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("文书签名密钥库不存在").hasMessageContaining("dangjian.records.signing.keystore");
    assertThat(file).doesNotExist();
  }

  @Test
  void applicationContextFailsWithoutKeystoreUnlessDemo() {
    org.springframework.boot.test.context.runner.ApplicationContextRunner runner =
        new org.springframework.boot.test.context.runner.ApplicationContextRunner()
            .withUserConfiguration(KeystoreOnly.class)
            .withPropertyValues("dangjian.records.signing.keystore=" + dir.resolve("prod/records-signing.p12"),
                "dangjian.records.signing.password=secret");
    runner.run(context -> assertThat(context).hasFailed().getFailure()
        .hasRootCauseMessage("文书签名密钥库不存在：" + dir.resolve("prod/records-signing.p12").toAbsolutePath()
            + " (dangjian.records.signing.keystore). Records cannot be signed; provide a PKCS#12 keystore."));
    runner.withPropertyValues("dangjian.records.signing.generate-demo-keystore=true")
        .run(context -> assertThat(context).hasNotFailed().hasSingleBean(SigningKeyStore.class));
  }

  @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
  @org.springframework.boot.context.properties.EnableConfigurationProperties(RecordsProperties.class)
  @org.springframework.context.annotation.Import(SigningKeyStore.class)
  static class KeystoreOnly {}

  @Test
  void unconfiguredKeystoreStopsStartup() {
    assertThatThrownBy(() -> new SigningKeyStore(new RecordsProperties(null, null, null)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("未配置文书签名密钥库");
  }

  @Test
  void wrongAliasIsNamedInTheError() {
    Path file = dir.resolve("records-signing.p12");
    new SigningKeyStore(properties(file, true));
    RecordsProperties wrongAlias = new RecordsProperties(
        new RecordsProperties.Signing(file, "secret", "no-such-alias", false, "测试机构", null, null, null, null), null, null);
    assertThatThrownBy(() -> new SigningKeyStore(wrongAlias)).hasMessageContaining("no-such-alias");
  }

  @Test
  void previousCaStaysTrustedWhenConfigured() throws Exception {
    byte[] signed = TestPki.signer(null).sign(unsignedPdf(), java.time.Instant.now());
    Path pem = dir.resolve("old-ca.pem");
    Files.writeString(pem, "-----BEGIN CERTIFICATE-----\n"
        + java.util.Base64.getMimeEncoder().encodeToString(TestPki.CA.certificate().getEncoded())
        + "\n-----END CERTIFICATE-----\n");
    Path file = dir.resolve("new/records-signing.p12");
    SigningKeyStore newKeys = new SigningKeyStore(properties(file, true));
    RecordsProperties withOldCa = new RecordsProperties(new RecordsProperties.Signing(file, "secret", null, true,
        "测试机构", null, null, null, List.of(pem)), null, null);

    assertThat(new PdfSignatureVerifier(newKeys, properties(file, true)).verify(signed).valid()).isFalse();
    assertThat(new PdfSignatureVerifier(newKeys, withOldCa).verify(signed).valid()).isTrue();
  }

  private static byte[] unsignedPdf() throws Exception {
    try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument()) {
      document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }

  private static RecordsProperties properties(Path file, boolean demo) {
    return new RecordsProperties(new RecordsProperties.Signing(file, "secret", null, demo, "测试机构", null, null, null, null),
        null, null);
  }
}
