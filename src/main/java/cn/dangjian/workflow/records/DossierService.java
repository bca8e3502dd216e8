package cn.dangjian.workflow.records;

import cn.dangjian.workflow.config.NotFoundException;
import cn.dangjian.workflow.records.RecordStore.ChainHead;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 一案一档: all records of one case. Keeps the dossier's index (归档目录) current and exports the
 * dossier as a ZIP: every PDF, {@code manifest.json} (records, hashes, chain, verification) and the
 * index ({@code index.pdf}).
 */
@Service
public class DossierService {

  static final int MAX_ATTEMPTS = 8;

  private final RecordStore store;
  private final RecordIssuer issuer;
  private final DossierIndexTemplate indexTemplate;
  private final DossierVerifier verifier;

  private final TransactionTemplate transaction;

  public DossierService(RecordStore store, RecordIssuer issuer, DossierIndexTemplate indexTemplate,
      DossierVerifier verifier, PlatformTransactionManager transactions) {
    this.transaction = new TransactionTemplate(transactions);
    this.store = store;
    this.issuer = issuer;
    this.indexTemplate = indexTemplate;
    this.verifier = verifier;
  }

  public List<DossierSummary> list(int limit) {
    return store.dossiers(limit);
  }

  /** The records of a dossier in chain order; 404 when there are none. */
  public List<StoredRecord> records(String dossierKey) {
    List<StoredRecord> records = store.dossier(dossierKey);
    if (records.isEmpty()) {
      throw new NotFoundException("案卷不存在：" + dossierKey);
    }
    return records;
  }

  /**
   * The index record covering every record of the dossier: the newest record if it is an index,
   * otherwise a new index appended to the chain (once, even when two callers ask at the same time).
   */
  public StoredRecord currentIndex(String dossierKey, String author) {
    return transaction.execute(status -> currentIndexLocked(dossierKey, author));
  }

  private StoredRecord currentIndexLocked(String dossierKey, String author) {
    if (store.head(dossierKey).position() == 0) {
      throw new NotFoundException("案卷不存在：" + dossierKey);
    }
    store.lockDossier(dossierKey);
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      ChainHead head = store.head(dossierKey);
      if (head.position() == 0) {
        throw new NotFoundException("案卷不存在：" + dossierKey);
      }
      if (DossierIndexTemplate.TYPE.equals(head.recordType())) {
        return store.find(head.id()).orElseThrow();
      }
      StoredRecord last = store.find(head.id()).orElseThrow();
      RecordSource source = new RecordSource(DossierIndexTemplate.TYPE, last.businessKey(),
          last.businessKey() == null ? last.processInstanceId() : null, null,
          "dossier-index-" + (head.position() + 1), ClockUtil.getCurrentTime().toInstant(), author, Map.of());
      Optional<StoredRecord> index = issuer.tryAppend(source, indexTemplate, head);
      if (index.isPresent()) {
        return index.get();
      }
    }
    throw new IllegalStateException("案卷 " + dossierKey + " 正在频繁写入，暂未能编制归档目录，请稍后重试");
  }

  /** Writes the dossier ZIP (after making sure its index is current). */
  public void export(String dossierKey, String author, OutputStream target) throws IOException {
    StoredRecord index = currentIndex(dossierKey, author);
    List<StoredRecord> records = records(dossierKey);
    DossierVerification verification = verifier.verify(dossierKey);
    ZipOutputStream zip = new ZipOutputStream(target);
    List<Map<String, Object>> manifestRecords = new ArrayList<>();
    for (StoredRecord record : records) {
      String file = fileName(record);
      zip.putNextEntry(new ZipEntry(file));
      zip.write(store.pdf(record.id()).orElseThrow());
      zip.closeEntry();
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("position", record.chainPosition());
      item.put("id", record.id());
      item.put("type", record.recordType());
      item.put("title", record.title());
      item.put("businessKey", record.businessKey());
      item.put("processInstanceId", record.processInstanceId());
      item.put("processDefinitionKey", record.processDefinitionKey());
      item.put("step", record.step());
      item.put("createdAt", record.createdAt());
      item.put("author", record.author());
      item.put("signerCertificateSha256", record.signerFingerprint());
      item.put("sha256", record.sha256());
      item.put("previousSha256", record.previousSha256());
      item.put("file", file);
      manifestRecords.add(item);
    }
    zip.putNextEntry(new ZipEntry("index.pdf"));
    zip.write(store.pdf(index.id()).orElseThrow());
    zip.closeEntry();

    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("dossierKey", dossierKey);
    manifest.put("businessKey", records.get(0).businessKey());
    manifest.put("exportedAt", Instant.now());
    manifest.put("exportedBy", author);
    manifest.put("recordCount", records.size());
    manifest.put("index", Map.of("id", index.id(), "sha256", index.sha256(), "file", "index.pdf"));
    Map<String, Object> chain = new LinkedHashMap<>();
    chain.put("algorithm", "SHA-256");
    chain.put("headSha256", records.get(records.size() - 1).sha256());
    chain.put("intact", verification.intact());
    chain.put("firstBrokenLink", verification.firstBrokenLink());
    manifest.put("chain", chain);
    manifest.put("records", manifestRecords);
    zip.putNextEntry(new ZipEntry("manifest.json"));
    zip.write(RecordPdfFactory.ATTACHMENT_JSON.writeValueAsBytes(manifest));
    zip.closeEntry();
    zip.finish();
  }

  static String fileName(StoredRecord record) {
    return String.format("records/%03d-%s-%s.pdf", record.chainPosition(),
        record.recordType().replaceAll("[^A-Za-z0-9._-]", "_"), record.id());
  }
}
