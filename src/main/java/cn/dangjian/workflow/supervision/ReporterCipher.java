package cn.dangjian.workflow.supervision;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * AES-256-GCM for reporters' identities, with the key from the deployment's PKCS#12 keystore
 * ({@link ReporterKeyProperties}). A missing keystore stops start-up unless the demo profile may create one. The opaque
 * reference is the GCM associated data, so a sealed identity copied under another reference does not open.
 */
@Component
class ReporterCipher {

  private static final Logger log = LoggerFactory.getLogger(ReporterCipher.class);
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SecretKey key;
  private final String alias;
  private final SecureRandom random = new SecureRandom();

  ReporterCipher(ReporterKeyProperties properties) {
    Path file = properties.keystore();
    if (file == null || file.toString().isBlank()) {
      throw new IllegalStateException("未配置举报人信息加密密钥库：请设置 dangjian.supervision.reporter-key.keystore (PKCS#12)"
          + " 和 dangjian.supervision.reporter-key.password");
    }
    char[] password = properties.password().toCharArray();
    this.alias = properties.alias();
    try {
      if (!Files.exists(file)) {
        if (!properties.generateDemoKey()) {
          throw new IllegalStateException("举报人信息加密密钥库不存在：" + file.toAbsolutePath()
              + " (dangjian.supervision.reporter-key.keystore)。Reporters' identities cannot be protected; provide a"
              + " PKCS#12 keystore with an AES secret-key entry " + alias);
        }
        createDemoKeystore(file, password);
      }
      KeyStore store = KeyStore.getInstance("PKCS12");
      try (InputStream in = Files.newInputStream(file)) {
        store.load(in, password);
      }
      if (!(store.getKey(alias, password) instanceof SecretKey secret) || !"AES".equalsIgnoreCase(secret.getAlgorithm())) {
        throw new IllegalStateException("举报人信息加密密钥库 " + file.toAbsolutePath() + " 中没有 AES 密钥条目 " + alias
            + " (dangjian.supervision.reporter-key.alias)");
      }
      this.key = secret;
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("无法读取举报人信息加密密钥库 " + file.toAbsolutePath() + ": " + e.getMessage(), e);
    }
  }

  private void createDemoKeystore(Path file, char[] password) throws IOException, GeneralSecurityException {
    KeyGenerator generator = KeyGenerator.getInstance("AES");
    generator.init(256, random);
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, password);
    store.setEntry(alias, new KeyStore.SecretKeyEntry(generator.generateKey()), new KeyStore.PasswordProtection(password));
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
      store.store(out, password);
      log.warn("Created the demo key for reporters' identities {} (not for production)", file.toAbsolutePath());
    } catch (FileAlreadyExistsException createdByAnotherNode) {
      log.info("Another node created the reporter key {}", file.toAbsolutePath());
    }
  }

  String alias() {
    return alias;
  }

  Sealed seal(String plaintext, String associatedData) {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    byte[] sealed = run(Cipher.ENCRYPT_MODE, nonce, associatedData, plaintext.getBytes(StandardCharsets.UTF_8));
    Base64.Encoder base64 = Base64.getEncoder();
    return new Sealed(base64.encodeToString(nonce), base64.encodeToString(sealed));
  }

  String open(Sealed sealed, String associatedData) {
    Base64.Decoder base64 = Base64.getDecoder();
    byte[] plain = run(Cipher.DECRYPT_MODE, base64.decode(sealed.nonce()), associatedData,
        base64.decode(sealed.ciphertext()));
    return new String(plain, StandardCharsets.UTF_8);
  }

  private byte[] run(int mode, byte[] nonce, String associatedData, byte[] input) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
      return cipher.doFinal(input);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("举报人信息无法" + (mode == Cipher.ENCRYPT_MODE ? "加密" : "解密")
          + "（密钥不符或数据被改动）", e);
    }
  }

  /** An identity sealed with its nonce, both base64. */
  record Sealed(String nonce, String ciphertext) {}
}
