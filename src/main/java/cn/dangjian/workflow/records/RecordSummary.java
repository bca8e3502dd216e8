package cn.dangjian.workflow.records;

import java.time.Instant;

/**
 * A record in API listings (the PDF itself is at {@code /api/records/{id}/pdf}).
 *
 * @param typeName the record type's Chinese name (文书类型)
 * @param stepName the Chinese name of the process step that issued it, or its id where the history has none
 */
public record RecordSummary(String id, String type, String typeName, String title, String businessKey,
    String processInstanceId, String step, String stepName, String author, int chainPosition, Instant createdAt,
    String sha256) {

  public static RecordSummary of(StoredRecord record, String typeName, String stepName) {
    return new RecordSummary(record.id(), record.recordType(), typeName, record.title(), record.businessKey(),
        record.processInstanceId(), record.step(), stepName, record.author(), record.chainPosition(),
        record.createdAt(), record.sha256());
  }
}
