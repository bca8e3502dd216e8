package cn.dangjian.workflow.records;

import java.time.Instant;

/** A record in API listings (the PDF itself is at {@code /api/records/{id}/pdf}). */
public record RecordSummary(String id, String type, String title, String businessKey, String processInstanceId,
    String step, String author, int chainPosition, Instant createdAt, String sha256) {

  public static RecordSummary of(StoredRecord record) {
    return new RecordSummary(record.id(), record.recordType(), record.title(), record.businessKey(),
        record.processInstanceId(), record.step(), record.author(), record.chainPosition(), record.createdAt(),
        record.sha256());
  }
}
