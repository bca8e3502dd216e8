package cn.dangjian.workflow.records.internal.pdf;

import cn.dangjian.workflow.records.RecordsProperties;
import java.security.cert.X509CRL;

/** One demo CA, signing key and timestamping key per test JVM (key generation is not free). */
final class TestPki {

  static final String ORGANISATION = "中共示范街道第一支部委员会";
  static final DemoCertificateAuthority CA = DemoCertificateAuthority.create(ORGANISATION);
  static final DemoCertificateAuthority.Issued SIGNING = CA.issueSigningCertificate("第一支部 文书签章（测试）", ORGANISATION);
  static final DemoCertificateAuthority.Issued TIMESTAMPING = CA.issueTimestampingCertificate("测试时间戳服务", ORGANISATION);
  static final SigningKeyStore KEYS = new SigningKeyStore(SIGNING.key(), SIGNING.chain());

  private TestPki() {}

  static X509CRL crl() {
    return CA.emptyCrl();
  }

  static RecordsProperties.Signing signingSettings() {
    return new RecordsProperties.Signing(null, null, null, false, "第一支部", "北京", null, null, null);
  }

  static PadesPdfSigner signer(TimestampClient timestamps) {
    return new PadesPdfSigner(KEYS, signingSettings(), timestamps);
  }

  static RecordPdfFactory pdfFactory(ChineseFontProvider fonts, TimestampClient timestamps) {
    return new RecordPdfFactory(fonts, new RecordRenderer(), new PdfArchiver(), signer(timestamps));
  }
}
