package cn.dangjian.workflow.records.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import cn.dangjian.workflow.records.RecordContent;
import cn.dangjian.workflow.records.RecordJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** The file itself: PDF/A-3b by veraPDF, exact Chinese text, layout, the JSON attachment. (Slow: veraPDF.) */
class RecordPdfArchiveTest {

  static ChineseFontProvider fonts;
  static RecordPdfFactory factory;
  static byte[] unsigned;
  static byte[] signed;

  @BeforeAll
  static void produce() {
    VeraGreenfieldFoundryProvider.initialise();
    fonts = new ChineseFontProvider(2);
    factory = TestPki.pdfFactory(fonts, null);
    unsigned = factory.unsigned(SampleRecords.resolution(), SampleRecords.stamp(2, "ab".repeat(32)),
        SampleRecords.provenance());
    signed = factory.produce(SampleRecords.resolution(), SampleRecords.stamp(2, "ab".repeat(32)),
        SampleRecords.provenance());
  }

  @Test
  void recordIsPdfA3bBeforeSigning() throws Exception {
    assertThat(pdfaFailures(unsigned)).isEmpty();
  }

  @Test
  void recordIsPdfA3bAfterSigning() throws Exception {
    assertThat(pdfaFailures(signed)).isEmpty();
    java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
    java.nio.file.Files.write(java.nio.file.Path.of("target/sample-record.pdf"), signed);
  }

  @Test
  void validatorRejectsAPlainPdf() throws Exception {
    try (PDDocument plain = new PDDocument()) {
      plain.addPage(new org.apache.pdfbox.pdmodel.PDPage());
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      plain.save(out);
      assertThat(pdfaFailures(out.toByteArray())).isNotEmpty();
    }
  }

  @Test
  void signingAppendsAnIncrementalUpdate() {
    byte[] resigned = TestPki.signer(null).sign(unsigned, java.time.Instant.now());
    assertThat(resigned.length).isGreaterThan(unsigned.length);
    // compare as a boolean: AssertJ would print both files on failure
    assertThat(java.util.Arrays.equals(resigned, 0, unsigned.length, unsigned, 0, unsigned.length))
        .as("the unsigned file is an unchanged prefix of the signed file").isTrue();
  }

  @Test
  void chineseTextExtractsExactly() throws Exception {
    String text = text(signed);
    String compact = text.replaceAll("\\s", "");
    assertThat(compact).contains(SampleRecords.TITLE, SampleRecords.FIRST_PARAGRAPH, SampleRecords.SECOND_PARAGRAPH,
        TestPki.ORGANISATION, "第一支〔2026〕7号", "2026年11月20日", "同意20票，反对0票，弃权1票");
    // no look-alike Kangxi radicals or CJK radicals supplement instead of the ideographs
    assertThat(text.codePoints().filter(cp -> cp >= 0x2E80 && cp <= 0x2FDF).count()).isZero();
  }

  @Test
  void rareCharacterInNameRendersAndExtracts() throws Exception {
    assertThat(text(signed).replaceAll("\\s", "")).contains(SampleRecords.RARE_NAME);
  }

