package cn.dangjian.workflow.records;

/**
 * Makes the file of a record: a signed, archive-grade document (PDF/A-3b with a PAdES signature) whose
 * JSON attachment carries the content's data, the stamp and the provenance, so the signature covers the
 * link to the previous record of the dossier.
 */
public interface RecordDocuments {

  /** The signed file of one record. */
  byte[] produce(RecordContent content, RecordStamp stamp, RecordProvenance provenance);

  /** SHA-256 (hex) of the certificate the files are signed with; stored with every record. */
  String signerFingerprint();
}
