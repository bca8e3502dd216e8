package cn.dangjian.workflow.records.internal.pdf;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How one document sets text in a list of embedded faces: each character in the first face that has it. Measures,
 * wraps, splits a line into runs per face, and replaces characters no face has (□) so that an unusual name never
 * stops a record; the JSON attachment keeps the exact text.
 */
final class Typeface {

  static final int MISSING_GLYPH_REPLACEMENT = '\u25A1';
  private static final Logger log = LoggerFactory.getLogger(Typeface.class);
  /** Characters a line must not start with (行首禁则). */
  private static final String NO_LINE_START = "，。、；：！？）」』》〉】〕”’…—%,.;:!?)]}";

  private final List<Face> faces;

  Typeface(Face... faces) {
    this.faces = List.of(faces);
  }

  /** The face the text starts in (the first face). */
  PDType0Font font() {
    return faces.get(0).font();
  }

  /** A piece of a line set in one face. */
  record Run(PDType0Font font, String text) {}

  /** The text with control characters as spaces and characters no face has as □. */
  String printable(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> {
      if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
        out.append(' ');
      } else if (faces.stream().noneMatch(face -> face.has(cp))) {
        log.warn("No glyph for U+{} in the Chinese fonts; printed as □", Integer.toHexString(cp).toUpperCase());
        out.appendCodePoint(MISSING_GLYPH_REPLACEMENT);
      } else {
        out.appendCodePoint(cp);
      }
    });
    return out.toString();
  }

  /** Printable text split where the face changes. */
  List<Run> runs(String printable) {
    List<Run> runs = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    Face current = null;
    for (int i = 0; i < printable.length(); ) {
      int cp = printable.codePointAt(i);
      i += Character.charCount(cp);
      Face face = faceOf(cp);
      if (face != current && !run.isEmpty()) {
        runs.add(new Run(current.font(), run.toString()));
        run.setLength(0);
      }
      current = face;
      run.appendCodePoint(cp);
    }
    if (!run.isEmpty()) {
      runs.add(new Run(current.font(), run.toString()));
    }
    return runs;
  }

  float width(String printable, float size) {
    return measureUnits(printable) * size / 1000f;
  }

  private Face faceOf(int cp) {
    for (Face face : faces) {
      if (face.has(cp)) {
        return face;
      }
    }
    return faces.get(0);
  }

  private float advance(int cp) {
    return faceOf(cp).advance(cp);
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
