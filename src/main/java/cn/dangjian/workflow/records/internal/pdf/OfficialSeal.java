package cn.dangjian.workflow.records.internal.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.util.Matrix;

/**
 * 印章: the issuing organisation's red round seal — a ring, a five-pointed star and the organisation's name along
 * the upper arc, drawn as vector graphics with the embedded body font — as the appearance of the record's
 * signature field. The field is added unsigned, with its widget over the organisation's name and date at the
 * sign-off; {@link PadesPdfSigner} signs that very field, so the seal is the visible side of the signature.
 * Opaque strokes and fills only: no transparency in a PDF/A file.
 */
final class OfficialSeal {

  static final float DIAMETER = 40 * RecordRenderer.MM;
  static final float STAR_RADIUS = 13;
  static final String FIELD_NAME = "seal";
  private static final float RING_WIDTH = 3.2f;
  private static final float MAX_TEXT_SIZE = 17;
  private static final float SMALL_TEXT_SIZE = 8;
  private static final float MIN_TEXT_SIZE = 5;
  private static final double MAX_SPAN = Math.toRadians(200);
  private static final double LONG_NAME_SPAN = Math.toRadians(320);
  /** Bézier control distance for a quarter circle. */
  private static final float KAPPA = 0.5523f;

  private OfficialSeal() {}

  /** Adds the (unsigned) signature field whose widget shows the seal centred at ({@code x}, {@code y}). */
  static PDSignatureField place(PDDocument document, PDPage page, Typeface face, String organisation, float x,
      float y) throws IOException {
    PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
    if (form == null) {
      form = new PDAcroForm(document);
      document.getDocumentCatalog().setAcroForm(form);
    }
    PDSignatureField field = new PDSignatureField(form);
    field.setPartialName(FIELD_NAME);
    PDAnnotationWidget widget = field.getWidgets().get(0);
    widget.setRectangle(new PDRectangle(x - DIAMETER / 2, y - DIAMETER / 2, DIAMETER, DIAMETER));
    widget.setPage(page);
    widget.setPrinted(true);
    PDAppearanceDictionary appearance = new PDAppearanceDictionary();
    appearance.setNormalAppearance(appearance(document, face, organisation));
    widget.setAppearance(appearance);
    List<PDAnnotation> annotations = new ArrayList<>(page.getAnnotations());
    annotations.add(widget);
    page.setAnnotations(annotations);
    List<org.apache.pdfbox.pdmodel.interactive.form.PDField> fields = new ArrayList<>(form.getFields());
    fields.add(field);
    form.setFields(fields);
    return field;
  }

  /** The seal drawn in a square of {@link #DIAMETER}. */
  static PDAppearanceStream appearance(PDDocument document, Typeface face, String organisation) throws IOException {
    PDAppearanceStream stream = new PDAppearanceStream(document);
    stream.setBBox(new PDRectangle(DIAMETER, DIAMETER));
    stream.setResources(new PDResources());
    float c = DIAMETER / 2;
    try (PDPageContentStream seal = new PDPageContentStream(document, stream)) {
      seal.setStrokingColor(0.86f, 0.08f, 0.08f);
      seal.setNonStrokingColor(0.86f, 0.08f, 0.08f);
      seal.setLineWidth(RING_WIDTH);
      circle(seal, c, c, c - RING_WIDTH);
      seal.stroke();
      star(seal, c, c, STAR_RADIUS);
      seal.fill();
      arcText(seal, face, face.printable(organisation).strip(), c, c - RING_WIDTH * 2 - 2);
    }
    return stream;
  }

  private static void circle(PDPageContentStream s, float cx, float cy, float r) throws IOException {
    float k = r * KAPPA;
    s.moveTo(cx + r, cy);
    s.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
    s.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
    s.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
    s.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
    s.closePath();
  }

  /** A five-pointed star, point up. */
  private static void star(PDPageContentStream s, float cx, float cy, float r) throws IOException {
    float inner = r * 0.382f;
    for (int i = 0; i < 10; i++) {
      double angle = Math.PI / 2 + i * Math.PI / 5;
      float radius = i % 2 == 0 ? r : inner;
      float x = cx + (float) (radius * Math.cos(angle));
      float y = cy + (float) (radius * Math.sin(angle));
      if (i == 0) {
        s.moveTo(x, y);
      } else {
        s.lineTo(x, y);
      }
    }
    s.closePath();
  }

  /**
   * The name clockwise along the upper arc, each character upright towards the rim and centred on its angle;
   * the type shrinks until the name fits in {@link #MAX_SPAN}, a very long name runs further round.
   */
  private static void arcText(PDPageContentStream s, Typeface face, String name, float c, float rim)
      throws IOException {
    int[] chars = name.codePoints().toArray();
    if (chars.length == 0) {
      return;
    }
    float size = MAX_TEXT_SIZE;
    double span = MAX_SPAN;
    double step = 0;
    for (int attempt = 0; attempt < 40; attempt++) {
      float baseline = rim - size * 0.88f;
      step = Math.min(size * 1.6 / baseline, span / chars.length);
      if (size * 1.1 / baseline <= step || (size <= MIN_TEXT_SIZE && span >= LONG_NAME_SPAN)) {
        break;
      }
      if (size <= SMALL_TEXT_SIZE && span < LONG_NAME_SPAN) {
        span = LONG_NAME_SPAN; // a very long name runs further round the ring rather than shrink further
      } else {
        size = Math.max(MIN_TEXT_SIZE, size * 0.92f);
      }
    }
    float baseline = rim - size * 0.88f;
    double first = Math.PI / 2 + step * (chars.length - 1) / 2;
    for (int i = 0; i < chars.length; i++) {
      String ch = new String(Character.toChars(chars[i]));
      double angle = first - i * step;
      double turn = angle - Math.PI / 2;
      float cos = (float) Math.cos(turn);
      float sin = (float) Math.sin(turn);
      float half = face.width(ch, size) / 2;
      float x = c + baseline * (float) Math.cos(angle) - half * cos;
      float y = c + baseline * (float) Math.sin(angle) - half * sin;
      s.beginText();
      s.setTextMatrix(new Matrix(cos, sin, -sin, cos, x, y));
      for (Typeface.Run run : face.runs(ch)) {
        s.setFont(run.font(), size);
        s.showText(run.text());
      }
      s.endText();
    }
  }
}
