package cn.dangjian.workflow.records;

import java.time.Instant;
import java.util.List;

/**
 * What re-checking a record's PDF signature found.
 *
 * @param valid the signature is intact, covers the whole file and chains to a trusted certificate
 * @param signer the signing certificate's subject
 * @param certificateSha256 SHA-256 (hex) of the signing certificate
 * @param signedAt the signature dictionary's signing time
 * @param timestampedAt the time of a signature timestamp token (PAdES-B-T), or null
 * @param problems in Chinese, empty when valid
 */
public record SignatureCheck(boolean valid, String signer, String certificateSha256, Instant signedAt,
    Instant timestampedAt, List<String> problems) {

  public static SignatureCheck invalid(String problem) {
    return new SignatureCheck(false, null, null, null, null, List.of(problem));
  }
}
