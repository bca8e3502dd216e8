package cn.dangjian.workflow.records;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the records subsystem ({@code dangjian.records.*}).
 *
 * @param signing the PKCS#12 keystore whose key signs every record
 * @param timestamp an optional RFC 3161 timestamp authority (PAdES-B-T when set)
 * @param fontPoolSize how many parsed copies of the record fonts may exist at once (renderers beyond wait for one)
 */
@ConfigurationProperties("dangjian.records")
public record RecordsProperties(Signing signing, Timestamp timestamp, Integer fontPoolSize) {

  public RecordsProperties {
    signing = signing == null ? new Signing(null, null, null, false, null, null, null, null, null) : signing;
    timestamp = timestamp == null ? new Timestamp(null, null) : timestamp;
    fontPoolSize = fontPoolSize == null || fontPoolSize < 1 ? 4 : fontPoolSize;
  }

  /**
   * @param keystore path of the PKCS#12 file
   * @param password its password (also the key's password)
   * @param alias the key entry; when empty the first key entry is used
   * @param generateDemoKeystore demo profile only: create a demo CA and signing certificate once when
   *     the keystore does not exist
   * @param signerName the name in the signature dictionary, e.g. the organisation
   * @param location e.g. 北京
   * @param reason e.g. 党组织文书归档
   * @param preferredSignatureSize bytes reserved for the CMS signature
   * @param trustedCertificates further CA certificates (PEM or DER files) whose signatures verify as
   *     valid, e.g. the previous CA after a key change; the keystore's own root is always trusted
   */
  public record Signing(Path keystore, String password, String alias, boolean generateDemoKeystore,
      String signerName, String location, String reason, Integer preferredSignatureSize,
      java.util.List<Path> trustedCertificates) {

    public Signing {
      trustedCertificates = trustedCertificates == null ? java.util.List.of() : java.util.List.copyOf(trustedCertificates);
      password = password == null ? "" : password;
      signerName = blank(signerName) ? "dangjian-workflow" : signerName;
      reason = blank(reason) ? "党组织文书归档" : reason;
      preferredSignatureSize = preferredSignatureSize == null ? 16384 : preferredSignatureSize;
    }

    /** Whether a key entry is named; without one the keystore's first key entry is used. */
    public boolean hasAlias() {
      return !blank(alias);
    }
  }

  /**
   * @param url the TSA's HTTP endpoint; empty for PAdES-B without timestamp
   * @param timeout connect and read timeout
   */
  public record Timestamp(String url, Duration timeout) {

    public Timestamp {
      timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
    }

    public boolean enabled() {
      return !blank(url);
    }
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
