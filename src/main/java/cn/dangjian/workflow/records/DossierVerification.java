package cn.dangjian.workflow.records;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The result of re-checking a dossier: every record's signature and hash, and the hash chain.
 *
 * @param intact all signatures valid and the chain unbroken
 * @param firstBrokenLink the first record (in chain order) where something is wrong; null when intact
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DossierVerification(String dossierKey, int recordCount, boolean intact, BrokenLink firstBrokenLink,
    List<RecordCheck> records) {

  /** Where the chain breaks, with the reason in Chinese. */
  public record BrokenLink(int position, String recordId, String title, String problem) {}

  /**
   * One record's checks.
   *
   * @param hashMatches the PDF's SHA-256 equals the one registered
   * @param linkIntact the record is at the expected place and names the previous record's hash
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record RecordCheck(int position, String recordId, String recordType, String title, String sha256,
      boolean signatureValid, boolean hashMatches, boolean linkIntact, SignatureCheck signature,
      List<String> problems) {

    public boolean ok() {
      return problems.isEmpty();
    }
  }
}
