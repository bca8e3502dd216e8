package cn.dangjian.workflow.records.internal.pdf;

import cn.dangjian.workflow.records.RecordContent;
import cn.dangjian.workflow.records.RecordContent.Block;
import cn.dangjian.workflow.records.RecordContent.Field;
import cn.dangjian.workflow.records.RecordContent.Fields;
import cn.dangjian.workflow.records.RecordContent.Heading;
import cn.dangjian.workflow.records.RecordContent.Paragraph;
import cn.dangjian.workflow.records.RecordContent.Table;
import cn.dangjian.workflow.records.RecordStamp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.springframework.stereotype.Component;

/**
 * Lays a {@link RecordContent} out on A4 pages after the conventions of official documents (GB/T 9704
 * in spirit): the issuing organisation in red over a red rule, the document number (文号), the title,
 * the body (paragraphs indented two characters, headings, ruled tables that continue across pages with
 * their header repeated), the issuing organisation and the date under its seal ({@link OfficialSeal}), and
 * "第 N 页 共 M 页" on every page. The body is set in a Ming face, the organisation, title and headings in a sans
 * face ({@link RecordFonts}).
 *
 * <p>Text is drawn with the embedded Chinese fonts directly, so that it extracts exactly as written.
 */
@Component
class RecordRenderer {

  static final float MM = 72f / 25.4f;
  static final PDRectangle PAGE = PDRectangle.A4;
  static final float LEFT = 28 * MM;
  static final float RIGHT = PAGE.getWidth() - 26 * MM;
  static final float TOP = PAGE.getHeight() - 30 * MM;
  static final float BOTTOM = 30 * MM;
  static final float WIDTH = RIGHT - LEFT;

  static final float ORGANISATION_SIZE = 24;
  static final float TITLE_SIZE = 20;
  static final float BODY_SIZE = 15;
  static final float BODY_LEADING = 27;
  static final float TABLE_SIZE = 11;
  static final float TABLE_LEADING = 16;
  static final float CELL_PADDING = 4;
  static final float SMALL_SIZE = 8;
  /** How far the seal's centre is above the baseline of the organisation's name at the sign-off. */
  static final float SEAL_RISE = 24;
  /** From the last line of the body to the baseline of the organisation's name: room for the seal. */
  static final float SEAL_SPACE = 4 * BODY_LEADING;

  /** Draws the record into an empty document. */
  public void render(PDDocument document, RecordFonts fonts, RecordContent content, RecordStamp stamp) {
    try {
      Layout layout = new Layout(document, fonts);
      layout.header(content);
      for (Block block : content.blocks()) {
        if (block instanceof Paragraph p) {
          layout.paragraph(p.text());
        } else if (block instanceof Heading h) {
          layout.heading(h.text());
        } else if (block instanceof Fields f) {
          layout.fields(f.fields());
        } else if (block instanceof Table t) {
          layout.table(t.headers(), t.rows());
        }
      }
      List<String> note = layout.archiveNote(stamp);
      layout.signature(content.organisationName(), content.issueDate(), note.size());
      layout.archiveNote(note);
      layout.finish();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot draw the record", e);
    }
  }

  /** 2026年11月25日 */
  static String chineseDate(LocalDate date) {
    return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
  }

  /** One document being laid out: a cursor that moves down the page and opens new pages as needed. */
  private static final class Layout {

    private final PDDocument document;
    private final Typeface body;
    private final Typeface display;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream stream;
    private float y;

    Layout(PDDocument document, RecordFonts fonts) throws IOException {
      this.document = document;
      this.body = fonts.body();
      this.display = fonts.display();
      newPage();
    }