  @Test
  void characterBeyondTheFontPrintsAsBoxAndStaysExactInTheAttachment() throws Exception {
    RecordContent content = new RecordContent(TestPki.ORGANISATION, "测试文书", null,
        List.of(new RecordContent.Paragraph("入党介绍人：吉\uD842\uDFB7祥")), java.time.LocalDate.of(2026, 1, 2),
        Map.of("sponsor", "吉\uD842\uDFB7祥"));
    byte[] pdf = factory.unsigned(content, SampleRecords.stamp(1, null), SampleRecords.provenance());
    assertThat(text(pdf).replaceAll("\\s", "")).contains("入党介绍人：吉□祥");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      JsonNode json = RecordJson.read(PdfArchiver.readAttachment(document));
      assertThat(json.path("data").path("sponsor").asText()).isEqualTo("吉\uD842\uDFB7祥");
    }
  }

  @Test
  void characterMissingFromFontPrintsAsBoxInsteadOfFailing() throws Exception {
    RecordContent content = new RecordContent(TestPki.ORGANISATION, "测试\uE000文书", null,
        List.of(new RecordContent.Paragraph("私用区字符\uE000与\uD83D\uDE00表情")), java.time.LocalDate.of(2026, 1, 2),
        Map.of());
    byte[][] holder = new byte[1][];
    assertThatCode(() -> holder[0] = factory.unsigned(content, SampleRecords.stamp(1, null),
        SampleRecords.provenance())).doesNotThrowAnyException();
    assertThat(text(holder[0]).replaceAll("\\s", "")).contains("私用区字符□与");
  }

  @Test
  void everyPageHasChinesePageFooter() throws Exception {
    try (PDDocument document = Loader.loadPDF(signed)) {
      int pages = document.getNumberOfPages();
      assertThat(pages).isGreaterThanOrEqualTo(2);
      PDFTextStripper stripper = new PDFTextStripper();
      for (int page = 1; page <= pages; page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        assertThat(stripper.getText(document)).contains("第 " + page + " 页 共 " + pages + " 页");
      }
    }
  }

  @Test
  void tableContinuesOnNextPageWithItsHeader() throws Exception {
    try (PDDocument document = Loader.loadPDF(signed)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(2);
      stripper.setEndPage(2);
      String second = stripper.getText(document);
      assertThat(second).contains("序号").contains("表决意见");
      assertThat(text(signed)).contains("梁宇");
    }
  }

  @Test
  void jsonAttachmentCarriesTheDataAndChainLink() throws Exception {
    try (PDDocument document = Loader.loadPDF(signed)) {
      JsonNode json = RecordJson.read(PdfArchiver.readAttachment(document));
      assertThat(json.path("title").asText()).isEqualTo(SampleRecords.TITLE);
      assertThat(json.path("data").path("applicant").asText()).isEqualTo("王喆");
      assertThat(json.path("data").path("votesFor").asInt()).isEqualTo(20);
      assertThat(json.path("chain").path("position").asInt()).isEqualTo(2);
      assertThat(json.path("chain").path("previousSha256").asText()).isEqualTo("ab".repeat(32));
      assertThat(document.getDocumentCatalog().getCOSObject().getCOSArray(org.apache.pdfbox.cos.COSName.AF)).isNotNull();
    }
  }

  @Test
  void awkwardContentStillMakesAValidArchive() throws Exception {
    String hash = "0123456789abcdef".repeat(4);
    String huge = "这是一段很长的发言记录，".repeat(300);
    java.util.List<java.util.List<String>> rows = new java.util.ArrayList<>();
    for (int i = 1; i <= 40; i++) {
      rows.add(java.util.Arrays.asList(String.valueOf(i), "文书" + i, null, hash));
    }
    rows.add(List.of("41", huge, "", hash));
    RecordContent content = new RecordContent(TestPki.ORGANISATION + "（这是一个特别特别长的组织名称用于测试标题缩放效果）",
        "关于一个非常非常长的标题是否能够自动换行并保持居中显示的测试文书标题", null,
        List.of(new RecordContent.Table(List.of("序号", "文书名称", "空列", "SHA-256 摘要"), rows),
            new RecordContent.Paragraph("https://example.org/" + "a".repeat(200)),
            new RecordContent.Table(List.of(), List.of()),
            new RecordContent.Fields(List.of(new RecordContent.Field("空值", null)))),
        java.time.LocalDate.of(2026, 1, 2), Map.of());
    byte[] pdf = factory.produce(content, SampleRecords.stamp(3, hash), SampleRecords.provenance());
    java.nio.file.Files.write(java.nio.file.Path.of("target/awkward-record.pdf"), pdf);
    assertThat(pdfaFailures(pdf)).isEmpty();
    String text = text(pdf).replaceAll("\\s", "");
    assertThat(text).contains(hash).contains("文书40");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isGreaterThan(3);
    }
  }

  @Test
  void fontIsParsedOncePerConcurrentUseNotPerDocument() {
    ChineseFontProvider own = new ChineseFontProvider(2);
    RecordPdfFactory sequential = TestPki.pdfFactory(own, null);
    for (int i = 0; i < 5; i++) {
      sequential.unsigned(SampleRecords.resolution(), SampleRecords.stamp(1, null), SampleRecords.provenance());
    }
    assertThat(own.parseCount()).isEqualTo(1);
    try (ChineseFontProvider.Lease a = own.borrow(); ChineseFontProvider.Lease b = own.borrow()) {
      assertThat(a.sans()).isNotSameAs(b.sans());
      assertThat(a.serif()).isNotSameAs(b.serif());
    }
    assertThat(own.parseCount()).isEqualTo(2);
    try (ChineseFontProvider.Lease a = own.borrow(); ChineseFontProvider.Lease b = own.borrow()) {
      assertThat(own.parseCount()).as("both copies came back to the pool").isEqualTo(2);
    }
  }

  @Test
  void aRendererBeyondThePoolWaitsForACopyInsteadOfParsingMore() throws Exception {
    ChineseFontProvider own = new ChineseFontProvider(2);
    ChineseFontProvider.Lease a = own.borrow();
    ChineseFontProvider.Lease b = own.borrow();
    java.util.concurrent.CompletableFuture<ChineseFontProvider.Lease> third =
        java.util.concurrent.CompletableFuture.supplyAsync(own::borrow);
    Thread.sleep(300);
    assertThat(third).as("waits while both copies are out").isNotDone();
    a.close();
    try (ChineseFontProvider.Lease c = third.get(10, java.util.concurrent.TimeUnit.SECONDS)) {
      assertThat(c.serif()).isNotNull();
    }
    b.close();
    assertThat(own.parseCount()).as("memory bounded by the pool: never more than 2 copies").isEqualTo(2);
  }

  static String text(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  static List<String> pdfaFailures(byte[] pdf) throws Exception {
    try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_3_B);
        PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_3_B, false)) {
      ValidationResult result = validator.validate(parser);
      List<String> failures = result.getTestAssertions().stream()
          .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
          .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
          .distinct().toList();
      if (result.isCompliant()) {
        assertThat(failures).isEmpty();
      }
      assertThat(result.getPDFAFlavour()).isEqualTo(PDFAFlavour.PDFA_3_B);
      return result.isCompliant() ? List.of() : failures.isEmpty() ? List.of("not compliant") : failures;
    }
  }
}
