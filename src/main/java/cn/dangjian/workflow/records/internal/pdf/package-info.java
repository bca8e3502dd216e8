/**
 * The PDF implementation of records, on PDFBox and BouncyCastle: the Chinese font pool, layout after the
 * conventions of official documents, PDF/A-3b metadata and JSON attachment, PAdES signatures (with an optional
 * RFC 3161 timestamp), their verification, and the signing key store with its demo CA. Part of the
 * {@code records} module, not a module of its own, and internal to it: the records API uses it only through
 * the interfaces Spring injects ({@link cn.dangjian.workflow.records.RecordDocuments},
 * {@link cn.dangjian.workflow.records.RecordSignatureVerifier},
 * {@link cn.dangjian.workflow.records.RecordAttachmentReader}), and no other package uses PDFBox or
 * BouncyCastle. Classes here may use the API's types.
 */
package cn.dangjian.workflow.records.internal.pdf;
