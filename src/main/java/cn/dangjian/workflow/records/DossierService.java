package cn.dangjian.workflow.records;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Service;

/**
 * 一案一档: all records of one case. Exports the dossier as a ZIP: every PDF and {@code manifest.json}
 * (records, hashes, chain, verification); a closed dossier (its newest record is its index, 归档目录)
 * also as {@code index.pdf}. Reading never writes: an open dossier is exported as it stands, without an
 * index, and the manifest says it is open.
 */
@Service
public class DossierService {

  private final RecordStore store;
  private final RecordTemplates templates;
  private final DossierVerifier verifier;

  public DossierService(RecordStore store, RecordTemplates templates, DossierVerifier verifier) {
    this.store = store;
    this.templates = templates;
    this.verifier = verifier;
  }

  /** The newest dossiers; with a search term those whose key (case number) or subject contains it. */
  public List<DossierSummary> list(String search, int limit) {
    return store.dossiers(search, limit);
  }

  /** The records of a dossier in chain order; 404 when there are none. */
  public List<StoredRecord> records(String dossierKey) {
    List<StoredRecord> records = store.dossier(dossierKey);
    if (records.isEmpty()) {
      throw new NoSuchDossierException(dossierKey);
    }
    return records;
  }

  /** Whether the dossier has its index (归档目录): then it takes no further record. */
  public boolean isClosed(String dossierKey) {
    return templates.isDossierIndex(store.head(dossierKey).recordType());
  }

  /** Writes the dossier ZIP; with {@code index.pdf} when the dossier is closed. */
  public void export(String dossierKey, String author, OutputStream target) throws IOException {
    List<StoredRecord> records = records(dossierKey);
    StoredRecord head = records.get(records.size() - 1);
    StoredRecord index = templates.isDossierIndex(head.recordType()) ? head : null;
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
    if (index != null) {
      zip.putNextEntry(new ZipEntry("index.pdf"));
      zip.write(store.pdf(index.id()).orElseThrow());
      zip.closeEntry();
    }

    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("dossierKey", dossierKey);
    manifest.put("businessKey", records.get(0).businessKey());
    manifest.put("exportedAt", Instant.now());
    manifest.put("exportedBy", author);
    manifest.put("recordCount", records.size());
    manifest.put("closed", index != null);
    manifest.put("index", index == null ? null
        : Map.of("id", index.id(), "type", index.recordType(), "sha256", index.sha256(), "file", "index.pdf"));
    Map<String, Object> chain = new LinkedHashMap<>();
    chain.put("algorithm", "SHA-256");
    chain.put("headSha256", records.get(records.size() - 1).sha256());
    chain.put("intact", verification.intact());
    chain.put("firstBrokenLink", verification.firstBrokenLink());
    manifest.put("chain", chain);
    manifest.put("records", manifestRecords);
    zip.putNextEntry(new ZipEntry("manifest.json"));
    zip.write(RecordJson.write(manifest));
    zip.closeEntry();
    zip.finish();
  }

  static String fileName(StoredRecord record) {
    return String.format("records/%03d-%s-%s.pdf", record.chainPosition(),
        record.recordType().replaceAll("[^A-Za-z0-9._-]", "_"), record.id());
  }
}
