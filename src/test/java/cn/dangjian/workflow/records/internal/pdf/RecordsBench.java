package cn.dangjian.workflow.records.internal.pdf;

import cn.dangjian.workflow.bench.BenchOptions;
import cn.dangjian.workflow.bench.Measurement;
import cn.dangjian.workflow.bench.Rounds;
import cn.dangjian.workflow.records.RecordContent;
import cn.dangjian.workflow.records.RecordProvenance;
import cn.dangjian.workflow.records.RecordStamp;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.context.ApplicationContext;

/**
 * (3) Signed PDF/A-3b records per second on one core through the production path, and where the time goes:
 * font (subset set-up on the pooled, already parsed font), render, PDF/A, save, sign. Lives in
 * {@code records.internal.pdf} because the steps it times are that package's own.
 */
public final class RecordsBench {

  private RecordsBench() {}

  public static List<Measurement> run(ApplicationContext context, BenchOptions options) throws Exception {
    RecordPdfFactory factory = context.getBean(RecordPdfFactory.class);
    ChineseFontProvider fonts = context.getBean(ChineseFontProvider.class);
    RecordRenderer renderer = context.getBean(RecordRenderer.class);
    PdfArchiver archiver = context.getBean(PdfArchiver.class);
    PdfSigner signer = context.getBean(PdfSigner.class);
    RecordContent content = sampleResolution();
    RecordStamp stamp = new RecordStamp("bench-record", "C1-B1-2026-0001", 3, "0".repeat(64));
    RecordProvenance provenance = new RecordProvenance("bench.resolution", "C1-B1-2026-0001",
        "bench-instance", "memberDevelopment", "Task_BranchMeetingVote", "b1-secretary", Instant.now());
    int parsesBefore = fonts.parseCount();

    List<Double> perSecond = Rounds.throughput(options, () -> factory.produce(content, stamp, provenance));
    double[][] phases = new double[options.rounds()][];
    for (int round = 0; round < options.rounds(); round++) {
      phases[round] = breakdown(fonts, renderer, archiver, signer, content, stamp, provenance, 50);
    }
    String note = "2-page resolution with a 21-row table, one thread; font parsed " + (fonts.parseCount() - parsesBefore)
        + " more times during the run";
    List<Measurement> results = new ArrayList<>();
    results.add(new Measurement("3 records", "signed PDF/A-3b records", "-", "records/s/core", perSecond, note));
    String[] names = {"font (subset set-up)", "render", "PDF/A metadata + attachment", "save", "sign (incremental)"};
    for (int p = 0; p < names.length; p++) {
      List<Double> values = new ArrayList<>();
      for (double[] round : phases) {
        values.add(round[p]);
      }
      results.add(new Measurement("3 records", "  " + names[p], "-", "ms/record", values, "mean of 50 records"));
    }
    return results;
  }

  private static double[] breakdown(ChineseFontProvider fonts, RecordRenderer renderer, PdfArchiver archiver,
      PdfSigner signer, RecordContent content, RecordStamp stamp, RecordProvenance provenance, int samples) {
    double[] total = new double[5];
    for (int i = 0; i < samples; i++) {
      try (ChineseFontProvider.Lease font = fonts.borrow(); PDDocument document = new PDDocument()) {
        long t0 = System.nanoTime();
        RecordFonts typeface = RecordFonts.embed(document, font);
        long t1 = System.nanoTime();
        renderer.render(document, typeface, content, stamp);
        long t2 = System.nanoTime();
        Calendar created = new GregorianCalendar();
        archiver.archive(document, new PdfArchiver.Description(content.title(), content.organisationName(),
            provenance.recordType(), created), RecordPdfFactory.attachment(content, stamp, provenance));
        long t3 = System.nanoTime();
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        document.save(out);
        long t4 = System.nanoTime();
        signer.sign(out.toByteArray(), Instant.now());
        long t5 = System.nanoTime();
        total[0] += (t1 - t0) / 1e6;
        total[1] += (t2 - t1) / 1e6;
        total[2] += (t3 - t2) / 1e6;
        total[3] += (t4 - t3) / 1e6;
        total[4] += (t5 - t4) / 1e6;
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    for (int p = 0; p < total.length; p++) {
      total[p] /= samples;
    }
    return total;
  }

  private static RecordContent sampleResolution() {
    List<List<String>> rows = new ArrayList<>();
    String[] names = {"王喆", "李堃", "赵敏", "孙磊", "钱芳", "刘洋", "黄丽"};
    for (int i = 0; i < 21; i++) {
      rows.add(List.of(String.valueOf(i + 1), names[i % names.length], i % 5 == 0 ? "反对" : "赞成",
          "同意该同志作为预备党员，建议继续加强理论学习。"));
    }
    return new RecordContent("示范街道党工委第一党支部", "支部大会关于接收预备党员的决议", "第一党支部〔2026〕3号",
        List.of(new RecordContent.Heading("一、会议基本情况"),
            new RecordContent.Paragraph("2026年6月18日，第一党支部召开支部大会，讨论接收王喆同志为预备党员。"
                + "应到有表决权的正式党员7名，实到6名，超过应到人数的一半，符合规定。"),
            new RecordContent.Fields(List.of(new RecordContent.Field("应到", "7"), new RecordContent.Field("实到", "6"),
                new RecordContent.Field("赞成", "5"), new RecordContent.Field("反对", "1"),
                new RecordContent.Field("弃权", "0"))),
            new RecordContent.Heading("二、表决和发言情况"),
            new RecordContent.Table(List.of("序号", "姓名", "表决", "意见"), rows),
            new RecordContent.Paragraph("赞成票5票，超过应到会有表决权的正式党员人数的一半（7÷2=3.5），决议通过。")),
        LocalDate.of(2026, 6, 18), Map.of("voteDue", 7, "votePresent", 6, "voteFor", 5));
  }
}
