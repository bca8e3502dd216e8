package cn.dangjian.workflow.records.internal.pdf;

import java.time.Instant;

/** Signs a finished PDF; the result is the same file with the signature appended (incremental update). */
interface PdfSigner {

  byte[] sign(byte[] pdf, Instant signingTime);

  /** SHA-256 (hex) of the certificate the signatures are made with. */
  String certificateFingerprint();
}
