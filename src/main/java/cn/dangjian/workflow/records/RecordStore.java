package cn.dangjian.workflow.records;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records in table {@code dj_record}, in the engine's database and transaction (the same DataSource
 * and Spring transaction manager the engine uses, so a rolled-back job leaves no record).
 *
 * <p>Duplicates are prevented by unique keys, not by looking first: {@code (process_instance_id, step,
 * record_type)} for idempotent writes and {@code (dossier_key, chain_position)} for the hash chain. An
 * insert runs in a savepoint (nested transaction) so that a key violation does not poison the engine's
 * transaction on PostgreSQL.
 */
@Repository
public class RecordStore {

  static final String COLUMNS = "id, record_type, title, business_key, dossier_key, process_instance_id, "
      + "process_definition_key, step, created_at, author, signer_fingerprint, sha256, previous_sha256, chain_position";

  private static final RowMapper<StoredRecord> ROW = RecordStore::map;

  private final JdbcTemplate jdbc;
  private final TransactionTemplate savepoint;

  public RecordStore(DataSource dataSource, PlatformTransactionManager transactions) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /** The last record of a dossier, if any. */
  public record ChainHead(int position, String sha256, String recordType, String id) {

    static final ChainHead EMPTY = new ChainHead(0, null, null, null);
  }

  /**
   * Makes sure the dossier exists and locks it until the current transaction ends, so that writers to
   * one dossier take turns (a second writer waits instead of rendering for a place it will lose).
   * Without a surrounding transaction the lock would end at once; callers run in one.
   */
  public void lockDossier(String dossierKey) {
    Integer exists = jdbc.queryForObject("SELECT COUNT(*) FROM dj_dossier WHERE dossier_key = ?", Integer.class,
        dossierKey);
    if (exists == null || exists == 0) {
      try {
        savepoint.executeWithoutResult(status -> jdbc.update(
            "INSERT INTO dj_dossier (dossier_key, created_at) VALUES (?, ?)", dossierKey,
            OffsetDateTime.now(ZoneOffset.UTC)));
      } catch (DuplicateKeyException e) {
        // another writer created it first
      }
    }
    jdbc.queryForList("SELECT dossier_key FROM dj_dossier WHERE dossier_key = ? FOR UPDATE", String.class, dossierKey);
  }

