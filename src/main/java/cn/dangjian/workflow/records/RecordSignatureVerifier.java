package cn.dangjian.workflow.records;

/** Re-checks the signature of a record's file without trusting anything stored next to it. */
public interface RecordSignatureVerifier {

  /** What the check found; never throws for a damaged or foreign file, it reports it. */
  SignatureCheck verify(byte[] file);
}