    void header(RecordContent content) throws IOException {
      String organisation = display.printable(content.organisationName());
      float size = Math.min(ORGANISATION_SIZE, WIDTH / Math.max(1f, display.width(organisation, 1)));
      y -= size;
      color(0.80f, 0.05f, 0.05f);
      text(display, organisation, centre(display, organisation, size), y, size);
      y -= 10;
      if (content.documentNumber() != null && !content.documentNumber().isBlank()) {
        color(0, 0, 0);
        String number = body.printable(content.documentNumber());
        y -= BODY_SIZE + 4;
        text(body, number, centre(body, number, BODY_SIZE), y, BODY_SIZE);
        y -= 8;
      }
      stream.setStrokingColor(0.80f, 0.05f, 0.05f);
      stream.setLineWidth(1.5f);
      line(LEFT, y, RIGHT, y);
      stream.setStrokingColor(0f, 0f, 0f);
      color(0, 0, 0);
      y -= 16;
      for (String line : display.wrap(display.printable(content.title()), TITLE_SIZE, WIDTH)) {
        y -= TITLE_SIZE + 8;
        text(display, line, centre(display, line, TITLE_SIZE), y, TITLE_SIZE);
      }
      y -= 14;
    }

    void paragraph(String text) throws IOException {
      float indent = 2 * BODY_SIZE;
      String printable = body.printable(text);
      for (String part : printable.split("\n", -1)) {
        // first line indented by two characters: wrap as if two ideographic spaces led it
        List<String> lines = body.wrap("\u3000\u3000" + part, BODY_SIZE, WIDTH);
        for (int i = 0; i < lines.size(); i++) {
          ensure(BODY_LEADING);
          y -= BODY_LEADING;
          String line = lines.get(i);
          if (i == 0 && line.startsWith("\u3000\u3000")) {
            text(body, line.substring(2), LEFT + indent, y + (BODY_LEADING - BODY_SIZE) / 2, BODY_SIZE);
          } else {
            text(body, line, LEFT, y + (BODY_LEADING - BODY_SIZE) / 2, BODY_SIZE);
          }
        }
      }
    }

    void heading(String text) throws IOException {
      List<String> lines = display.wrap(display.printable(text), BODY_SIZE + 1, WIDTH);
      // keep a heading with at least one line of what follows
      ensure(BODY_LEADING * (lines.size() + 1) + 6);
      y -= 6;
      for (String line : lines) {
        y -= BODY_LEADING;
        text(display, line, LEFT, y + (BODY_LEADING - BODY_SIZE) / 2, BODY_SIZE + 1);
      }
    }

    void fields(List<Field> fields) throws IOException {
      List<List<String>> rows = fields.stream().map(f -> List.of(f.label(), f.value() == null ? "" : f.value()))
          .toList();
      float[] widths = {WIDTH * 0.28f, WIDTH * 0.72f};
      y -= 6;
      for (List<String> row : rows) {
        row(row, widths, null);
      }
      y -= 10;
    }

    void table(List<String> headers, List<List<String>> rows) throws IOException {
      int columns = headers == null ? 0 : headers.size();
      if (columns == 0) {
        return;
      }
      float[] widths = columnWidths(headers, rows);
      y -= 6;
      List<String> header = headers.stream().map(body::printable).toList();
      ensure(rowHeight(header, widths) * 2);
      row(header, widths, null, true);
      for (List<String> row : rows) {
        List<String> cells = new ArrayList<>(columns);
        for (int c = 0; c < columns; c++) {
          cells.add(c < row.size() && row.get(c) != null ? row.get(c) : "");
        }
        row(cells, widths, header);
      }
      y -= 10;
    }

    private void row(List<String> cells, float[] widths, List<String> repeatHeader) throws IOException {
      row(cells, widths, repeatHeader, false);
    }

