package cn.dangjian.workflow.text;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What every text input must be: plain text a record can print and an auditor can read. No control
 * characters (line breaks only where the input has several lines), no broken UTF-16, no invisible
 * direction overrides that make a name read differently from what is stored, and no HTML or script
 * markup (the webapps and records show text, never markup).
 */
public final class PlainText {

  private static final Pattern MARKUP = Pattern.compile("<\\s*(?:[/?]?\\s*[A-Za-z]|!)");

  private PlainText() {}

  public static Optional<String> problem(String text, boolean multiLine) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (Character.isSurrogate(text.charAt(i)) && Character.charCount(cp) == 1) {
        return Optional.of("含有无效的字符编码");
      }
      boolean lineBreak = cp == '\n' || cp == '\r';
      boolean allowedWhitespace = multiLine && (lineBreak || cp == '\t');
      if (!allowedWhitespace && Character.getType(cp) == Character.CONTROL) {
        return Optional.of(lineBreak ? "只能填写一行" : "含有不可见的控制字符（U+" + hex(cp) + "）");
      }
      if (isDirectionOverride(cp) || cp == 0xFFFE || cp == 0xFFFF) {
        return Optional.of("含有不允许的不可见字符（U+" + hex(cp) + "）");
      }
      i += Character.charCount(cp);
    }
    if (MARKUP.matcher(text).find()) {
      return Optional.of("不能包含 HTML 或脚本标记（“<”后接字母或“!”）");
    }
    return Optional.empty();
  }

  /**
   * Text as a message may quote it: at most 50 characters, with control characters, broken UTF-16 and
   * direction overrides shown as "?".
   */
  public static String printable(String text) {
    String shortened = text.length() > 50 ? text.substring(0, 50) + "…" : text;
    return shortened.replaceAll("[\\p{Cntrl}\\p{Cs}\\u202A-\\u202E\\u2066-\\u2069]", "?");
  }

  private static boolean isDirectionOverride(int cp) {
    return cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069;
  }

  private static String hex(int cp) {
    return String.format("%04X", cp);
  }
}