  public ChainHead head(String dossierKey) {
    List<ChainHead> heads = jdbc.query(
        "SELECT chain_position, sha256, record_type, id FROM dj_record WHERE dossier_key = ? "
            + "ORDER BY chain_position DESC FETCH FIRST 1 ROWS ONLY",
        (rs, n) -> new ChainHead(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4)), dossierKey);
    return heads.isEmpty() ? ChainHead.EMPTY : heads.get(0);
  }

  /**
   * Inserts a record and moves its dossier's head to it; a dossier without a subject yet takes {@code subject} (the
   * person or matter the record's case header names, may be null). Throws {@link DataIntegrityViolationException} (or
   * a concurrency failure) when a unique key is taken; the caller's transaction stays usable.
   */
  public void insert(StoredRecord record, String subject, byte[] pdf) {
    savepoint.executeWithoutResult(status -> {
      jdbc.update(
          "INSERT INTO dj_record (" + COLUMNS + ", pdf) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          record.id(), record.recordType(), record.title(), record.businessKey(), record.dossierKey(),
          record.processInstanceId(), record.processDefinitionKey(), record.step(),
          OffsetDateTime.ofInstant(record.createdAt(), ZoneOffset.UTC), record.author(), record.signerFingerprint(),
          record.sha256(), record.previousSha256(), record.chainPosition(), pdf);
      jdbc.update("UPDATE dj_dossier SET head_position = ?, head_sha256 = ?, subject = COALESCE(subject, ?) "
          + "WHERE dossier_key = ? AND head_position < ?", record.chainPosition(), record.sha256(),
          dossierSubject(subject), record.dossierKey(), record.chainPosition());
    });
  }

  private static String dossierSubject(String subject) {
    if (subject == null || subject.isBlank()) {
      return null;
    }
    String name = subject.strip();
    return name.length() > 200 ? name.substring(0, 200) : name;
  }

  /** The newest record registered for the dossier (position 0 when unknown). */
  public ChainHead registeredHead(String dossierKey) {
    List<ChainHead> heads = jdbc.query("SELECT head_position, head_sha256 FROM dj_dossier WHERE dossier_key = ?",
        (rs, n) -> new ChainHead(rs.getInt(1), rs.getString(2), null, null), dossierKey);
    return heads.isEmpty() ? ChainHead.EMPTY : heads.get(0);
  }

  public Optional<StoredRecord> find(String id) {
    return jdbc.query("SELECT " + COLUMNS + " FROM dj_record WHERE id = ?", ROW, id).stream().findFirst();
  }

  public Optional<StoredRecord> findByStep(String processInstanceId, String step, String recordType) {
    if (processInstanceId == null) {
      return Optional.empty();
    }
    return jdbc.query("SELECT " + COLUMNS + " FROM dj_record WHERE process_instance_id = ? AND step = ? "
        + "AND record_type = ?", ROW, processInstanceId, step, recordType).stream().findFirst();
  }

  public Optional<byte[]> pdf(String id) {
    return jdbc.query("SELECT pdf FROM dj_record WHERE id = ?", (rs, n) -> rs.getBytes(1), id).stream().findFirst();
  }

  public List<StoredRecord> byBusinessKey(String businessKey) {
    return jdbc.query("SELECT " + COLUMNS + " FROM dj_record WHERE business_key = ? ORDER BY chain_position",
        ROW, businessKey);
  }

  public List<StoredRecord> byProcessInstance(String processInstanceId) {
    return jdbc.query("SELECT " + COLUMNS + " FROM dj_record WHERE process_instance_id = ? "
        + "ORDER BY created_at, chain_position", ROW, processInstanceId);
  }

  /** All records of a dossier in chain order. */
  public List<StoredRecord> dossier(String dossierKey) {
    return jdbc.query("SELECT " + COLUMNS + " FROM dj_record WHERE dossier_key = ? ORDER BY chain_position",
        ROW, dossierKey);
  }

  /** One line per dossier, most recently changed first. */
  /** The newest dossiers first; with a search term only those whose key or subject contains it. */
  public List<DossierSummary> dossiers(String search, int limit) {
    boolean searching = search != null && !search.isBlank();
    String sql = "SELECT r.dossier_key, r.business_key, d.subject, c.records, r.title, r.created_at FROM dj_record r "
        + "JOIN (SELECT dossier_key, COUNT(*) AS records, MAX(chain_position) AS head FROM dj_record "
        + "GROUP BY dossier_key) c ON c.dossier_key = r.dossier_key AND c.head = r.chain_position "
        + "JOIN dj_dossier d ON d.dossier_key = r.dossier_key "
        + (searching ? "WHERE UPPER(r.dossier_key) LIKE ? ESCAPE '!' OR d.subject LIKE ? ESCAPE '!' " : "")
        + "ORDER BY r.created_at DESC, r.dossier_key FETCH FIRST " + limit + " ROWS ONLY";
    RowMapper<DossierSummary> row = (rs, n) -> new DossierSummary(rs.getString(1), rs.getString(2),
        rs.getString(3), rs.getInt(4), rs.getString(5), instant(rs, 6));
    if (!searching) {
      return jdbc.query(sql, row);
    }
    String pattern = "%" + search.strip().replaceAll("[!%_]", "!$0") + "%";
    return jdbc.query(sql, row, pattern.toUpperCase(java.util.Locale.ROOT), pattern);
  }

  private static StoredRecord map(ResultSet rs, int row) throws SQLException {
    return new StoredRecord(rs.getString("id"), rs.getString("record_type"), rs.getString("title"),
        rs.getString("business_key"), rs.getString("dossier_key"), rs.getString("process_instance_id"),
        rs.getString("process_definition_key"), rs.getString("step"), instant(rs, rs.findColumn("created_at")),
        rs.getString("author"), rs.getString("signer_fingerprint"), rs.getString("sha256"),
        rs.getString("previous_sha256"), rs.getInt("chain_position"));
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

}
