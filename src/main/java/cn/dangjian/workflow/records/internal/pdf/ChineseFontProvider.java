package cn.dangjian.workflow.records.internal.pdf;

import cn.dangjian.workflow.records.RecordsProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The two Simplified-Chinese TrueType fonts every record is set in: AR PL UMing CN (a Ming/宋体 face, Arphic
 * Public License) for the body and Noto Sans SC (OFL) for the organisation, title and headings, and for the
 * characters UMing lacks. The files are read once; parsed fonts are pooled because fontbox does not promise that
 * a {@link TrueTypeFont} is thread-safe. A renderer borrows one pair for the life of one document (subsetting
 * happens on save).
 */
@Component
class ChineseFontProvider {

  static final String SANS_RESOURCE = "/fonts/NotoSansSC_400Regular.ttf";
  static final String SERIF_RESOURCE = "/fonts/uming.ttc";
  /** The simplified-Chinese face of the collection (its PostScript name). */
  static final String SERIF_FACE = "UMingCN";

  private final byte[] sansFile;
  /** The serif collection on disk, read by each parsed copy as it needs (21 MB once, not once per copy in memory). */
  private final java.io.File serifFile;
  private final BlockingQueue<Pair> idle;
  /** At most pool-size copies exist at once: a renderer waits for one rather than parsing more (each holds ~40 MB). */
  private final java.util.concurrent.Semaphore copies;
  private final AtomicInteger parses = new AtomicInteger();

  @Autowired
  public ChineseFontProvider(RecordsProperties properties) {
    this(properties.fontPoolSize());
  }

  ChineseFontProvider(int poolSize) {
    sansFile = FontFiles.read(SANS_RESOURCE);
    serifFile = onDisk(FontFiles.read(SERIF_RESOURCE));
    idle = new ArrayBlockingQueue<>(poolSize);
    copies = new java.util.concurrent.Semaphore(poolSize, true);
    idle.add(parse());
  }

  private static java.io.File onDisk(byte[] font) {
    try {
      java.nio.file.Path file = java.nio.file.Files.createTempFile("dangjian-serif-", ".ttc");
      java.nio.file.Files.write(file, font);
      file.toFile().deleteOnExit();
      return file.toFile();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot prepare the serif font", e);
    }
  }

  /** A parsed pair of fonts for the caller's exclusive use until the lease is closed. */
  public Lease borrow() {
    copies.acquireUninterruptibly();
    try {
      Pair pair = idle.poll();
      return new Lease(pair != null ? pair : parse());
    } catch (RuntimeException e) {
      copies.release();
      throw e;
    }
  }

  /** How often the font files have been parsed (once per concurrently used copy, not per document). */
  public int parseCount() {
    return parses.get();
  }

  private Pair parse() {
    parses.incrementAndGet();
    try {
      TrueTypeFont sans = new TTFParser().parse(new RandomAccessReadBuffer(sansFile));
      TrueTypeCollection collection = new TrueTypeCollection(serifFile);
      TrueTypeFont serif = collection.getFontByName(SERIF_FACE);
      if (serif == null) {
        throw new IllegalStateException("Font " + SERIF_RESOURCE + " has no face " + SERIF_FACE);
      }
      return new Pair(sans, serif, collection);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot parse the record fonts", e);
    }
  }

  /** One parsed copy of both fonts; the collection owns the serif face's data. */
  private record Pair(TrueTypeFont sans, TrueTypeFont serif, TrueTypeCollection collection) {

    void close() {
      try {
        sans.close();
        collection.close();
      } catch (IOException ignored) {
        // nothing held but memory
      }
    }
  }

  /** Returns the fonts to the pool (or lets them go when the pool is full). */
  public final class Lease implements AutoCloseable {

    private final Pair pair;

    private Lease(Pair pair) {
      this.pair = pair;
    }

    public TrueTypeFont sans() {
      return pair.sans();
    }

    public TrueTypeFont serif() {
      return pair.serif();
    }

    @Override
    public void close() {
      if (!idle.offer(pair)) {
        pair.close();
      }
      copies.release();
    }
  }
}
