package cn.dangjian.workflow.casework;

import cn.dangjian.workflow.engine.EngineContext;
import cn.dangjian.workflow.engine.ProcessInstanceEnded;
import cn.dangjian.workflow.web.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The guarantee behind "one open case per subject" ({@link CaseIntake#requireNoOpenCase}): table
 * {@code dj_open_case_subject} holds the subject of every running case, unique per family and subject, written in the
 * starting transaction and deleted in the transaction that ends the process instance ({@link ProcessInstanceEnded}).
 * Two starts at once for the same person — two nodes on one database — cannot both commit: the second insert fails on
 * the primary key (PostgreSQL makes it wait for the first to commit) and is refused naming the case that holds the
 * subject. The query check stays in front of it for the friendly message; the subject is stored as a SHA-256 digest.
 */
@Component
public class OpenCaseSubjects {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate separately;

  public OpenCaseSubjects(DataSource dataSource, PlatformTransactionManager transactions) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.separately = new TransactionTemplate(transactions);
    this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.separately.setReadOnly(true);
  }

  /**
   * Holds {@code subject} of {@code family} for the starting process instance, in the current transaction; refuses
   * with {@code field} when another case holds it.
   *
   * @param refusal the sentence of the refusal, given the number of the case that holds the subject
   */
  public void hold(String family, String subject, String processInstanceId, String field,
      java.util.function.Function<String, String> refusal) {
    String digest = digest(subject);
    try {
      jdbc.update("insert into dj_open_case_subject (case_family, subject_digest, process_instance_id, opened_at)"
          + " values (?, ?, ?, ?)", family, digest, processInstanceId, Timestamp.from(EngineContext.now().toInstant()));
    } catch (DataIntegrityViolationException | PessimisticLockingFailureException held) {
      // the failed statement may have aborted this transaction (PostgreSQL): read the holder in another one
      String holder = separately.execute(status -> holder(family, digest)).orElse("（另一个正在同时登记的案件）");
      throw new InvalidInputException(field, refusal.apply(holder));
    }
  }

  /** Gives the held subjects of the instance its case number, once the case has one. */
  public void number(String processInstanceId, String caseNumber) {
    jdbc.update("update dj_open_case_subject set case_number = ? where process_instance_id = ?", caseNumber,
        processInstanceId);
  }

  /** The case number (or, before it has one, the process instance) holding {@code subject} of {@code family}. */
  public Optional<String> holderOf(String family, String subject) {
    return holder(family, digest(subject));
  }

  private Optional<String> holder(String family, String digest) {
    List<String> found = jdbc.query("select coalesce(case_number, process_instance_id) from dj_open_case_subject"
        + " where case_family = ? and subject_digest = ?", (rs, row) -> rs.getString(1), family, digest);
    return found.stream().findFirst();
  }

  /** A case that ended (completed, withdrawn, deleted) no longer holds its subjects. */
  @EventListener
  public void release(ProcessInstanceEnded ended) {
    jdbc.update("delete from dj_open_case_subject where process_instance_id = ?", ended.processInstanceId());
  }

  private static String digest(String subject) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(subject.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
