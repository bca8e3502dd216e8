package cn.dangjian.workflow.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reporter key: refused when missing, created once for the demo, and what it seals opens only unchanged. */
class ReporterCipherTest {

  @TempDir Path dir;

  @Test
  void aMissingKeystoreStopsStartUpUnlessTheDemoMayCreateOne() {
    Path file = dir.resolve("keys/reporter.p12");
    assertThatThrownBy(() -> new ReporterCipher(new ReporterKeyProperties(file, "secret", null, false)))
        .hasMessageContaining("举报人信息加密密钥库不存在").hasMessageContaining(file.toAbsolutePath().toString());
    ReporterCipher created = new ReporterCipher(new ReporterKeyProperties(file, "secret", null, true));
    assertThat(file).exists();
    ReporterCipher.Sealed sealed = created.seal("张三", "ref-1");
    ReporterCipher again = new ReporterCipher(new ReporterKeyProperties(file, "secret", null, false));
    assertThat(again.open(sealed, "ref-1")).as("the key is kept across restarts").isEqualTo("张三");
  }

  @Test
  void aSealedIdentityOpensOnlyUnderItsReferenceAndUnchanged() {
    ReporterCipher cipher = new ReporterCipher(new ReporterKeyProperties(dir.resolve("k.p12"), "secret", null, true));
    ReporterCipher.Sealed sealed = cipher.seal("{\"name\":\"李四\"}", "ref-2");
    assertThat(new String(Base64.getDecoder().decode(sealed.ciphertext()), StandardCharsets.UTF_8))
        .doesNotContain("李四");
    assertThat(cipher.seal("{\"name\":\"李四\"}", "ref-2").nonce()).as("a fresh nonce each time")
        .isNotEqualTo(sealed.nonce());
    assertThatThrownBy(() -> cipher.open(sealed, "ref-3")).hasMessageContaining("解密");
    byte[] bytes = Base64.getDecoder().decode(sealed.ciphertext());
    bytes[0] ^= 1;
    ReporterCipher.Sealed tampered = new ReporterCipher.Sealed(sealed.nonce(), Base64.getEncoder().encodeToString(bytes));
    assertThatThrownBy(() -> cipher.open(tampered, "ref-2")).hasMessageContaining("数据被改动");
  }

  @Test
  void aKeystoreWithoutTheAesEntryIsRefused() throws Exception {
    Path file = dir.resolve("other.p12");
    new ReporterCipher(new ReporterKeyProperties(file, "secret", "another-alias", true));
    assertThat(Files.size(file)).isPositive();
    assertThatThrownBy(() -> new ReporterCipher(new ReporterKeyProperties(file, "secret", null, false)))
        .hasMessageContaining("没有 AES 密钥条目 reporter-identity");
  }
}
