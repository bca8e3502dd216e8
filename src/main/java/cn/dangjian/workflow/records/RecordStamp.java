package cn.dangjian.workflow.records;

/**
 * Where a record sits in its dossier's hash chain; printed in small type on the last page and embedded
 * in the JSON attachment, so the signature also covers the link to the previous record.
 *
 * @param recordId the id the record will be stored under
 * @param dossierKey the business key (or, without one, {@code pi:<processInstanceId>})
 * @param position 1 for the first record of the dossier
 * @param previousSha256 SHA-256 (hex) of the previous record's PDF; null for the first
 */
public record RecordStamp(String recordId, String dossierKey, int position, String previousSha256) {}
