package cn.dangjian.workflow.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * The files a case accepts as an upload (a file variable or a task attachment: evidence such as a scanned
 * decision or a photo): a PDF, JPEG or PNG whose content starts as its type says. One rule for the engine gate,
 * which refuses anything else before Camunda stores it, and for the guards that count evidence already stored.
 */
public final class UploadedFiles {

  /** The accepted media types and the bytes their content starts with. */
  public static final Map<String, byte[]> ACCEPTED = Map.of(
      "application/pdf", "%PDF-".getBytes(StandardCharsets.US_ASCII),
      "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
      "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});

  /** How the accepted types are named to people. */
  public static final String ACCEPTED_NAMES = "PDF、JPEG 或 PNG";

  private UploadedFiles() {}

  /** Whether {@code type} (a media type, any case, parameters ignored) is accepted. */
  public static boolean acceptedType(String type) {
    return ACCEPTED.containsKey(normalised(type));
  }

  /** Whether {@code content} starts as the accepted {@code type} says. */
  public static boolean matches(String type, byte[] content) {
    byte[] magic = ACCEPTED.get(normalised(type));
    return magic != null && content != null && content.length >= magic.length
        && Arrays.equals(Arrays.copyOf(content, magic.length), magic);
  }

  /** The same for stored content; a missing content (a link only) never matches. */
  public static boolean matches(String type, InputStream content) {
    if (content == null || !acceptedType(type)) {
      return false;
    }
    try (content) {
      return matches(type, content.readNBytes(ACCEPTED.get(normalised(type)).length));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String normalised(String type) {
    if (type == null) {
      return "";
    }
    int parameters = type.indexOf(';');
    return (parameters < 0 ? type : type.substring(0, parameters)).trim().toLowerCase(Locale.ROOT);
  }
}
