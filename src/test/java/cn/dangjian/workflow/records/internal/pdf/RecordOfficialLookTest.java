package cn.dangjian.workflow.records.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.workflow.records.RecordContent;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What makes a record look like an official document: the Ming body face, the seal as signature, exact hashes. */
class RecordOfficialLookTest {

  static final String HASH = "ff00ffa1" + "b2c3d4e5f60718293a4b5c6d7e8f90ff" + "ffffeeffdd00cc11";

  static RecordPdfFactory factory;
  static byte[] signed;

  @BeforeAll
  static void produce() {
    factory = TestPki.pdfFactory(new ChineseFontProvider(1), null);
    signed = factory.produce(SampleRecords.resolution(), SampleRecords.stamp(2, HASH), SampleRecords.provenance());
  }

  @Test
  void bodyIsSetInTheMingFaceAndTitlesInTheSansFace() throws IOException {
    try (PDDocument document = Loader.loadPDF(signed)) {
      List<String> fonts = new ArrayList<>();
      PDResources resources = document.getPage(0).getResources();
      for (COSName name : resources.getFontNames()) {
        fonts.add(resources.getFont(name).getName());
      }
      assertThat(fonts).anyMatch(f -> f.endsWith("+" + ChineseFontProvider.SERIF_FACE))
          .anyMatch(f -> f.endsWith("+NotoSansSC-Regular"));
      assertThat(resources.getFontNames()).allMatch(n -> {
        try {
          return resources.getFont(n).isEmbedded();
        } catch (IOException e) {
          return false;
        }
      });
    }
  }

  @Test
  void sealIsTheAppearanceOfTheSignedFieldOnTheLastPage() throws IOException {
    try (PDDocument document = Loader.loadPDF(signed)) {
      List<PDSignatureField> fields = new ArrayList<>();
      for (PDField field : document.getDocumentCatalog().getAcroForm(null).getFieldTree()) {
        if (field instanceof PDSignatureField signature) {
          fields.add(signature);
        }
      }
      assertThat(fields).hasSize(1);
      PDSignatureField field = fields.get(0);
      assertThat(field.getSignature()).as("the seal's field carries the PAdES signature").isNotNull();
      assertThat(field.getSignature().getSubFilter()).isEqualTo("ETSI.CAdES.detached");
      PDAnnotationWidget widget = field.getWidgets().get(0);
      PDRectangle rect = widget.getRectangle();
      assertThat(rect.getWidth()).isCloseTo(OfficialSeal.DIAMETER, org.assertj.core.data.Offset.offset(0.5f));
      assertThat(rect.getHeight()).isPositive();
      assertThat(widget.isPrinted()).isTrue();
      PDAppearanceStream seal = widget.getAppearance().getNormalAppearance().getAppearanceStream();
      assertThat(seal).isNotNull();
      assertThat(seal.getBBox().getWidth()).isPositive();
      String drawing = new String(seal.getContents().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
      assertThat(drawing).as("ring, star and name").contains(" c\n").contains("f\n").contains("Tj");
      assertThat(seal.getResources().getFontNames()).isNotEmpty();

      PDPage last = document.getPage(document.getNumberOfPages() - 1);
      List<PDAnnotation> annotations = last.getAnnotations();
      assertThat(annotations).anyMatch(a -> a.getCOSObject() == widget.getCOSObject());
      assertThat(rect.getLowerLeftY()).isGreaterThan(0);
      assertThat(rect.getUpperRightX()).isLessThan(last.getMediaBox().getWidth());
      for (int p = 0; p < document.getNumberOfPages() - 1; p++) {
        assertThat(document.getPage(p).getAnnotations()).isEmpty();
      }
    }
  }

  @Test
  void printedHashExtractsExactlyWithoutLigatures() throws IOException {
    List<List<String>> rows = List.of(List.of("1", "入党申请书", "2026-11-20", HASH));
    RecordContent index = new RecordContent(TestPki.ORGANISATION, "归档目录", null,
        List.of(new RecordContent.Table(List.of("序号", "文书", "日期", "SHA-256 摘要"), rows),
            new RecordContent.Paragraph("摘要 " + HASH + " 已核对。")), LocalDate.of(2026, 11, 20), Map.of());
    byte[] pdf = factory.produce(index, SampleRecords.stamp(2, HASH), SampleRecords.provenance());
    try (PDDocument document = Loader.loadPDF(pdf)) {
      RawText raw = new RawText();
      String text = raw.getText(document);
      assertThat(text.replaceAll("\\s", "")).contains(HASH, "前件SHA-256" + HASH, "摘要" + HASH + "已核对");
      assertThat(raw.glyphs.toString()).as("no glyph stands for two letters").doesNotContain("ﬀ", "ﬁ", "ﬂ");
      assertThat(raw.glyphs.toString().replaceAll("\\s", "")).contains(HASH);
    }
  }

  /** Text as the glyphs' own Unicode values, before PDFTextStripper folds ligatures back into letters. */
  static final class RawText extends PDFTextStripper {

    final StringBuilder glyphs = new StringBuilder();

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
      positions.forEach(p -> glyphs.append(p.getUnicode()));
      glyphs.append('\n');
      super.writeString(text, positions);
    }
  }
}
