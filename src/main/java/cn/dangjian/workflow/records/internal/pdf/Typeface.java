package cn.dangjian.workflow.records.internal.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The font of one document: measuring, wrapping, and replacing characters the font has no glyph for
 * (□) so that an unusual name never stops a record; the JSON attachment keeps the exact text.
 */
final class Typeface {

  static final int MISSING_GLYPH_REPLACEMENT = '\u25A1';
  private static final Logger log = LoggerFactory.getLogger(Typeface.class);
  /** Characters a line must not start with (行首禁则). */
  private static final String NO_LINE_START = "，。、；：！？）」』》〉】〕”’…—%,.;:!?)]}";

  private final PDType0Font font;
  private final CmapLookup cmap;
  private final Map<Integer, Float> widths = new HashMap<>();

  Typeface(PDDocument document, TrueTypeFont trueType) {
    try {
      this.font = PDType0Font.load(document, trueType, true);
      this.cmap = trueType.getUnicodeCmapLookup();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot embed the Chinese font", e);
    }
  }

  PDType0Font font() {
    return font;
  }

  /** The text with control characters as spaces and unknown characters as □. */
  String printable(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> {
      if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
        out.append(' ');
      } else if (cmap.getGlyphId(cp) == 0) {
        log.warn("No glyph for U+{} in the Chinese font; printed as □", Integer.toHexString(cp).toUpperCase());
        out.appendCodePoint(MISSING_GLYPH_REPLACEMENT);
      } else {
        out.appendCodePoint(cp);
      }
    });
    return out.toString();
  }

  float width(String printable, float size) {
    float total = 0;
    for (int i = 0; i < printable.length(); ) {
      int cp = printable.codePointAt(i);
      total += advance(cp);
      i += Character.charCount(cp);
    }
    return total * size / 1000f;
  }

  private float advance(int cp) {
    return widths.computeIfAbsent(cp, c -> {
      try {
        return font.getStringWidth(new String(Character.toChars(c)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /**
   * Breaks printable text into lines no wider than {@code maxWidth}: between any two Chinese
   * characters, at spaces within Latin text, with closing punctuation kept on the line it closes.
   */
  List<String> wrap(String printable, float size, float maxWidth) {
    List<String> lines = new ArrayList<>();
    for (String paragraph : printable.split("\n", -1)) {
      wrapParagraph(paragraph, size, maxWidth, lines);
    }
    return lines;
  }

  private void wrapParagraph(String text, float size, float maxWidth, List<String> lines) {
    float limit = maxWidth * 1000f / size;
    StringBuilder line = new StringBuilder();
    float lineWidth = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      float w = advance(cp);
      if (lineWidth + w > limit && line.length() > 0 && NO_LINE_START.indexOf(cp) < 0) {
        int carry = latinWordStart(line, cp);
        String next = line.substring(carry);
        lines.add(stripTrailing(line.substring(0, carry)));
        line.setLength(0);
        line.append(next.stripLeading());
        lineWidth = measureUnits(line);
        if (cp == ' ' && line.isEmpty()) {
          continue;
        }
      }
      line.appendCodePoint(cp);
      lineWidth += w;
    }
    lines.add(stripTrailing(line.toString()));
  }

  /** Where to break so a Latin word or number moves whole to the next line (if it is not too long). */
  private static int latinWordStart(StringBuilder line, int nextCp) {
    if (!isLatinWordChar(nextCp)) {
      return line.length();
    }
    int i = line.length();
    while (i > 0 && isLatinWordChar(line.charAt(i - 1))) {
      i--;
    }
    return i == 0 || line.length() - i > 20 ? line.length() : i;
  }

  private static boolean isLatinWordChar(int cp) {
    return cp < 0x2E80 && (Character.isLetterOrDigit(cp) || cp == '-' || cp == '_' || cp == '.');
  }

  private float measureUnits(CharSequence text) {
    float total = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      total += advance(cp);
      i += Character.charCount(cp);
    }
    return total;
  }

  private static String stripTrailing(String s) {
    return s.stripTrailing();
  }
}
