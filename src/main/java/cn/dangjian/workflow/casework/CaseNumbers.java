package cn.dangjian.workflow.casework;

import cn.dangjian.workflow.counters.CounterTable;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Readable case numbers {@code DY-C1-B1-2026-0001}: the family's prefix, the organisation, the year and a counter
 * per family, organisation and year, so two families never share a number or a dossier chain. The counter
 * ({@link CounterTable}) is incremented in the starting transaction: concurrent starts serialise on its row lock,
 * and a start that fails rolls its number back (no gaps). Numbers issued before families existed
 * ({@code C1-B1-2026-0001}) stay as they are; member development's counters continue from them.
 */
@Component
public class CaseNumbers {

  private final CounterTable counters;

  public CaseNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.counters = new CounterTable(jdbc, transactions, "dj_case_sequence", "last_number",
        List.of("family_prefix", "branch_code", "case_year"));
  }

  public String next(CaseFamily family, String organisationCode, int year) {
    String prefix = family.numberPrefix();
    int number;
    try {
      number = counters.next(prefix, organisationCode, year);
    } catch (IllegalStateException e) {
      throw new IllegalStateException("无法为 " + family.title() + " " + organisationCode + " " + year + " 年分配案件编号", e);
    }
    return String.format("%s-%s-%d-%04d", prefix, organisationCode, year, number);
  }
}
