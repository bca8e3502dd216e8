package cn.dangjian.workflow.records.internal.pdf;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;

/** Asks an RFC 3161 timestamp authority over HTTP for a token on some bytes (SHA-256 imprint). */
class TimestampClient {

  private static final SecureRandom RANDOM = new SecureRandom();
  private final URI url;
  private final Duration timeout;
  private final HttpClient http;

  public TimestampClient(String url, Duration timeout) {
    this.url = URI.create(url);
    this.timeout = timeout;
    this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
  }

  public TimeStampToken timestamp(byte[] data) {
    try {
      byte[] imprint = MessageDigest.getInstance("SHA-256").digest(data);
      TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
      generator.setCertReq(true);
      TimeStampRequest request = generator.generate(TSPAlgorithms.SHA256, imprint, new BigInteger(63, RANDOM));
      HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(url).timeout(timeout)
          .header("Content-Type", "application/timestamp-query")
          .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded())).build(),
          HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("时间戳服务返回 HTTP " + response.statusCode() + "（" + url + "）");
      }
      TimeStampResponse answer = new TimeStampResponse(response.body());
      answer.validate(request);
      TimeStampToken token = answer.getTimeStampToken();
      if (token == null) {
        throw new IllegalStateException("时间戳服务拒绝了请求：" + answer.getStatusString() + "（" + url + "）");
      }
      return token;
    } catch (IOException e) {
      throw new IllegalStateException("时间戳服务不可用（" + url + "）：" + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("时间戳请求被中断（" + url + "）", e);
    } catch (TSPException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("时间戳服务的应答无效（" + url + "）：" + e.getMessage(), e);
    }
  }
}
