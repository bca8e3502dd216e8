package cn.dangjian.workflow.enginegate;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a file uploaded through the engine APIs may be (a file variable or a task attachment: evidence such as
 * a scanned decision or a photo): a PDF, JPEG or PNG whose content starts as its type says, or plain text.
 * Anything else is refused naming the part, before Camunda stores it.
 */
final class UploadCheck {

  static final Map<String, byte[]> ALLOWED = Map.of(
      "application/pdf", "%PDF-".getBytes(StandardCharsets.US_ASCII),
      "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
      "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'},
      "text/plain", new byte[0]);
  private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
  private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");
  private static final Pattern CONTENT_TYPE = Pattern.compile("(?im)^content-type:\\s*([^;\\r\\n]+)");

  /** Why an upload is refused, and the multipart part at fault ({@code null} for the body as a whole). */
  record Refusal(String part, String message) {}

  private UploadCheck() {}

  /** The refusal of the first file part that is not an accepted type, if any. */
  static Optional<Refusal> problem(String contentType, byte[] body) {
    Matcher boundary = BOUNDARY.matcher(contentType);
    if (!boundary.find()) {
      return Optional.of(new Refusal(null, "上传内容缺少 multipart 分隔符（boundary）"));
    }
    byte[] delimiter = ("--" + boundary.group(1)).getBytes(StandardCharsets.ISO_8859_1);
    int at = indexOf(body, delimiter, 0);
    while (at >= 0) {
      int headersStart = at + delimiter.length + 2;
      int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), headersStart);
      int next = indexOf(body, delimiter, headersStart);
      if (headersEnd < 0 || next < 0) {
        break;
      }
      String headers = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
      if (headers.toLowerCase(Locale.ROOT).contains("filename=")) {
        byte[] content = Arrays.copyOfRange(body, headersEnd + 4, Math.max(headersEnd + 4, next - 2));
        Optional<Refusal> problem = problemWithFile(headers, content);
        if (problem.isPresent()) {
          return problem;
        }
      }
      at = next;
    }
    return Optional.empty();
  }

  private static Optional<Refusal> problemWithFile(String headers, byte[] content) {
    Matcher nameMatcher = NAME.matcher(headers);
    String name = nameMatcher.find() ? nameMatcher.group(1) : "file";
    Matcher typeMatcher = CONTENT_TYPE.matcher(headers);
    String type = typeMatcher.find() ? typeMatcher.group(1).trim().toLowerCase(Locale.ROOT) : "";
    byte[] magic = ALLOWED.get(type);
    if (magic == null) {
      return Optional.of(new Refusal(name, "上传的文件类型“" + type + "”不被接受，只接受 PDF、JPEG、PNG 或纯文本"));
    }
    if (content.length < magic.length || !Arrays.equals(Arrays.copyOf(content, magic.length), magic)) {
      return Optional.of(new Refusal(name, "上传的文件内容与其类型“" + type + "”不符"));
    }
    return Optional.empty();
  }

  private static int indexOf(byte[] haystack, byte[] needle, int from) {
    outer:
    for (int i = Math.max(0, from); i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
