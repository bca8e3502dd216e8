package cn.dangjian.workflow.membership;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Readable case numbers {@code C1-B1-2026-0001} from a counter per branch and year. The counter row is
 * created once in its own short transaction (so a duplicate-key race cannot poison the starting
 * transaction on PostgreSQL), then incremented in the starting transaction: concurrent starts of one
 * branch serialise on the row lock, and a start that fails rolls its number back (no gaps).
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

  public String next(String branchCode, int year) {
    int updated = increment(branchCode, year);
    if (updated == 0) {
      separately.executeWithoutResult(status -> {
        try {
          jdbc.update("insert into dj_case_sequence (branch_code, case_year, last_number) values (?, ?, 0)",
              branchCode, year);
        } catch (DuplicateKeyException createdConcurrently) {
          status.setRollbackOnly();
        }
      });
      if (increment(branchCode, year) == 0) {
        throw new IllegalStateException("无法为 " + branchCode + " " + year + " 年分配案件编号");
      }
    }
    Integer number = jdbc.queryForObject(
        "select last_number from dj_case_sequence where branch_code = ? and case_year = ?", Integer.class,
        branchCode, year);
    return String.format("%s-%d-%04d", branchCode, year, number);
  }

  private int increment(String branchCode, int year) {
    return jdbc.update(
        "update dj_case_sequence set last_number = last_number + 1 where branch_code = ? and case_year = ?",
        branchCode, year);
  }
}
