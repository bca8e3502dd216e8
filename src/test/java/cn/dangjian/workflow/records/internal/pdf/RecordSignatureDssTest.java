package cn.dangjian.workflow.records.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.workflow.records.SignatureCheck;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.enumerations.SubIndication;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.spi.x509.revocation.crl.ExternalResourcesCRLSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * PAdES signatures checked by an independent validator, EU DSS 6.4, with the test CA trusted and its
 * CRL available (without revocation data DSS can only say INDETERMINATE). (Slow: DSS.)
 */
class RecordSignatureDssTest {

  static ChineseFontProvider fonts;
  static TestTimestampAuthority tsa;
  static byte[] signed;

  @BeforeAll
  static void produce() throws Exception {
    fonts = new ChineseFontProvider(1);
    tsa = new TestTimestampAuthority();
    signed = TestPki.pdfFactory(fonts, null).produce(SampleRecords.resolution(), SampleRecords.stamp(1, null),
        SampleRecords.provenance());
  }

  @AfterAll
  static void stop() {
    tsa.close();
  }

  @Test
  void signatureStaysValidUnderDss() throws Exception {
    SimpleReport report = dss(signed);
    String id = report.getFirstSignatureId();
    assertThat(report.getIndication(id)).as(messages(report, id))
        .isEqualTo(Indication.TOTAL_PASSED);
    assertThat(report.getSignatureFormat(id)).isEqualTo(SignatureLevel.PAdES_BASELINE_B);
  }

  @Test
  void ownVerifierAgreesWithDss() {
    SignatureCheck check = new PdfSignatureVerifier(List.of(TestPki.CA.certificate())).verify(signed);
    assertThat(check.valid()).as(check.problems().toString()).isTrue();
    assertThat(check.certificateSha256()).isEqualTo(TestPki.KEYS.fingerprint());
    assertThat(check.timestampedAt()).isNull();
  }

  @Test
  void flippedByteBreaksSignature() throws Exception {
    byte[] tampered = signed.clone();
    int position = tampered.length / 3; // inside the signed byte range (page content or font data)
    tampered[position] ^= 0x01;
    SimpleReport report = dss(tampered);
    String id = report.getFirstSignatureId();
    assertThat(report.getIndication(id)).isEqualTo(Indication.TOTAL_FAILED);
    assertThat(report.getSubIndication(id)).isEqualTo(SubIndication.HASH_FAILURE);
    assertThat(new PdfSignatureVerifier(List.of(TestPki.CA.certificate())).verify(tampered).valid()).isFalse();
  }

  @Test
  void flippedByteInMetadataBreaksSignature() throws Exception {
    byte[] tampered = signed.clone();
    int position = indexOf(tampered, "pdfaid:part");
    tampered[position + 2] ^= 0x20;
    SimpleReport report = dss(tampered);
    assertThat(report.getIndication(report.getFirstSignatureId())).isNotEqualTo(Indication.TOTAL_PASSED);
    assertThat(new PdfSignatureVerifier(List.of(TestPki.CA.certificate())).verify(tampered).valid()).isFalse();
  }

  @Test
  void signatureFromAnotherCaIsNotTrustedByOwnVerifier() {
    DemoCertificateAuthority other = DemoCertificateAuthority.create("其他机构");
    SignatureCheck check = new PdfSignatureVerifier(List.of(other.certificate())).verify(signed);
    assertThat(check.valid()).isFalse();
    assertThat(check.problems()).anyMatch(p -> p.contains("不受信任"));
  }

  @Test
  void timestampedSignatureIsPadesBaselineT() throws Exception {
    long before = tsa.requests();
    byte[] timestamped = TestPki.pdfFactory(fonts, tsa.client()).produce(SampleRecords.resolution(),
        SampleRecords.stamp(1, null), SampleRecords.provenance());
    assertThat(tsa.requests()).isEqualTo(before + 1);
    SimpleReport report = dss(timestamped);
    String id = report.getFirstSignatureId();
    assertThat(report.getIndication(id)).as(messages(report, id))
        .isEqualTo(Indication.TOTAL_PASSED);
    assertThat(report.getSignatureFormat(id)).isEqualTo(SignatureLevel.PAdES_BASELINE_T);
    SignatureCheck check = new PdfSignatureVerifier(List.of(TestPki.CA.certificate())).verify(timestamped);
    assertThat(check.valid()).as(check.problems().toString()).isTrue();
    assertThat(check.timestampedAt()).isBefore(Instant.now().plusSeconds(1));
  }

  static SimpleReport dss(byte[] pdf) throws Exception {
    SignedDocumentValidator validator = SignedDocumentValidator.fromDocument(new InMemoryDocument(pdf));
    CommonCertificateVerifier verifier = new CommonCertificateVerifier();
    CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
    trusted.addCertificate(new CertificateToken(TestPki.CA.certificate()));
    verifier.setTrustedCertSources(trusted);
    verifier.setCrlSource(new ExternalResourcesCRLSource(new InMemoryDocument(TestPki.crl().getEncoded())));
    verifier.setOcspSource(null);
    verifier.setAIASource(null);
    validator.setCertificateVerifier(verifier);
    return validator.validateDocument().getSimpleReport();
  }

  static String messages(SimpleReport report, String id) {
    return report.getIndication(id) + "/" + report.getSubIndication(id) + " errors "
        + report.getAdESValidationErrors(id).stream().map(m -> m.getKey() + ": " + m.getValue()).toList()
        + " warnings " + report.getAdESValidationWarnings(id).stream().map(m -> m.getValue()).toList();
  }

  private static int indexOf(byte[] data, String ascii) {
    byte[] needle = ascii.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    outer:
    for (int i = 0; i <= data.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (data[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError(ascii + " not found");
  }
}
