package cn.dangjian.workflow.supervision;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The key that encrypts reporters' identities ({@code dangjian.supervision.reporter-key.*}): an AES secret-key entry in
 * a PKCS#12 keystore, kept like the records' signing key.
 *
 * @param keystore path of the PKCS#12 file
 * @param password its password (also the entry's)
 * @param alias the secret-key entry; {@code reporter-identity} when empty
 * @param generateDemoKey demo profile only: create the keystore with a fresh AES-256 key once when it does not exist
 */
@ConfigurationProperties("dangjian.supervision.reporter-key")
public record ReporterKeyProperties(Path keystore, String password, String alias, boolean generateDemoKey) {

  public static final String DEFAULT_ALIAS = "reporter-identity";

  public ReporterKeyProperties {
    password = password == null ? "" : password;
    alias = alias == null || alias.isBlank() ? DEFAULT_ALIAS : alias;
  }
}
