package cn.dangjian.workflow.supervision;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reporter store: a real-name reporter's identity, encrypted at rest ({@link ReporterCipher}), under an opaque
 * reference ({@code reporterRef}) that is all the case carries. An identity is deposited when the report arrives
 * (its own transaction, before the engine sees the report), attached to its case in the starting transaction, and
 * revealed only through {@link ReporterReads}. A deposit whose start failed is never attached and is purged.
 */
@Component
public class ReporterVault {

  static final Duration UNATTACHED_KEPT = Duration.ofDays(1);

  private final JdbcTemplate jdbc;
  private final ReporterCipher cipher;
  private final ObjectMapper json;
  private final TransactionTemplate separately;

  ReporterVault(JdbcTemplate jdbc, ReporterCipher cipher, ObjectMapper json, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.cipher = cipher;
    this.json = json;
    this.separately = new TransactionTemplate(transactions);
    this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Seals and stores an identity, committed at once; returns its opaque reference. */
  public String deposit(ReporterIdentity identity) {
    String ref = UUID.randomUUID().toString();
    ReporterCipher.Sealed sealed = cipher.seal(write(identity), ref);
    Instant now = Instant.now();
    separately.executeWithoutResult(status -> {
      jdbc.update("insert into dj_reporter (reporter_ref, nonce, ciphertext, key_alias, deposited_at)"
          + " values (?, ?, ?, ?, ?)", ref, sealed.nonce(), sealed.ciphertext(), cipher.alias(), Timestamp.from(now));
      purgeUnattached(now);
    });
    return ref;
  }

  /**
   * Attaches a deposit to the case being started, in the starting transaction (rolled back with it). Only an
   * unattached deposit can be attached: a reference taken from another case is refused.
   */
  public boolean attach(String ref, String caseNumber, String processInstanceId, String commissionCode) {
    return jdbc.update("update dj_reporter set case_number = ?, process_instance_id = ?, commission_code = ?"
        + " where reporter_ref = ? and case_number is null", caseNumber, processInstanceId, commissionCode, ref) == 1;
  }

  /** The identity of a case's reporter, decrypted; empty for an anonymous report. */
  Optional<ReporterIdentity> reveal(String caseNumber) {
    return jdbc.query("select reporter_ref, nonce, ciphertext from dj_reporter where case_number = ?",
            (rs, n) -> new Row(rs.getString(1), new ReporterCipher.Sealed(rs.getString(2), rs.getString(3))), caseNumber)
        .stream().findFirst().map(row -> read(cipher.open(row.sealed(), row.ref())));
  }

  private record Row(String ref, ReporterCipher.Sealed sealed) {}

  /** The 纪委 whose leadership reads the log of a case's reporter reads. */
  Optional<String> commissionOf(String caseNumber) {
    return jdbc.queryForList("select commission_code from dj_reporter where case_number = ?", String.class, caseNumber)
        .stream().findFirst();
  }

  /** Removes deposits never attached to a case (their start failed) after {@link #UNATTACHED_KEPT}. */
  public int purgeUnattached(Instant now) {
    return jdbc.update("delete from dj_reporter where case_number is null and deposited_at < ?",
        Timestamp.from(now.minus(UNATTACHED_KEPT)));
  }

  private String write(ReporterIdentity identity) {
    try {
      return json.writeValueAsString(identity);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("举报人信息无法保存", e);
    }
  }

  private ReporterIdentity read(String text) {
    try {
      return json.readValue(text, ReporterIdentity.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("举报人信息无法读取", e);
    }
  }
}
