package cn.dangjian.workflow.records.internal.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;

/**
 * Font files from the classpath, prepared for PDFBox. Their glyph substitution table ({@code GSUB}) is hidden
 * from PDFBox: with it, PDFBox replaces Latin letter pairs by ligature glyphs when showing text (Noto Sans SC's
 * "ff" → "ﬀ"), so a printed hash would extract as something else than what was printed. Chinese text in
 * horizontal lines needs no substitution, and the embedded subsets never contain the table anyway.
 */
final class FontFiles {

  private static final int TRUETYPE_COLLECTION = 0x74746366; // "ttcf"
  private static final int GSUB = 0x47535542; // "GSUB"
  private static final int HIDDEN = 0x78535542; // "xSUB": a table no reader knows

  private FontFiles() {}

  /** The file's bytes with every face's {@code GSUB} table renamed out of sight. */
  static byte[] read(String resource) {
    try (InputStream in = FontFiles.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Font " + resource + " is missing from the classpath");
      }
      return withoutGlyphSubstitution(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read font " + resource, e);
    }
  }

  static byte[] withoutGlyphSubstitution(byte[] file) {
    ByteBuffer bytes = ByteBuffer.wrap(file);
    if (bytes.getInt(0) == TRUETYPE_COLLECTION) {
      int faces = bytes.getInt(8);
      for (int i = 0; i < faces; i++) {
        hideGlyphSubstitution(bytes, bytes.getInt(12 + 4 * i));
      }
    } else {
      hideGlyphSubstitution(bytes, 0);
    }
    return file;
  }

  /** Renames the {@code GSUB} entry of the table directory at {@code offset} (one face of the file). */
  private static void hideGlyphSubstitution(ByteBuffer bytes, int offset) {
    int tables = Short.toUnsignedInt(bytes.getShort(offset + 4));
    for (int i = 0; i < tables; i++) {
      int entry = offset + 12 + 16 * i;
      if (bytes.getInt(entry) == GSUB) {
        bytes.putInt(entry, HIDDEN);
      }
    }
  }
}
