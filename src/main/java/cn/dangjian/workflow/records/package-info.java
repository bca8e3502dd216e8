/**
 * Signed, archive-grade records (文书) and dossiers (档案). This package is the module's API: templates and
 * content ({@link cn.dangjian.workflow.records.RecordTemplate}, {@link cn.dangjian.workflow.records.RecordContent},
 * {@link cn.dangjian.workflow.records.RecordDefinition}), the writer and issuer, dossiers (service, index, verifier),
 * storage and queries, configuration, and the small interfaces through which it uses the file format:
 * {@link cn.dangjian.workflow.records.RecordDocuments} (make a signed file),
 * {@link cn.dangjian.workflow.records.RecordSignatureVerifier} (re-check its signature) and
 * {@link cn.dangjian.workflow.records.RecordAttachmentReader} (read its embedded data, {@link
 * cn.dangjian.workflow.records.RecordJson}). Their implementation is {@code records.internal.pdf} (PDF/A-3b and
 * PAdES on PDFBox and BouncyCastle), internal to this module: nothing here refers to it, and no other module
 * can. Never depends on web types: a record job never throws an HTTP exception.
 */
@ApplicationModule(allowedDependencies = {"counters", "engine"})
package cn.dangjian.workflow.records;

import org.springframework.modulith.ApplicationModule;