    /** One ruled row; continues on the next page (header repeated) when it does not fit. */
    private void row(List<String> cells, float[] widths, List<String> repeatHeader, boolean shaded)
        throws IOException {
      List<List<String>> lines = new ArrayList<>();
      int height = 1;
      for (int c = 0; c < cells.size(); c++) {
        List<String> wrapped = body.wrap(body.printable(cells.get(c)), TABLE_SIZE, widths[c] - 2 * CELL_PADDING);
        lines.add(wrapped);
        height = Math.max(height, wrapped.size());
      }
      int drawn = 0;
      while (drawn < height) {
        int fit = (int) ((y - BOTTOM - 2 * CELL_PADDING) / TABLE_LEADING);
        boolean wholeRowFits = fit >= height - drawn;
        if (fit < 1 || (!wholeRowFits && drawn == 0 && height <= linesPerPage())) {
          newPage();
          if (repeatHeader != null) {
            row(repeatHeader, widths, null, true);
          }
          continue;
        }
        int chunk = Math.min(fit, height - drawn);
        float rowHeight = chunk * TABLE_LEADING + 2 * CELL_PADDING;
        if (shaded) {
          stream.setNonStrokingColor(0.92f, 0.92f, 0.92f);
          stream.addRect(LEFT, y - rowHeight, sum(widths), rowHeight);
          stream.fill();
          color(0, 0, 0);
        }
        float x = LEFT;
        for (int c = 0; c < cells.size(); c++) {
          List<String> cellLines = lines.get(c);
          for (int l = drawn; l < Math.min(cellLines.size(), drawn + chunk); l++) {
            float baseline = y - CELL_PADDING - (l - drawn + 1) * TABLE_LEADING + (TABLE_LEADING - TABLE_SIZE) / 2 + 1;
            text(body, cellLines.get(l), x + CELL_PADDING, baseline, TABLE_SIZE);
          }
          stream.setLineWidth(0.6f);
          stream.addRect(x, y - rowHeight, widths[c], rowHeight);
          stream.stroke();
          x += widths[c];
        }
        y -= rowHeight;
        drawn += chunk;
      }
    }

    private float rowHeight(List<String> cells, float[] widths) {
      int height = 1;
      for (int c = 0; c < cells.size(); c++) {
        height = Math.max(height, body.wrap(cells.get(c), TABLE_SIZE, widths[c] - 2 * CELL_PADDING).size());
      }
      return height * TABLE_LEADING + 2 * CELL_PADDING;
    }

    private int linesPerPage() {
      return (int) ((TOP - BOTTOM - 2 * CELL_PADDING) / TABLE_LEADING) - 3;
    }

    /**
     * Columns as wide as their content wants (capped at 60 % of the text width). When they do not all
     * fit, narrow columns keep their width and the wide ones share what is left (water-filling).
     */
    private float[] columnWidths(List<String> headers, List<List<String>> rows) {
      int columns = headers.size();
      float[] want = new float[columns];
      for (int c = 0; c < columns; c++) {
        want[c] = body.width(body.printable(headers.get(c)), TABLE_SIZE);
        for (List<String> row : rows) {
          if (c < row.size() && row.get(c) != null) {
            want[c] = Math.max(want[c], body.width(body.printable(row.get(c)), TABLE_SIZE));
          }
        }
        want[c] = Math.max(Math.min(want[c], WIDTH * 0.6f), 2 * TABLE_SIZE) + 2 * CELL_PADDING + 1;
      }
      float total = sum(want);
      float[] widths = new float[columns];
      if (total <= WIDTH) {
        for (int c = 0; c < columns; c++) {
          widths[c] = want[c] * WIDTH / total;
        }
        return widths;
      }
      boolean[] fixed = new boolean[columns];
      float remaining = WIDTH;
      int open = columns;
      boolean changed = true;
      while (changed && open > 0) {
        changed = false;
        float share = remaining / open;
        for (int c = 0; c < columns; c++) {
          if (!fixed[c] && want[c] <= share) {
            fixed[c] = true;
            widths[c] = want[c];
            remaining -= want[c];
            open--;
            changed = true;
          }
        }
      }
      float openWant = 0;
      for (int c = 0; c < columns; c++) {
        openWant += fixed[c] ? 0 : want[c];
      }
      for (int c = 0; c < columns; c++) {
        if (!fixed[c]) {
          widths[c] = remaining * want[c] / openWant;
        }
      }
      return widths;
    }

