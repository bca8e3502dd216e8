package cn.dangjian.workflow.records;

import java.time.Instant;

/** A record as stored (without its PDF bytes, which {@link RecordStore#pdf(String)} reads). */
public record StoredRecord(
    String id,
    String recordType,
    String title,
    String businessKey,
    String dossierKey,
    String processInstanceId,
    String processDefinitionKey,
    String step,
    Instant createdAt,
    String author,
    String signerFingerprint,
    String sha256,
    String previousSha256,
    int chainPosition) {

  /** The dossier a record belongs to: its business key, or its process instance when it has none. */
  public static String dossierKeyOf(String businessKey, String processInstanceId) {
    if (businessKey != null && !businessKey.isBlank()) {
      return businessKey;
    }
    if (processInstanceId == null) {
      throw new IllegalArgumentException("A record needs a business key or a process instance");
    }
    return "pi:" + processInstanceId;
  }
}
