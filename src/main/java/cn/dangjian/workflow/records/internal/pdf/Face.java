package cn.dangjian.workflow.records.internal.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** One font embedded (as a subset) in one document: which characters it has and how wide they are. */
final class Face {

  private final PDType0Font font;
  private final CmapLookup cmap;
  private final Map<Integer, Float> widths = new HashMap<>();

  Face(PDDocument document, TrueTypeFont trueType) {
    try {
      this.font = PDType0Font.load(document, trueType, true);
      this.cmap = trueType.getUnicodeCmapLookup();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot embed a Chinese font", e);
    }
  }

  PDType0Font font() {
    return font;
  }

  boolean has(int codePoint) {
    return cmap.getGlyphId(codePoint) != 0;
  }

  /** Advance width in thousandths of the font size. */
  float advance(int codePoint) {
    return widths.computeIfAbsent(codePoint, c -> {
      try {
        return font.getStringWidth(new String(Character.toChars(c)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
