package cn.dangjian.workflow.records;

import cn.dangjian.workflow.records.RecordStore.ChainHead;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes one record: composes it with its template, gives it its 文号 ({@link DocumentNumbers}), places it at the
 * end of its dossier's hash chain, renders, archives, signs and stores it. Idempotent per process step: when the unique key
 * {@code (process instance, step, record type)} is already taken, the existing record is returned.
 * When another writer took the next place in the chain first, the record is made again for the place
 * after it (the previous hash is inside the signed file, so it cannot simply be re-numbered). A dossier
 * whose newest record is its index is closed: nothing more is appended ({@link DossierClosedException}).
 */
@Component
public class RecordIssuer {

  static final int MAX_CHAIN_ATTEMPTS = 8;
  private static final Logger log = LoggerFactory.getLogger(RecordIssuer.class);

  private final RecordStore store;
  private final RecordDocuments documents;
  private final RecordTemplates templates;
  private final TransactionTemplate transaction;
  private final ApplicationEventPublisher events;
  private final DocumentNumbers numbers;

  public RecordIssuer(RecordStore store, RecordDocuments documents, RecordTemplates templates,
      PlatformTransactionManager transactions, ApplicationEventPublisher events, DocumentNumbers numbers) {
    this.numbers = numbers;
    this.store = store;
    this.documents = documents;
    this.templates = templates;
    this.transaction = new TransactionTemplate(transactions);
    this.events = events;
  }

  /**
   * Issues the record in the caller's transaction (the engine's, for a job) or, without one, in a new
   * transaction; the dossier stays locked until that transaction ends.
   */
  public StoredRecord issue(RecordSource source, RecordTemplate template) {
    return transaction.execute(status -> issueLocked(source, template));
  }

  private StoredRecord issueLocked(RecordSource source, RecordTemplate template) {
    Optional<StoredRecord> existing =
        store.findByStep(source.processInstanceId(), source.step(), source.recordType());
    if (existing.isPresent()) {
      log.info("Record {} for step {} of {} exists already: {}", source.recordType(), source.step(),
          source.processInstanceId(), existing.get().id());
      return existing.get();
    }
    String dossierKey = StoredRecord.dossierKeyOf(source.businessKey(), source.processInstanceId());
    store.lockDossier(dossierKey);
    for (int attempt = 1; attempt <= MAX_CHAIN_ATTEMPTS; attempt++) {
      ChainHead head = store.head(dossierKey);
      if (templates.isDossierIndex(head.recordType())) {
        // the same step may have stored its record while this writer waited for the lock
        Optional<StoredRecord> sameStep =
            store.findByStep(source.processInstanceId(), source.step(), source.recordType());
        if (sameStep.isPresent()) {
          return sameStep.get();
        }
      }
      Optional<StoredRecord> made = tryAppend(source, template, head);
      if (made.isPresent()) {
        return made.get();
      }
      Optional<StoredRecord> concurrent =
          store.findByStep(source.processInstanceId(), source.step(), source.recordType());
      if (concurrent.isPresent()) {
        return concurrent.get();
      }
      backOff(attempt);
    }
    throw new IllegalStateException("案卷 " + dossierKey + " 同时写入的文书过多，文书 " + source.recordType()
        + " 暂未能登记，稍后将自动重试");
  }

  /**
   * Makes the record for the place after {@code head}; empty when that place (or the step's unique
   * key) was taken meanwhile. Refuses when {@code head} is the dossier's index.
   */
  Optional<StoredRecord> tryAppend(RecordSource source, RecordTemplate template, ChainHead head) {
    String dossierKey = StoredRecord.dossierKeyOf(source.businessKey(), source.processInstanceId());
    if (templates.isDossierIndex(head.recordType())) {
      throw new DossierClosedException(dossierKey, source.recordType());
    }
    RecordContent content = numbered(source, checked(source.recordType(), template.compose(source)));
    String id = UUID.randomUUID().toString();
    RecordStamp stamp = new RecordStamp(id, dossierKey, head.position() + 1, head.sha256());
    RecordProvenance provenance = new RecordProvenance(source.recordType(),
        source.businessKey(), source.processInstanceId(), source.processDefinitionKey(), source.step(),
        source.author(), source.createdAt());
    byte[] pdf = documents.produce(content, stamp, provenance);
    StoredRecord record = new StoredRecord(id, source.recordType(), content.title(), source.businessKey(),
        dossierKey, source.processInstanceId(), source.processDefinitionKey(), source.step(), source.createdAt(),
        source.author(), documents.signerFingerprint(), sha256(pdf), head.sha256(), stamp.position());
    try {
      store.insert(record, subjectOf(content), pdf);
      log.info("Record {} ({}) stored as {} at position {} of dossier {}", record.title(), record.recordType(),
          id, record.chainPosition(), dossierKey);
      events.publishEvent(new RecordIssued(record.id(), record.recordType(), record.businessKey(), dossierKey,
          record.processInstanceId(), record.processDefinitionKey(), record.createdAt(),
          templates.isDossierIndex(record.recordType())));
      return Optional.of(record);
    } catch (DuplicateKeyException | ConcurrencyFailureException e) {
      log.debug("Place {} of dossier {} or step {} taken meanwhile: {}", stamp.position(), dossierKey,
          source.step(), e.getMessage());
      return Optional.empty();
    }
  }

  /** A template's mistakes become a readable incident, not a NullPointerException deep in the renderer. */
  static RecordContent checked(String recordType, RecordContent content) {
    if (content == null) {
      throw new RecordDataException(recordType, "content", "文书模板没有返回内容");
    }
    if (content.title() == null || content.title().isBlank()) {
      throw new RecordDataException(recordType, "title", "文书模板没有提供标题");
    }
    if (content.title().length() > 500) {
      throw new RecordDataException(recordType, "title", "文书标题过长（超过 500 个字符）");
    }
    if (content.organisationName() == null || content.organisationName().isBlank()) {
      throw new RecordDataException(recordType, "organisationName", "文书模板没有提供发文机关");
    }
    if (content.issueDate() == null) {
      throw new RecordDataException(recordType, "issueDate", "文书模板没有提供成文日期");
    }
    if (content.blocks() == null) {
      throw new RecordDataException(recordType, "blocks", "文书模板没有提供正文");
    }
    return content;
  }

  /** The content with its 文号 taken from its sequence (the step's number if it has one already). */
  private RecordContent numbered(RecordSource source, RecordContent content) {
    return content.numbering() == null ? content : content.numbered(numbers.assign(content.numbering(), source));
  }

  private static String subjectOf(RecordContent content) {
    Object subject = content.data() == null ? null : content.data().get(Letterhead.SUBJECT);
    return subject == null ? null : subject.toString();
  }

  private static void backOff(int attempt) {
    try {
      Thread.sleep(5L * attempt + (long) (Math.random() * 10));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("文书登记被中断", e);
    }
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
