package cn.dangjian.workflow.enginegate;

import cn.dangjian.workflow.engine.UploadedFiles;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a file uploaded through the engine APIs may be (a file variable or a task attachment: evidence such as
 * a scanned decision or a photo): a PDF, JPEG or PNG whose content starts as its type says
 * ({@link UploadedFiles}). Anything else is refused naming the part, before Camunda stores it. A task attachment
 * ({@code …/attachment/create}) must carry its file as the {@code content} part (with or without a file name), and
 * its {@code attachment-type} must be the file's type: a link alone ({@code url}) is not evidence.
 */
final class UploadCheck {
  private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
  private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");
  private static final Pattern CONTENT_TYPE = Pattern.compile("(?im)^content-type:\\s*([^;\\r\\n]+)");

  /** Why an upload is refused, and the multipart part at fault ({@code null} for the body as a whole). */
  record Refusal(String part, String message) {}

  private UploadCheck() {}

  /** The refusal of the first file part that is not an accepted type, if any. */
  static Optional<Refusal> problem(String contentType, byte[] body) {
    return problem(contentType, body, false);
  }

  /**
   * The refusal of the first file part that is not an accepted type, if any; for a task attachment
   * ({@code attachment}) also of a missing file, a link in its place, or an {@code attachment-type} other than the
   * file's.
   */
  static Optional<Refusal> problem(String contentType, byte[] body, boolean attachment) {
    Matcher boundary = BOUNDARY.matcher(contentType);
    if (!boundary.find()) {
      return Optional.of(new Refusal(null, "上传内容缺少 multipart 分隔符（boundary）"));
    }
    byte[] delimiter = ("--" + boundary.group(1)).getBytes(StandardCharsets.ISO_8859_1);
    Map<String, String> fields = new LinkedHashMap<>();
    String fileType = null;
    int at = indexOf(body, delimiter, 0);
    while (at >= 0) {
      int headersStart = at + delimiter.length + 2;
      int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), headersStart);
      int next = indexOf(body, delimiter, headersStart);
      if (headersEnd < 0 || next < 0) {
        break;
      }
      String headers = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
      byte[] content = Arrays.copyOfRange(body, headersEnd + 4, Math.max(headersEnd + 4, next - 2));
      Matcher nameMatcher = NAME.matcher(headers);
      String name = nameMatcher.find() ? nameMatcher.group(1) : "file";
      boolean file = headers.toLowerCase(Locale.ROOT).contains("filename=") || attachment && name.equals("content");
      if (file) {
        Optional<Refusal> problem = problemWithFile(name, headers, content);
        if (problem.isPresent()) {
          return problem;
        }
        if (name.equals("content")) {
          fileType = type(headers);
        }
      } else {
        fields.put(name, new String(content, StandardCharsets.UTF_8).trim());
      }
      at = next;
    }
    return attachment ? attachmentProblem(fields, fileType) : Optional.empty();
  }

  private static Optional<Refusal> attachmentProblem(Map<String, String> fields, String fileType) {
    if (fileType == null) {
      boolean link = fields.containsKey("url") && !fields.get("url").isBlank();
      return Optional.of(new Refusal(link ? "url" : "content", (link ? "附件不能只是链接（url）：" : "附件缺少文件（content）：")
          + "请上传 " + UploadedFiles.ACCEPTED_NAMES + " 文件"));
    }
    String declared = fields.getOrDefault("attachment-type", "").toLowerCase(Locale.ROOT);
    if (!declared.equals(fileType)) {
      return Optional.of(new Refusal("attachment-type", "附件类型（attachment-type）“" + declared
          + "”应与所上传文件的类型“" + fileType + "”一致"));
    }
    return Optional.empty();
  }

  private static String type(String headers) {
    Matcher typeMatcher = CONTENT_TYPE.matcher(headers);
    return typeMatcher.find() ? typeMatcher.group(1).trim().toLowerCase(Locale.ROOT) : "";
  }

  private static Optional<Refusal> problemWithFile(String name, String headers, byte[] content) {
    String type = type(headers);
    if (!UploadedFiles.acceptedType(type)) {
      return Optional.of(new Refusal(name, "上传的文件类型“" + type + "”不被接受，只接受 " + UploadedFiles.ACCEPTED_NAMES));
    }
    if (!UploadedFiles.matches(type, content)) {
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
