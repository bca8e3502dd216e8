package cn.dangjian.workflow.records;

import java.util.Optional;

/**
 * Reads the machine-readable data embedded in a record's file (the JSON attachment {@link RecordDocuments}
 * writes in the {@link RecordJson} format): content data, provenance and the dossier chain.
 */
public interface RecordAttachmentReader {

  /** The JSON attachment; empty when the file has none or cannot be read. */
  Optional<byte[]> read(byte[] file);
}
