package cn.dangjian.workflow.records.internal.pdf;

import cn.dangjian.workflow.records.RecordsProperties;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureInterface;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TimeStampToken;
import org.springframework.stereotype.Component;

/**
 * PAdES baseline signatures with BouncyCastle: a detached CMS ({@code ETSI.CAdES.detached}) with the
 * signing-certificate-v2 attribute and no CMS signing time (the signature dictionary's {@code /M}
 * carries it), appended to the PDF by an incremental update so the PDF/A file stays byte-identical
 * before the signature. With a timestamp authority configured the signature gets a signature
 * timestamp (PAdES-B-T). A record's unsigned signature field (the seal at its sign-off, {@link OfficialSeal}) is the
 * one signed, so the seal is the signature's appearance; a PDF without one gets an invisible signature.
 */
@Component
class PadesPdfSigner implements PdfSigner {

  static final COSName ETSI_CADES_DETACHED = COSName.getPDFName("ETSI.CAdES.detached");

  private final SigningKeyStore keys;
  private final RecordsProperties.Signing settings;
  private final TimestampClient timestamps;
  private final Attribute signingCertificateV2;
  private final String algorithm;

  @org.springframework.beans.factory.annotation.Autowired
  public PadesPdfSigner(SigningKeyStore keys, RecordsProperties properties) {
    this(keys, properties.signing(), properties.timestamp().enabled()
        ? new TimestampClient(properties.timestamp().url(), properties.timestamp().timeout()) : null);
  }

  public PadesPdfSigner(SigningKeyStore keys, RecordsProperties.Signing settings, TimestampClient timestamps) {
    this.keys = keys;
    this.settings = settings;
    this.timestamps = timestamps;
    this.signingCertificateV2 = signingCertificateV2(keys.certificate());
    this.algorithm = "EC".equals(keys.key().getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
  }

  @Override
  public String certificateFingerprint() {
    return keys.fingerprint();
  }

  @Override
  public byte[] sign(byte[] pdf, Instant signingTime) {
    try (PDDocument document = Loader.loadPDF(pdf);
        SignatureOptions options = new SignatureOptions()) {
      PDSignature signature = new PDSignature();
      signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
      signature.setSubFilter(ETSI_CADES_DETACHED);
      signature.setName(settings.signerName());
      signature.setReason(settings.reason());
      if (settings.location() != null) {
        signature.setLocation(settings.location());
      }
      Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
      when.setTimeInMillis(signingTime.toEpochMilli() / 1000 * 1000);
      signature.setSignDate(when);
      options.setPreferredSignatureSize(settings.preferredSignatureSize());
      PDSignatureField seal = unsignedField(document);
      if (seal != null) {
        signSealField(document, seal, signature, options);
      } else {
        document.addSignature(signature, (SignatureInterface) this::cms, options);
      }
      markWidgetsPrintable(document);
      ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * settings.preferredSignatureSize() + 4096);
      document.saveIncremental(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("文书签名失败：" + e.getMessage(), e);
    }
  }

  /**
   * Signs the record's own signature field, whose widget shows the organisation's seal: PDFBox signs a field
   * whose value is the signature, but gives it an invisible widget; the seal's rectangle and appearance are put
   * back before the incremental update is written.
   */
  private void signSealField(PDDocument document, PDSignatureField field, PDSignature signature,
      SignatureOptions options) throws IOException {
    PDAnnotationWidget widget = field.getWidgets().get(0);
    PDRectangle rectangle = widget.getRectangle();
    PDAppearanceDictionary appearance = widget.getAppearance();
    field.getCOSObject().setItem(COSName.V, signature);
    document.addSignature(signature, (SignatureInterface) this::cms, options);
    widget.setRectangle(rectangle);
    widget.setAppearance(appearance);
    widget.getCOSObject().setNeedToBeUpdated(true);
  }

  /** The first signature field without a signature, or null. */
  static PDSignatureField unsignedField(PDDocument document) {
    var form = document.getDocumentCatalog().getAcroForm(null);
    if (form == null) {
      return null;
    }
    for (PDField field : form.getFieldTree()) {
      if (field instanceof PDSignatureField signatureField && signatureField.getSignature() == null
          && !signatureField.getWidgets().isEmpty()) {
        return signatureField;
      }
    }
    return null;
  }

  /** PDF/A wants every annotation printable, including the invisible signature widget. */
  private static void markWidgetsPrintable(PDDocument document) {
    var form = document.getDocumentCatalog().getAcroForm(null);
    if (form == null) {
      return;
    }
    for (PDField field : form.getFields()) {
      if (field instanceof PDSignatureField signatureField) {
        for (PDAnnotationWidget widget : signatureField.getWidgets()) {
          if (!widget.isPrinted()) {
            widget.setPrinted(true);
            widget.getCOSObject().setNeedToBeUpdated(true);
          }
        }
      }
    }
  }

  private byte[] cms(InputStream content) throws IOException {
    try {
      CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
      JcaSignerInfoGeneratorBuilder signerInfo =
          new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build());
      signerInfo.setSignedAttributeGenerator(new PadesSignedAttributes(signingCertificateV2));
      generator.addSignerInfoGenerator(signerInfo.build(
          new JcaContentSignerBuilder(algorithm).build(keys.key()), keys.certificate()));
      generator.addCertificates(new JcaCertStore(keys.chain()));
      CMSSignedData signed = generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false);
      if (timestamps != null) {
        signed = withSignatureTimestamp(signed);
      }
      return signed.getEncoded("DER");
    } catch (CMSException | OperatorCreationException | GeneralSecurityException e) {
      throw new IOException("Cannot create the CMS signature: " + e.getMessage(), e);
    }
  }

  private CMSSignedData withSignatureTimestamp(CMSSignedData signed) throws IOException {
    SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
    TimeStampToken token = timestamps.timestamp(signer.getSignature());
    ASN1EncodableVector attributes = new ASN1EncodableVector();
    attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
        new DERSet(ASN1Primitive.fromByteArray(token.getEncoded()))));
    SignerInformation stamped = SignerInformation.replaceUnsignedAttributes(signer, new AttributeTable(attributes));
    return CMSSignedData.replaceSigners(signed, new SignerInformationStore(stamped));
  }

  private static Attribute signingCertificateV2(X509Certificate certificate) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
      IssuerSerial issuerSerial = new IssuerSerial(
          new GeneralNames(new GeneralName(X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()))),
          certificate.getSerialNumber());
      ESSCertIDv2 id = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), hash, issuerSerial);
      return new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
          new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {id})));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot describe the signing certificate", e);
    }
  }

  /** contentType, messageDigest, signing-certificate-v2; no signingTime (PAdES baseline). */
  private record PadesSignedAttributes(Attribute signingCertificateV2) implements CMSAttributeTableGenerator {

    @Override
    public AttributeTable getAttributes(java.util.Map parameters) {
      AttributeTable table = new DefaultSignedAttributeTableGenerator(new AttributeTable(signingCertificateV2))
          .getAttributes(parameters);
      return table.remove(CMSAttributes.signingTime);
    }
  }
}
