package cn.dangjian.workflow.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** Records made by process steps: stored once, in the job's transaction, chained; dossier export and verification. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class RecordWriterProcessTest {

  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired RecordStore store;
  @Autowired RecordIssuer issuer;
  @Autowired ProbeRecordTemplate probe;
  @Autowired RecordTemplates templates;
  @Autowired DossierService dossiers;
  @Autowired DossierVerifier verifier;
  @Autowired JdbcTemplate jdbc;
  @Autowired RecordDocuments documents;

  @Test
  void processStepStoresSignedRecordAndIndexInOneChain() {
    String key = uniqueKey();
    ProcessInstance instance = start(key, Map.of("applicantName", "王喆"));
    executeJob(instance, "Task_WriteReceipt");
    executeJob(instance, "Task_WriteDossierIndex");

    List<StoredRecord> records = store.dossier(key);
    assertThat(records).extracting(StoredRecord::recordType).containsExactly(ProbeRecordTemplate.TYPE, PlainDossierIndex.TYPE);
    StoredRecord receipt = records.get(0);
    assertThat(receipt.step()).isEqualTo("Task_WriteReceipt");
    assertThat(receipt.processInstanceId()).isEqualTo(instance.getId());
    assertThat(receipt.processDefinitionKey()).isEqualTo("TestRecordsProbe");
    assertThat(receipt.title()).isEqualTo("入党申请受理回执");
    assertThat(receipt.author()).isEqualTo("system");
    assertThat(receipt.signerFingerprint()).isEqualTo(documents.signerFingerprint());
    assertThat(receipt.sha256()).isEqualTo(RecordIssuer.sha256(store.pdf(receipt.id()).orElseThrow()));
    assertThat(receipt.previousSha256()).isNull();
    assertThat(records.get(1).previousSha256()).isEqualTo(receipt.sha256());
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(verifier.verify(key).intact()).isTrue();
  }

  @Test
  void recordIdIsHandedToTheProcess() {
    ProcessInstance instance = start(uniqueKey(), Map.of("applicantName", "李明", "failAfterReceipt", true));
    assertThatThrownBy(() -> executeJob(instance, "Task_WriteReceipt")).hasMessageContaining("通知服务暂不可用");
    runtime.setVariable(instance.getId(), "failAfterReceipt", false);
    executeJob(instance, "Task_WriteReceipt");
    Object id = runtime.getVariable(instance.getId(), "receiptRecordId");
    assertThat(store.find(String.valueOf(id))).isPresent();
  }

  @Test
  void rolledBackJobLeavesNoRecordAndRetryCreatesExactlyOne() {
    String key = uniqueKey();
    ProcessInstance instance = start(key, Map.of("applicantName", "王喆", "failAfterReceipt", true));
    assertThatThrownBy(() -> executeJob(instance, "Task_WriteReceipt")).hasMessageContaining("通知服务暂不可用");
    assertThat(store.dossier(key)).as("the failed job's transaction took the record with it").isEmpty();

    runtime.setVariable(instance.getId(), "failAfterReceipt", false);
    executeJob(instance, "Task_WriteReceipt");
    assertThat(store.dossier(key)).hasSize(1);
  }

  @Test
  void failedRecordJobGivesItsDocumentNumberBackAndTheRetryTakesIt() throws Exception {
    String key = uniqueKey();
    String organisation = "T-" + UUID.randomUUID().toString().substring(0, 8);
    ProcessInstance instance = start(key, Map.of("applicantName", "王喆", "failAfterReceipt", true,
        "numberedBy", organisation));
    assertThatThrownBy(() -> executeJob(instance, "Task_WriteReceipt")).hasMessageContaining("通知服务暂不可用");
    assertThatThrownBy(() -> executeJob(instance, "Task_WriteReceipt")).hasMessageContaining("通知服务暂不可用");
    runtime.setVariable(instance.getId(), "failAfterReceipt", false);
    executeJob(instance, "Task_WriteReceipt");

    StoredRecord receipt = store.dossier(key).get(0);
    try (PDDocument document = Loader.loadPDF(store.pdf(receipt.id()).orElseThrow())) {
      assertThat(new PDFTextStripper().getText(document).replaceAll("\\s", "")).contains("第一支〔2026〕1号");
    }
    assertThat(jdbc.queryForObject("SELECT last_number FROM dj_document_sequence WHERE organisation_code = ?",
        Integer.class, organisation)).as("two failed attempts burnt no number").isEqualTo(1);
  }

  @Test
  void retriedJobCreatesNoDuplicate() {
    String key = uniqueKey();
    ProcessInstance instance = start(key, Map.of("applicantName", "王喆"));
    executeJob(instance, "Task_WriteReceipt");
    StoredRecord first = store.dossier(key).get(0);

    // the same step again, as a re-run job or a second node would: the existing record is returned
    RecordSource again = new RecordSource(ProbeRecordTemplate.TYPE, key, instance.getId(), "TestRecordsProbe",
        "Task_WriteReceipt", Instant.now(), "system", Map.of("applicantName", "王喆"));
    assertThat(issuer.issue(again, probe).id()).isEqualTo(first.id());
    // and even without looking first, the unique key refuses a second row
    assertThat(issuer.tryAppend(again, probe, store.head(key))).isEmpty();
    assertThat(store.dossier(key)).hasSize(1);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dj_record WHERE process_instance_id = ? AND step = ?",
        Integer.class, instance.getId(), "Task_WriteReceipt")).isEqualTo(1);
  }

  @Test
  void failingTemplateEndsAsIncidentWithReadableMessageAndCompletesAfterFix() {
    String key = uniqueKey();
    ProcessInstance instance = start(key, Map.of());
    Job job = job(instance, "Task_WriteReceipt");
    assertThat(job.getRetries()).isEqualTo(3);
    for (int attempt = 0; attempt < 3; attempt++) {
      assertThatThrownBy(() -> management.executeJob(job.getId())).isInstanceOf(RecordDataException.class);
    }
    Incident incident = runtime.createIncidentQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(incident).isNotNull();
    assertThat(incident.getActivityId()).isEqualTo("Task_WriteReceipt");
    assertThat(incident.getIncidentMessage()).contains("无法生成文书 test.receipt").contains("缺少数据项 applicantName");
    assertThat(store.dossier(key)).isEmpty();

    runtime.setVariable(instance.getId(), "applicantName", "王喆");
    management.setJobRetries(job.getId(), 1);
    management.executeJob(job.getId());
    assertThat(runtime.createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(store.dossier(key)).hasSize(1);
  }

  @Test
  void removedRecordBreaksChain() {
    String key = dossierWithRecords(3);
    List<StoredRecord> records = store.dossier(key);
    assertThat(verifier.verify(key).intact()).isTrue();
    jdbc.update("DELETE FROM dj_record WHERE id = ?", records.get(1).id());

    DossierVerification result = verifier.verify(key);
    assertThat(result.intact()).isFalse();
    assertThat(result.firstBrokenLink().position()).isEqualTo(3);
    assertThat(result.firstBrokenLink().recordId()).isEqualTo(records.get(2).id());
    assertThat(result.firstBrokenLink().problem()).contains("第 2 件").contains("缺失");
  }

  @Test
  void removedLastRecordBreaksChain() {
    String key = dossierWithRecords(3);
    List<StoredRecord> records = store.dossier(key);
    jdbc.update("DELETE FROM dj_record WHERE id = ?", records.get(2).id());

    DossierVerification result = verifier.verify(key);
    assertThat(result.intact()).isFalse();
    assertThat(result.firstBrokenLink().position()).isEqualTo(3);
    assertThat(result.firstBrokenLink().problem()).contains("缺失");
  }

  @Test
  void alteredRecordBreaksChain() {
    String key = dossierWithRecords(3);
    StoredRecord second = store.dossier(key).get(1);
    byte[] pdf = store.pdf(second.id()).orElseThrow();
    pdf[pdf.length / 2] ^= 0x01;
    jdbc.update("UPDATE dj_record SET pdf = ? WHERE id = ?", pdf, second.id());

    DossierVerification result = verifier.verify(key);
    assertThat(result.intact()).isFalse();
    assertThat(result.firstBrokenLink().position()).isEqualTo(2);
    assertThat(result.records().get(1).hashMatches()).isFalse();
    assertThat(result.records().get(1).signatureValid()).isFalse();
    assertThat(result.records().get(2).ok()).isTrue();
  }

  @Test
  void replacedRecordWithReRegisteredHashStillBreaksChain() {
    String key = dossierWithRecords(3);
    List<StoredRecord> records = store.dossier(key);
    // someone swaps record 2 for another validly signed file and fixes its registered hash
    StoredRecord other = store.dossier(dossierWithRecords(2)).get(1);
    byte[] foreign = store.pdf(other.id()).orElseThrow();
    jdbc.update("UPDATE dj_record SET pdf = ?, sha256 = ? WHERE id = ?", foreign, RecordIssuer.sha256(foreign),
        records.get(1).id());

    DossierVerification result = verifier.verify(key);
    assertThat(result.intact()).isFalse();
    assertThat(result.firstBrokenLink().position()).isEqualTo(2);
    assertThat(result.firstBrokenLink().problem()).contains("链信息");
  }

  @Test
  void concurrentWritersKeepTheChainLinear() throws Exception {
    String key = uniqueKey();
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Callable<StoredRecord>> writers = new ArrayList<>();
      for (int i = 0; i < 9; i++) {
        String step = "Task_Concurrent_" + i;
        writers.add(() -> issuer.issue(source(key, "pi-" + key, step), probe));
      }
      List<Future<StoredRecord>> done = pool.invokeAll(writers);
      for (Future<StoredRecord> future : done) {
        future.get();
      }
    } finally {
      pool.shutdownNow();
    }
    List<StoredRecord> records = store.dossier(key);
    assertThat(records).extracting(StoredRecord::chainPosition).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
    assertThat(verifier.verify(key).intact()).isTrue();
  }

  @Test
  void closedDossierExportsTheIndexItsProcessWroteAndExportingWritesNothing() throws Exception {
    String key = uniqueKey();
    closedDossier(key);
    List<StoredRecord> before = store.dossier(key);
    assertThat(before).extracting(StoredRecord::recordType).containsExactly(ProbeRecordTemplate.TYPE, PlainDossierIndex.TYPE);
    StoredRecord receipt = before.get(0);
    StoredRecord index = before.get(1);

    Map<String, byte[]> entries = export(key);
    export(key);
    assertThat(store.dossier(key)).as("two exports later").isEqualTo(before);
    assertThat(entries).containsOnlyKeys("manifest.json", "index.pdf", DossierService.fileName(receipt),
        DossierService.fileName(index));
    assertThat(RecordIssuer.sha256(entries.get("index.pdf"))).isEqualTo(index.sha256());
    var manifest = RecordJson.read(entries.get("manifest.json"));
    assertThat(manifest.path("closed").asBoolean()).isTrue();
    assertThat(manifest.path("index").path("id").asText()).isEqualTo(index.id());
    assertThat(manifest.path("index").path("type").asText()).isEqualTo(PlainDossierIndex.TYPE);
    assertThat(manifest.path("index").path("sha256").asText()).isEqualTo(index.sha256());
    assertThat(manifest.path("recordCount").asInt()).isEqualTo(2);
    assertThat(manifest.path("records")).hasSize(2);
    assertThat(manifest.path("records").get(1).path("previousSha256").asText()).isEqualTo(receipt.sha256());
    assertThat(manifest.path("chain").path("intact").asBoolean()).isTrue();
    java.nio.file.Files.write(java.nio.file.Path.of("target/sample-dossier-index.pdf"), entries.get("index.pdf"));
    String indexText = text(entries.get("index.pdf")).replaceAll("\\s", "");
    assertThat(indexText).contains("归档目录").contains(receipt.sha256()).contains("（本目录）");
  }

  @Test
  void openDossierExportsWithoutIndexAndGainsNothing() throws Exception {
    String key = dossierWithRecords(2);
    List<StoredRecord> before = store.dossier(key);

    Map<String, byte[]> entries = export(key);
    export(key);
    assertThat(store.dossier(key)).as("two exports later").isEqualTo(before);
    assertThat(entries).containsOnlyKeys("manifest.json", DossierService.fileName(before.get(0)),
        DossierService.fileName(before.get(1)));
    var manifest = RecordJson.read(entries.get("manifest.json"));
    assertThat(manifest.path("closed").asBoolean()).isFalse();
    assertThat(manifest.path("index").isNull()).isTrue();
    assertThat(manifest.path("records")).hasSize(2);
    assertThat(manifest.path("chain").path("intact").asBoolean()).isTrue();
  }

  @Test
  void closedDossierRefusesFurtherRecordsButItsIndexStepStaysIdempotent() {
    String key = uniqueKey();
    ProcessInstance instance = closedDossier(key);
    List<StoredRecord> closed = store.dossier(key);
    StoredRecord index = closed.get(1);

    RecordSource late = new RecordSource(ProbeRecordTemplate.TYPE, key, instance.getId(), "TestRecordsProbe",
        "Task_Late", Instant.now(), "system", Map.of("applicantName", "王喆"));
    assertThatThrownBy(() -> issuer.issue(late, probe)).isInstanceOf(DossierClosedException.class)
        .hasMessageContaining("案卷 " + key + " 已归档（归档目录已编制），不能再增加文书");
    RecordSource secondIndex = new RecordSource(PlainDossierIndex.TYPE, key, "pi-" + key, "TestRecordsProbe",
        "Task_WriteDossierIndex", Instant.now(), "auditor", Map.of());
    assertThatThrownBy(() -> issuer.issue(secondIndex, templates.get(PlainDossierIndex.TYPE)))
        .isInstanceOf(DossierClosedException.class);

    RecordSource sameStep = new RecordSource(PlainDossierIndex.TYPE, key, instance.getId(), "TestRecordsProbe",
        "Task_WriteDossierIndex", Instant.now(), "system", Map.of());
    assertThat(issuer.issue(sameStep, templates.get(PlainDossierIndex.TYPE)).id()).isEqualTo(index.id());
    assertThat(store.dossier(key)).isEqualTo(closed);
  }

  @Test
  void recordJobForAClosedDossierEndsAsIncident() {
    String key = uniqueKey();
    closedDossier(key);
    List<StoredRecord> closed = store.dossier(key);

    ProcessInstance latecomer = start(key, Map.of("applicantName", "王喆"));
    Job job = job(latecomer, "Task_WriteReceipt");
    for (int attempt = 0; attempt < 3; attempt++) {
      assertThatThrownBy(() -> management.executeJob(job.getId())).isInstanceOf(DossierClosedException.class);
    }
    Incident incident = runtime.createIncidentQuery().processInstanceId(latecomer.getId()).singleResult();
    assertThat(incident).isNotNull();
    assertThat(incident.getIncidentMessage()).contains("案卷 " + key + " 已归档");
    assertThat(store.dossier(key)).isEqualTo(closed);
  }

  @Test
  void warmStoredRecordTakesMilliseconds() {
    String key = uniqueKey();
    for (int i = 0; i < 5; i++) {
      issuer.issue(source(key, "pi-" + key, "Task_Warmup_" + i), probe);
    }
    int runs = 20;
    long start = System.nanoTime();
    for (int i = 0; i < runs; i++) {
      issuer.issue(source(key, "pi-" + key, "Task_Measured_" + i), probe);
    }
    double millis = (System.nanoTime() - start) / 1e6 / runs;
    System.out.printf("Warm stored record (compose, render, PDF/A-3b, PAdES, chain, insert): %.1f ms%n", millis);
    assertThat(millis).isLessThan(500);
    assertThat(store.dossier(key)).hasSize(25);
  }

  /** A dossier of the probe process: its receipt, then the index its last step writes. */
  private ProcessInstance closedDossier(String key) {
    ProcessInstance instance = start(key, Map.of("applicantName", "王喆"));
    executeJob(instance, "Task_WriteReceipt");
    executeJob(instance, "Task_WriteDossierIndex");
    return instance;
  }

  private Map<String, byte[]> export(String key) throws Exception {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    dossiers.export(key, "auditor", out);
    Map<String, byte[]> entries = new HashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
      for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
        entries.put(entry.getName(), zip.readAllBytes());
      }
    }
    return entries;
  }

  private static String text(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  private String dossierWithRecords(int count) {
    String key = uniqueKey();
    for (int i = 1; i <= count; i++) {
      issuer.issue(source(key, "pi-" + key, "Task_Write_" + i), probe);
    }
    return key;
  }

  private static RecordSource source(String key, String processInstanceId, String step) {
    return new RecordSource(ProbeRecordTemplate.TYPE, key, processInstanceId, "TestRecordsProbe", step, Instant.now(),
        "b1-secretary", Map.of("applicantName", "王喆"));
  }

  private ProcessInstance start(String key, Map<String, Object> variables) {
    return runtime.startProcessInstanceByKey("TestRecordsProbe", key, new HashMap<>(variables));
  }

  private Job job(ProcessInstance instance, String activityId) {
    return management.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).singleResult();
  }

  private void executeJob(ProcessInstance instance, String activityId) {
    Job job = job(instance, activityId);
    assertThat(job).as("job before " + activityId).isNotNull();
    management.executeJob(job.getId());
  }

  static String uniqueKey() {
    return "DJ-TEST-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
