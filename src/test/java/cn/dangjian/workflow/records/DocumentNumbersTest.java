package cn.dangjian.workflow.records;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.workflow.records.RecordContent.Field;
import cn.dangjian.workflow.records.RecordContent.Fields;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** 发文字号: one sequence per organisation, document type and year; one number per issuing step, none burnt. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ActiveProfiles({"test", "demo"})
class DocumentNumbersTest {

  static final String TYPE = "test.numbered-notice";

  @Autowired DocumentNumbers numbers;
  @Autowired RecordIssuer issuer;
  @Autowired RecordStore store;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void numbersAreSequentialPerOrganisationTypeAndYearAndDistinctAcrossOrganisations() {
    String a = uniqueOrganisation();
    String b = uniqueOrganisation();
    String pi = "pi-" + UUID.randomUUID();
    assertThat(numbers.assign(numbering(a, TYPE, 2031), source(pi, "Step1"))).isEqualTo("一支〔2031〕1号");
    assertThat(numbers.assign(numbering(a, TYPE, 2031), source(pi, "Step2"))).isEqualTo("一支〔2031〕2号");
    assertThat(numbers.assign(numbering(a, TYPE, 2031), source(pi, "Step3"))).isEqualTo("一支〔2031〕3号");
    assertThat(numbers.assign(numbering(b, TYPE, 2031), source(pi, "Step4"))).as("another organisation")
        .isEqualTo("一支〔2031〕1号");
    assertThat(numbers.assign(numbering(a, "test.other", 2031), source(pi, "Step5"))).as("another type")
        .isEqualTo("一支〔2031〕1号");
    assertThat(numbers.assign(numbering(a, TYPE, 2032), source(pi, "Step6"))).as("another year")
        .isEqualTo("一支〔2032〕1号");
    assertThat(numbers.assign(numbering(a, TYPE, 2031), source(pi, "Step7"))).isEqualTo("一支〔2031〕4号");
  }

  @Test
  void aStepAskingAgainKeepsItsNumber() {
    String organisation = uniqueOrganisation();
    String pi = "pi-" + UUID.randomUUID();
    String first = numbers.assign(numbering(organisation, TYPE, 2031), source(pi, "Task_Notice"));
    assertThat(numbers.assign(numbering(organisation, TYPE, 2031), source(pi, "Task_Notice"))).isEqualTo(first);
    assertThat(numbers.assign(numbering(organisation, TYPE, 2031), source(pi, "Task_Next"))).isEqualTo("一支〔2031〕2号");
  }

  @Test
  void aRetriedJobKeepsItsNumberWithoutAGap() {
    String organisation = uniqueOrganisation();
    String pi = "pi-" + UUID.randomUUID();
    TransactionTemplate job = new TransactionTemplate(transactions);
    String failed = job.execute(status -> {
      String number = numbers.assign(numbering(organisation, TYPE, 2031), source(pi, "Task_Notice"));
      status.setRollbackOnly();
      return number;
    });
    String retried = job.execute(status -> numbers.assign(numbering(organisation, TYPE, 2031), source(pi, "Task_Notice")));
    assertThat(failed).isEqualTo("一支〔2031〕1号");
    assertThat(retried).as("the retried job takes the number again, no gap").isEqualTo(failed);
  }

  @Test
  void concurrentWritersGetDistinctConsecutiveNumbers() throws Exception {
    String organisation = uniqueOrganisation();
    String pi = "pi-" + UUID.randomUUID();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<String>> writers = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        String step = "Task_" + i;
        writers.add(() -> new TransactionTemplate(transactions).execute(
            status -> numbers.assign(numbering(organisation, TYPE, 2031), source(pi, step))));
      }
      List<String> assigned = new ArrayList<>();
      for (Future<String> f : pool.invokeAll(writers)) {
        assigned.add(f.get());
      }
      List<String> expected = new ArrayList<>();
      for (int n = 1; n <= 12; n++) {
        expected.add("一支〔2031〕" + n + "号");
      }
      assertThat(assigned).containsExactlyInAnyOrderElementsOf(expected);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void anIssuedRecordPrintsItsNumberAndKeepsItWhenItsStepRunsAgain() throws Exception {
    String organisation = uniqueOrganisation();
    String key = "DN-" + UUID.randomUUID();
    RecordTemplate template = new NumberedNotice(organisation);
    StoredRecord first = issuer.issue(source(key, "pi-" + key, "Task_Notice"), template);
    StoredRecord again = issuer.issue(source(key, "pi-" + key, "Task_Notice"), template);
    StoredRecord second = issuer.issue(source(key, "pi-" + key, "Task_SecondNotice"), template);
    assertThat(again.id()).isEqualTo(first.id());
    assertThat(text(first)).contains("一支〔2031〕1号", "案件编号" + key);
    assertThat(text(second)).contains("一支〔2031〕2号");
  }

  private String text(StoredRecord record) throws Exception {
    try (PDDocument document = Loader.loadPDF(store.pdf(record.id()).orElseThrow())) {
      return new PDFTextStripper().getText(document).replaceAll("\\s", "");
    }
  }

  private static DocumentNumbering numbering(String organisation, String type, int year) {
    return new DocumentNumbering(organisation, "一支", type, year);
  }

  private static String uniqueOrganisation() {
    return "T-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static RecordSource source(String pi, String step) {
    return source(null, pi, step);
  }

  private static RecordSource source(String key, String pi, String step) {
    return new RecordSource(TYPE, key, pi, "TestRecordsProbe", step, Instant.parse("2031-03-02T02:00:00Z"),
        "b1-secretary", Map.of());
  }

  /** A notice numbered in the organisation's sequence, with the case number as a reference field. */
  private record NumberedNotice(String organisation) implements RecordTemplate {

    @Override
    public String recordType() {
      return TYPE;
    }

    @Override
    public RecordContent compose(RecordSource source) {
      return new RecordContent("第一党支部", "通知", null,
          List.of(new Fields(List.of(new Field("案件编号", source.businessKey())))), LocalDate.of(2031, 3, 2),
          Map.of(), new DocumentNumbering(organisation, "一支", TYPE, 2031));
    }
  }
}
