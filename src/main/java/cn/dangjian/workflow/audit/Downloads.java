package cn.dangjian.workflow.audit;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Content-Disposition with a Chinese file name (RFC 6266 with the RFC 5987 {@code filename*}). */
final class Downloads {

  private Downloads() {}

  static String attachment(String fileName, String asciiFallback) {
    String safe = fileName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
    String encoded = URLEncoder.encode(safe, StandardCharsets.UTF_8).replace("+", "%20");
    String fallback = asciiFallback.replaceAll("[^A-Za-z0-9._-]", "_");
    return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + encoded;
  }
}
