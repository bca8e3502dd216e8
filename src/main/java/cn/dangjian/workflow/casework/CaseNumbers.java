package cn.dangjian.workflow.casework;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Readable case numbers {@code DY-C1-B1-2026-0001}: the family's prefix, the organisation, the year and a counter
 * per family, organisation and year, so two families never share a number or a dossier chain. The counter row is
 * created once in its own short transaction (so a duplicate-key race cannot poison the starting transaction on
 * PostgreSQL), then incremented in the starting transaction: concurrent starts serialise on the row lock, and a
 * start that fails rolls its number back (no gaps). Numbers issued before families existed
 * ({@code C1-B1-2026-0001}) stay as they are; member development's counters continue from them.
 */
@Component
public class CaseNumbers {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate separately;

  public CaseNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.separately = new TransactionTemplate(transactions);
    this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  public String next(CaseFamily family, String organisationCode, int year) {
    String prefix = family.numberPrefix();
    if (increment(prefix, organisationCode, year) == 0) {
      separately.executeWithoutResult(status -> {
        try {
          jdbc.update("insert into dj_case_sequence (family_prefix, branch_code, case_year, last_number)"
              + " values (?, ?, ?, 0)", prefix, organisationCode, year);
        } catch (DuplicateKeyException createdConcurrently) {
          status.setRollbackOnly();
        }
      });
      if (increment(prefix, organisationCode, year) == 0) {
        throw new IllegalStateException("无法为 " + family.title() + " " + organisationCode + " " + year + " 年分配案件编号");
      }
    }
    Integer number = jdbc.queryForObject("select last_number from dj_case_sequence"
        + " where family_prefix = ? and branch_code = ? and case_year = ?", Integer.class, prefix, organisationCode, year);
    return String.format("%s-%s-%d-%04d", prefix, organisationCode, year, number);
  }

  private int increment(String prefix, String organisationCode, int year) {
    return jdbc.update("update dj_case_sequence set last_number = last_number + 1"
        + " where family_prefix = ? and branch_code = ? and case_year = ?", prefix, organisationCode, year);
  }
}
