package cn.dangjian.workflow.records.internal.pdf;

import cn.dangjian.workflow.records.RecordsProperties;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The key that signs records, from the PKCS#12 keystore configured under
 * {@code dangjian.records.signing.keystore}/{@code password}/{@code alias}. With
 * {@code generate-demo-keystore} (demo profile) a demo CA and signing certificate are created once
 * when the file does not exist and kept for later starts; otherwise a missing keystore stops startup.
 */
@Component
class SigningKeyStore {

  public static final String DEFAULT_ALIAS = "records-signing";
  private static final Logger log = LoggerFactory.getLogger(SigningKeyStore.class);

  private final PrivateKey key;
  private final List<X509Certificate> chain;
  private final String fingerprint;

  @org.springframework.beans.factory.annotation.Autowired
  public SigningKeyStore(RecordsProperties properties) {
    RecordsProperties.Signing signing = properties.signing();
    Path file = signing.keystore();
    if (file == null || file.toString().isBlank()) {
      throw new IllegalStateException("未配置文书签名密钥库：请设置 dangjian.records.signing.keystore "
          + "(PKCS#12), dangjian.records.signing.password and dangjian.records.signing.alias");
    }
    char[] password = signing.password().toCharArray();
    if (!Files.exists(file)) {
      if (!signing.generateDemoKeystore()) {
        throw new IllegalStateException("文书签名密钥库不存在：" + file.toAbsolutePath()
            + " (dangjian.records.signing.keystore). Records cannot be signed; provide a PKCS#12 keystore.");
      }
      String alias = signing.hasAlias() ? signing.alias() : DEFAULT_ALIAS;
      DemoCertificateAuthority ca = DemoCertificateAuthority.create(signing.signerName());
      boolean created = ca.writeKeystoreOnce(file, password,
          alias, ca.issueSigningCertificate(signing.signerName() + " 文书签章（演示）", signing.signerName()));
      log.warn("{} demo signing keystore {} (demo CA; not for production)",
          created ? "Created" : "Another node created the", file.toAbsolutePath());
    }
    try (InputStream in = Files.newInputStream(file)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, password);
      String alias = signing.hasAlias() ? signing.alias() : firstKeyAlias(store);
      if (alias == null || !store.isKeyEntry(alias)) {
        throw new IllegalStateException("文书签名密钥库 " + file.toAbsolutePath() + " 中没有密钥条目 "
            + (alias == null ? "" : alias) + " (dangjian.records.signing.alias)");
      }
      key = (PrivateKey) store.getKey(alias, password);
      Certificate[] certificates = store.getCertificateChain(alias);
      chain = Collections.unmodifiableList(Arrays.stream(certificates).map(c -> (X509Certificate) c).toList());
      fingerprint = sha256(chain.get(0));
      log.info("Records are signed by {} (SHA-256 {})", chain.get(0).getSubjectX500Principal(), fingerprint);
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("无法读取文书签名密钥库 " + file.toAbsolutePath() + ": " + e.getMessage(), e);
    }
  }

  /** For tests and tools: a key and chain given directly. */
  public SigningKeyStore(PrivateKey key, X509Certificate[] chain) {
    this.key = key;
    this.chain = List.of(chain);
    this.fingerprint = sha256(chain[0]);
  }

  private static String firstKeyAlias(KeyStore store) throws GeneralSecurityException {
    for (String alias : Collections.list(store.aliases())) {
      if (store.isKeyEntry(alias) && !DemoCertificateAuthority.CA_ALIAS.equals(alias)) {
        return alias;
      }
    }
    return null;
  }

  public PrivateKey key() {
    return key;
  }

  /** Signing certificate first, then its issuers. */
  public List<X509Certificate> chain() {
    return chain;
  }

  public X509Certificate certificate() {
    return chain.get(0);
  }

  /** The certificate the chain ends in, trusted when records are verified. */
  public X509Certificate root() {
    return chain.get(chain.size() - 1);
  }

  /** SHA-256 (hex) of the signing certificate, stored with every record. */
  public String fingerprint() {
    return fingerprint;
  }

  static String sha256(X509Certificate certificate) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
    } catch (CertificateEncodingException | java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
