package cn.dangjian.workflow.records;

import cn.dangjian.workflow.counters.CounterTable;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Assigns 发文字号: the next number of the organisation's sequence for the document type and year
 * ({@code dj_document_sequence}, a {@link CounterTable}), recorded against the process step that issues it
 * ({@code dj_document_number}), in a short transaction of its own — the sequence row is locked for the increment
 * only, not while the record is rendered and signed, so concurrent records of one organisation and type do not queue
 * behind each other (they timed out on H2's lock under load). A step asking again — a retried job, a record made
 * again for another place in its dossier's chain, a second writer of the same step — gets the number it has, so a
 * retry burns nothing; only a step that never completes leaves its number unused.
 */
@Component
public class DocumentNumbers {

  private final JdbcTemplate jdbc;
  private final CounterTable sequences;
  private final TransactionTemplate separately;

  public DocumentNumbers(DataSource dataSource, PlatformTransactionManager transactions) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.sequences = new CounterTable(jdbc, transactions, "dj_document_sequence", "last_number",
        List.of("organisation_code", "document_type", "document_year"));
    this.separately = new TransactionTemplate(transactions);
    this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** The 文号 of the record {@code source}'s step issues (the same on every call for that step). */
  public String assign(DocumentNumbering numbering, RecordSource source) {
    if (source.processInstanceId() == null) {
      return numbering.format(next(numbering));
    }
    Optional<String> assigned = assigned(source);
    if (assigned.isPresent()) {
      return assigned.get();
    }
    try {
      return separately.execute(status -> {
        int number = next(numbering);
        String documentNumber = numbering.format(number);
        jdbc.update("INSERT INTO dj_document_number (organisation_code, document_type, document_year, "
                + "sequence_number, document_number, process_instance_id, step, record_type, assigned_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", numbering.organisationCode(), numbering.documentType(),
            numbering.year(), number, documentNumber, source.processInstanceId(), source.step(),
            source.recordType(), OffsetDateTime.now(ZoneOffset.UTC));
        return documentNumber;
      });
    } catch (DuplicateKeyException sameStepConcurrently) {
      // this transaction gave the number back; the other writer's number is the step's
      return assigned(source).orElseThrow(() -> sameStepConcurrently);
    }
  }

  private int next(DocumentNumbering numbering) {
    return sequences.next(numbering.organisationCode(), numbering.documentType(), numbering.year());
  }

  private Optional<String> assigned(RecordSource source) {
    return jdbc.queryForList("SELECT document_number FROM dj_document_number WHERE process_instance_id = ? "
            + "AND step = ? AND record_type = ?", String.class, source.processInstanceId(), source.step(),
        source.recordType()).stream().findFirst();
  }
}
