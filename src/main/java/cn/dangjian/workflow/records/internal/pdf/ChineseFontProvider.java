package cn.dangjian.workflow.records.internal.pdf;

import cn.dangjian.workflow.records.RecordsProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.springframework.stereotype.Component;

/**
 * The Simplified-Chinese TrueType font (Noto Sans SC, OFL) every record is set in. The 10 MB file is
 * read once; parsed fonts are pooled because fontbox does not promise that a {@link TrueTypeFont} is
 * thread-safe. A renderer borrows one for the life of one document (subsetting happens on save).
 */
@Component
class ChineseFontProvider {

  static final String FONT_RESOURCE = "/fonts/NotoSansSC_400Regular.ttf";

  private final byte[] fontFile;
  private final BlockingQueue<TrueTypeFont> idle;
  private final java.util.concurrent.atomic.AtomicInteger parses = new java.util.concurrent.atomic.AtomicInteger();

  @org.springframework.beans.factory.annotation.Autowired
  public ChineseFontProvider(RecordsProperties properties) {
    this(properties.fontPoolSize());
  }

  ChineseFontProvider(int poolSize) {
    try (InputStream in = ChineseFontProvider.class.getResourceAsStream(FONT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Font " + FONT_RESOURCE + " is missing from the classpath");
      }
      fontFile = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read font " + FONT_RESOURCE, e);
    }
    idle = new ArrayBlockingQueue<>(poolSize);
    idle.add(parse());
  }

  /** A parsed font for the caller's exclusive use until the lease is closed. */
  public Lease borrow() {
    TrueTypeFont font = idle.poll();
    return new Lease(font != null ? font : parse());
  }

  /** How often the font file has been parsed (once per concurrently used copy, not per document). */
  public int parseCount() {
    return parses.get();
  }

  private TrueTypeFont parse() {
    parses.incrementAndGet();
    try {
      return new TTFParser().parse(new RandomAccessReadBuffer(fontFile));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot parse font " + FONT_RESOURCE, e);
    }
  }

  /** Returns the font to the pool (or lets it go when the pool is full). */
  public final class Lease implements AutoCloseable {

    private final TrueTypeFont font;

    private Lease(TrueTypeFont font) {
      this.font = font;
    }

    public TrueTypeFont font() {
      return font;
    }

    @Override
    public void close() {
      if (!idle.offer(font)) {
        try {
          font.close();
        } catch (IOException ignored) {
          // nothing held but memory
        }
      }
    }
  }
}