    /**
     * The organisation's name with the date centred under it (GB/T 9704 7.3.5.1: sealed documents date four
     * characters from the right), and the seal over both: centred on them, the name and date below its centre.
     * Kept on one page with the archive note of {@code noteLines} lines, so the seal is on the last page.
     */
    void signature(String organisation, LocalDate date, int noteLines) throws IOException {
      String name = body.printable(organisation);
      String when = RecordRenderer.chineseDate(date);
      ensure(SEAL_SPACE + BODY_LEADING + noteHeight(noteLines));
      y -= SEAL_SPACE;
      float right = RIGHT - 4 * BODY_SIZE;
      float nameWidth = body.width(name, BODY_SIZE);
      float dateWidth = body.width(when, BODY_SIZE);
      float centre = Math.max(LEFT + Math.max(nameWidth, OfficialSeal.DIAMETER) / 2,
          right - Math.max(nameWidth, dateWidth) / 2);
      text(body, name, centre - nameWidth / 2, y, BODY_SIZE);
      OfficialSeal.place(document, pages.get(pages.size() - 1), body, organisation, centre, y + SEAL_RISE);
      y -= BODY_LEADING;
      text(body, when, centre - dateWidth / 2, y, BODY_SIZE);
    }

    /** The archive note's lines: where the record sits in its dossier's chain. */
    List<String> archiveNote(RecordStamp stamp) {
      String note = "归档信息：案卷 " + stamp.dossierKey() + " 第 " + stamp.position() + " 件；文书编号 "
          + stamp.recordId() + "；前件 SHA-256 " + (stamp.previousSha256() == null ? "无（首件）" : stamp.previousSha256());
      return body.wrap(body.printable(note), SMALL_SIZE, WIDTH);
    }

    private static float noteHeight(int lines) {
      return (lines + 2) * (SMALL_SIZE + 3);
    }

    void archiveNote(List<String> lines) throws IOException {
      ensure(noteHeight(lines.size()));
      y -= 2 * (SMALL_SIZE + 3);
      color(0.35f, 0.35f, 0.35f);
      for (String line : lines) {
        y -= SMALL_SIZE + 3;
        text(body, line, LEFT, y, SMALL_SIZE);
      }
      color(0, 0, 0);
    }

    void finish() throws IOException {
      stream.close();
      int total = pages.size();
      for (int i = 0; i < total; i++) {
        try (PDPageContentStream footer = new PDPageContentStream(document, pages.get(i), AppendMode.APPEND, true)) {
          String text = "第 " + (i + 1) + " 页 共 " + total + " 页";
          footer.beginText();
          footer.newLineAtOffset(LEFT + (WIDTH - body.width(text, 10.5f)) / 2, BOTTOM - 28);
          show(footer, body, text, 10.5f);
          footer.endText();
        }
      }
    }

    private void ensure(float height) throws IOException {
      if (y - height < BOTTOM) {
        newPage();
      }
    }

    private void newPage() throws IOException {
      if (stream != null) {
        stream.close();
      }
      PDPage page = new PDPage(PAGE);
      document.addPage(page);
      pages.add(page);
      stream = new PDPageContentStream(document, page);
      y = TOP;
    }

    private float centre(Typeface face, String text, float size) {
      return LEFT + (WIDTH - face.width(text, size)) / 2;
    }

    private void text(Typeface face, String text, float x, float baseline, float size) throws IOException {
      if (text.isEmpty()) {
        return;
      }
      stream.beginText();
      stream.newLineAtOffset(x, baseline);
      show(stream, face, text, size);
      stream.endText();
    }

    /** Shows printable text in a text object, switching fonts where the typeface falls back to another face. */
    private static void show(PDPageContentStream target, Typeface face, String text, float size) throws IOException {
      for (Typeface.Run run : face.runs(text)) {
        target.setFont(run.font(), size);
        target.showText(run.text());
      }
    }

    private void line(float x1, float y1, float x2, float y2) throws IOException {
      stream.moveTo(x1, y1);
      stream.lineTo(x2, y2);
      stream.stroke();
    }

    private void color(float r, float g, float b) throws IOException {
      stream.setNonStrokingColor(r, g, b);
    }

    private static float sum(float[] values) {
      float s = 0;
      for (float v : values) {
        s += v;
      }
      return s;
    }
  }
}
