package cn.dangjian.workflow.records.internal.pdf;

import cn.dangjian.workflow.records.RecordSignatureVerifier;
import cn.dangjian.workflow.records.RecordsProperties;
import cn.dangjian.workflow.records.SignatureCheck;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.util.Selector;
import org.springframework.stereotype.Component;

/**
 * Re-checks the signature of a record's PDF without trusting anything stored next to it: the CMS
 * signature over the signed byte ranges, that those ranges cover the whole file (nothing appended after
 * signing), that the certificate chains to the configured signing root, and a timestamp token if any.
 */
@Component
class PdfSignatureVerifier implements RecordSignatureVerifier {

  private final Set<TrustAnchor> anchors;

  @org.springframework.beans.factory.annotation.Autowired
  public PdfSignatureVerifier(SigningKeyStore keys, RecordsProperties properties) {
    this(trusted(keys, properties.signing().trustedCertificates()));
  }

  private static List<X509Certificate> trusted(SigningKeyStore keys, List<java.nio.file.Path> files) {
    List<X509Certificate> trusted = new ArrayList<>();
    trusted.add(keys.root());
    for (java.nio.file.Path file : files) {
      try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
        for (java.security.cert.Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
          trusted.add((X509Certificate) c);
        }
      } catch (IOException | java.security.GeneralSecurityException e) {
        throw new IllegalStateException("无法读取受信任的证书 " + file + " (dangjian.records.signing.trusted-certificates): "
            + e.getMessage(), e);
      }
    }
    return trusted;
  }

  public PdfSignatureVerifier(Collection<X509Certificate> trusted) {
    this.anchors = Set.copyOf(trusted.stream().map(c -> new TrustAnchor(c, null)).toList());
  }

  @Override
  public SignatureCheck verify(byte[] pdf) {
    PDSignature signature;
    byte[] contents;
    byte[] signedContent;
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<PDSignature> signatures = document.getSignatureDictionaries();
      if (signatures.isEmpty()) {
        return SignatureCheck.invalid("文件中没有签名");
      }
      signature = signatures.get(signatures.size() - 1);
      int[] range = signature.getByteRange();
      if (range == null || range.length != 4 || range[0] != 0 || range[1] >= range[2]
          || (long) range[2] + range[3] != pdf.length) {
        return SignatureCheck.invalid("签名范围未覆盖整个文件（签名后文件被修改或追加）");
      }
      contents = signature.getContents(pdf);
      signedContent = signature.getSignedContent(pdf);
    } catch (IOException | RuntimeException e) {
      return SignatureCheck.invalid("文件无法解析：" + e.getMessage());
    }
    List<String> problems = new ArrayList<>();
    String subject = null;
    String fingerprint = null;
    Instant timestamped = null;
    try {
      if (!onlyPaddingAfterSignature(contents)) {
        problems.add("签名数据区中签名之后的填充被改动");
      }
      CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signedContent), contents);
      Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
      if (signers.size() != 1) {
        return SignatureCheck.invalid("签名中应有且仅有一个签名者");
      }
      SignerInformation signer = signers.iterator().next();
      @SuppressWarnings("unchecked")
      Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches((Selector<X509CertificateHolder>) signer.getSID());
      if (matches.isEmpty()) {
        return SignatureCheck.invalid("签名中缺少签名证书");
      }
      JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
      X509Certificate certificate = converter.getCertificate(matches.iterator().next());
      subject = certificate.getSubjectX500Principal().getName();
      fingerprint = SigningKeyStore.sha256(certificate);
      if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))) {
        problems.add("签名值与文件内容不符");
      }
      if (signer.getSignedAttributes() == null
          || signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2) == null) {
        problems.add("缺少 signing-certificate-v2 签名属性");
      }
      List<X509Certificate> chain = new ArrayList<>();
      for (Object holder : cms.getCertificates().getMatches(null)) {
        chain.add(converter.getCertificate((X509CertificateHolder) holder));
      }
      if (!chains(certificate, chain)) {
        problems.add("签名证书不受信任（不属于本系统配置的签章证书链）");
      }
      timestamped = checkTimestamp(signer, problems);
    } catch (Exception e) {
      problems.add("签名数据损坏：" + e.getMessage());
    }
    Instant signedAt = signature.getSignDate() == null ? null : signature.getSignDate().toInstant();
    return new SignatureCheck(problems.isEmpty(), subject, fingerprint, signedAt, timestamped, List.copyOf(problems));
  }

  /** /Contents is reserved larger than the CMS; what follows the DER structure must be zero padding. */
  private static boolean onlyPaddingAfterSignature(byte[] contents) throws IOException {
    int used;
    try (org.bouncycastle.asn1.ASN1InputStream in = new org.bouncycastle.asn1.ASN1InputStream(contents)) {
      used = in.readObject().getEncoded("DER").length;
    }
    for (int i = used; i < contents.length; i++) {
      if (contents[i] != 0) {
        return false;
      }
    }
    return true;
  }

  private boolean chains(X509Certificate certificate, List<X509Certificate> available) {
    try {
      CertificateFactory factory = CertificateFactory.getInstance("X.509");
      List<X509Certificate> path = new ArrayList<>();
      X509Certificate current = certificate;
      path.add(current);
      for (int i = 0; i < 5 && anchors.stream().noneMatch(a -> a.getTrustedCert().equals(path.get(path.size() - 1))); i++) {
        X509Certificate last = path.get(path.size() - 1);
        X509Certificate issuer = available.stream()
            .filter(c -> c.getSubjectX500Principal().equals(last.getIssuerX500Principal()) && !c.equals(last))
            .findFirst().orElse(null);
        if (issuer == null) {
          break;
        }
        path.add(issuer);
      }
      // the anchor itself is not part of a PKIX path
      List<X509Certificate> withoutAnchor = path.stream()
          .filter(c -> anchors.stream().noneMatch(a -> a.getTrustedCert().equals(c))).toList();
      if (withoutAnchor.isEmpty()) {
        return true;
      }
      PKIXParameters parameters = new PKIXParameters(anchors);
      parameters.setRevocationEnabled(false);
      CertPathValidator.getInstance("PKIX").validate(factory.generateCertPath(withoutAnchor), parameters);
      return true;
    } catch (Exception e) {
      return false;
    }
  }

  private static Instant checkTimestamp(SignerInformation signer, List<String> problems) throws Exception {
    if (signer.getUnsignedAttributes() == null) {
      return null;
    }
    Attribute attribute = signer.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
    if (attribute == null) {
      return null;
    }
    ASN1Encodable value = attribute.getAttrValues().getObjectAt(0);
    TimeStampToken token = new TimeStampToken(new CMSSignedData(value.toASN1Primitive().getEncoded()));
    @SuppressWarnings("unchecked")
    Collection<X509CertificateHolder> tsa = token.getCertificates().getMatches((Selector<X509CertificateHolder>) token.getSID());
    if (tsa.isEmpty()) {
      problems.add("时间戳中缺少时间戳服务证书");
      return null;
    }
    token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsa.iterator().next()));
    byte[] imprint = MessageDigest.getInstance("SHA-256").digest(signer.getSignature());
    if (!Arrays.equals(imprint, token.getTimeStampInfo().getMessageImprintDigest())) {
      problems.add("时间戳与签名值不符");
    }
    return token.getTimeStampInfo().getGenTime().toInstant();
  }

}
