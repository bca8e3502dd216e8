package cn.dangjian.workflow.records.internal.pdf;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/** An RFC 3161 timestamp authority over HTTP on a loopback port, with a certificate from {@link TestPki}. */
final class TestTimestampAuthority implements AutoCloseable {

  private final HttpServer server;
  private final AtomicLong serial = new AtomicLong(1);
  private final AtomicLong requests = new AtomicLong();

  TestTimestampAuthority() throws Exception {
    DemoCertificateAuthority.Issued tsa = TestPki.TIMESTAMPING;
    TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(
        new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withECDSA", tsa.key(), tsa.chain()[0]),
        new JcaDigestCalculatorProviderBuilder().build().get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
        new ASN1ObjectIdentifier("1.2.156.1.99.1"));
    tokens.addCertificates(new JcaCertStore(List.of(tsa.chain())));
    TimeStampResponseGenerator responses = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/tsa", exchange -> {
      try {
        requests.incrementAndGet();
        TimeStampRequest request = new TimeStampRequest(exchange.getRequestBody().readAllBytes());
        byte[] body = responses.generate(request, BigInteger.valueOf(serial.getAndIncrement()), new Date()).getEncoded();
        exchange.getResponseHeaders().add("Content-Type", "application/timestamp-reply");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      } catch (Exception e) {
        exchange.sendResponseHeaders(500, -1);
        throw new IOException(e);
      } finally {
        exchange.close();
      }
    });
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/tsa";
  }

  TimestampClient client() {
    return new TimestampClient(url(), Duration.ofSeconds(5));
  }

  long requests() {
    return requests.get();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
