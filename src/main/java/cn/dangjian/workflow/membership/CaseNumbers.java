package cn.dangjian.workflow.membership;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Readable case numbers {@code C1-B1-2026-0001} from a counter per branch and year. The counter row is
 * updated in the starting transaction: concurrent starts of one branch serialise on the row lock, and a
 * start that fails rolls its number back.
 */
@Component
public class CaseNumbers {

  private final JdbcTemplate jdbc;

  public CaseNumbers(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public String next(String branchCode, int year) {
    int number = increment(branchCode, year);
    return String.format("%s-%d-%04d", branchCode, year, number);
  }

  private int increment(String branchCode, int year) {
    for (int attempt = 0; attempt < 3; attempt++) {
      int updated = jdbc.update(
          "update dj_case_sequence set last_number = last_number + 1 where branch_code = ? and case_year = ?",
          branchCode, year);
      if (updated == 0) {
        try {
          jdbc.update("insert into dj_case_sequence (branch_code, case_year, last_number) values (?, ?, 1)",
              branchCode, year);
          return 1;
        } catch (DuplicateKeyException concurrentInsert) {
          continue;
        }
      }
      return jdbc.queryForObject(
          "select last_number from dj_case_sequence where branch_code = ? and case_year = ?", Integer.class,
          branchCode, year);
    }
    throw new IllegalStateException("无法为 " + branchCode + " " + year + " 年分配案件编号");
  }
}
