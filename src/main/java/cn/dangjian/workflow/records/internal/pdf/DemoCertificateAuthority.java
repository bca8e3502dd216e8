package cn.dangjian.workflow.records.internal.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A certificate authority for demonstrations and tests: issues a CA certificate and a document-signing
 * certificate (EC P-256), a timestamping certificate for test TSAs, and CRLs. Never for production.
 */
public final class DemoCertificateAuthority {

  public static final String CA_ALIAS = "demo-ca";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final KeyPair caKeys;
  private final X509Certificate caCertificate;

  private DemoCertificateAuthority(KeyPair caKeys, X509Certificate caCertificate) {
    this.caKeys = caKeys;
    this.caCertificate = caCertificate;
  }

  /** A new CA named after the organisation. */
  public static DemoCertificateAuthority create(String organisation) {
    try {
      KeyPair keys = ecKeyPair();
      X500Name name = name(organisation + " 演示根证书（仅供演示）", organisation);
      Instant now = Instant.now();
      X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serial(),
          Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(365 * 20))), name,
          keys.getPublic());
      JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
      builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
      builder.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(keys.getPublic()));
      return new DemoCertificateAuthority(keys, certificate(builder, keys.getPrivate()));
    } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
      throw new IllegalStateException("Cannot create the demo certificate authority", e);
    }
  }

  /** An existing CA, e.g. the one kept in the demo keystore. */
  public static DemoCertificateAuthority of(PrivateKey key, X509Certificate certificate) {
    return new DemoCertificateAuthority(new KeyPair(certificate.getPublicKey(), key), certificate);
  }

  public X509Certificate certificate() {
    return caCertificate;
  }

  /** A key and certificate for signing documents. */
  public Issued issueSigningCertificate(String subject, String organisation) {
    return issue(subject, organisation, false);
  }

  /** A key and certificate with the critical timestamping extended key usage (RFC 3161). */
  public Issued issueTimestampingCertificate(String subject, String organisation) {
    return issue(subject, organisation, true);
  }

  private Issued issue(String subject, String organisation, boolean timestamping) {
    try {
      KeyPair keys = ecKeyPair();
      Instant now = Instant.now();
      X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(caCertificate, serial(),
          Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(365 * 10))),
          name(subject, organisation), keys.getPublic());
      JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
      builder.addExtension(Extension.authorityKeyIdentifier, false,
          utils.createAuthorityKeyIdentifier(caCertificate));
      builder.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(keys.getPublic()));
      if (timestamping) {
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
        builder.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
      } else {
        builder.addExtension(Extension.keyUsage, true,
            new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
      }
      X509Certificate certificate = certificate(builder, caKeys.getPrivate());
      return new Issued(keys.getPrivate(), new X509Certificate[] {certificate, caCertificate});
    } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
      throw new IllegalStateException("Cannot issue a demo certificate", e);
    }
  }

  /** A CRL revoking nothing, valid for a week (lets validators reach a definite answer). */
  public X509CRL emptyCrl() {
    try {
      Instant now = Instant.now();
      X509v2CRLBuilder builder = new JcaX509v2CRLBuilder(caCertificate, Date.from(now.minusSeconds(60)));
      builder.setNextUpdate(Date.from(now.plus(Duration.ofDays(7))));
      builder.addExtension(Extension.authorityKeyIdentifier, false,
          new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(caCertificate));
      ContentSigner signer = new JcaContentSignerBuilder("SHA256withECDSA").build(caKeys.getPrivate());
      return new JcaX509CRLConverter().getCRL(builder.build(signer));
    } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
      throw new IllegalStateException("Cannot issue a CRL", e);
    }
  }

  /**
   * Writes a PKCS#12 keystore with the signing key under {@code alias} and this CA's key under
   * {@value #CA_ALIAS}. The file appears atomically and is never replaced: when another node created
   * it first, its file stays and ours is dropped. Returns true when this call created the file.
   */
  public boolean writeKeystoreOnce(Path target, char[] password, String alias, Issued signing) {
    try {
      Path directory = target.toAbsolutePath().getParent();
      Files.createDirectories(directory);
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry(alias, signing.key(), password, signing.chain());
      store.setKeyEntry(CA_ALIAS, caKeys.getPrivate(), password, new X509Certificate[] {caCertificate});
      Path temp = Files.createTempFile(directory, ".records-signing-", ".tmp");
      try {
        try (OutputStream out = Files.newOutputStream(temp)) {
          store.store(out, password);
        }
        try {
          Files.createLink(target, temp);
          return true;
        } catch (FileAlreadyExistsException e) {
          return false;
        } catch (UnsupportedOperationException | IOException noHardLinks) {
          if (Files.exists(target)) {
            return false;
          }
          try {
            Files.move(temp, target); // no REPLACE_EXISTING: the first file wins
            return true;
          } catch (FileAlreadyExistsException e) {
            return false;
          }
        }
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("Cannot write the demo signing keystore " + target, e);
    }
  }

  /** A private key and its certificate chain (end entity first). */
  public record Issued(PrivateKey key, X509Certificate[] chain) {}

  private static KeyPair ecKeyPair() throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
    return generator.generateKeyPair();
  }

  private static BigInteger serial() {
    return new BigInteger(64, RANDOM).add(BigInteger.ONE);
  }

  private static X500Name name(String commonName, String organisation) {
    return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "CN").addRDN(BCStyle.O, organisation)
        .addRDN(BCStyle.CN, commonName).build();
  }

  private static X509Certificate certificate(X509v3CertificateBuilder builder, PrivateKey issuerKey)
      throws OperatorCreationException, GeneralSecurityException {
    ContentSigner signer = new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKey);
    return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
  }
}
