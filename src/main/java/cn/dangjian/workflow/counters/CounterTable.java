package cn.dangjian.workflow.counters;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A table of counters, one row per key (e.g. family, organisation and year), each holding the last number given.
 * A key's row is created once in its own short transaction (so a duplicate-key race cannot poison the caller's
 * transaction on PostgreSQL), then incremented in the caller's transaction: concurrent callers, on one node or
 * several, serialise on the row lock, and a caller whose transaction rolls back gives its number back (no gaps).
 */
public final class CounterTable {

  private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]*");

  private final JdbcTemplate jdbc;
  private final TransactionTemplate separately;
  private final String create;
  private final String increment;
  private final String read;

  /** Table and column names are the code's own constants (checked to be plain identifiers). */
  public CounterTable(JdbcTemplate jdbc, PlatformTransactionManager transactions, String table, String valueColumn,
      List<String> keyColumns) {
    identifiers(table, valueColumn);
    keyColumns.forEach(CounterTable::identifiers);
    this.jdbc = jdbc;
    this.separately = new TransactionTemplate(transactions);
    this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    String where = keyColumns.stream().map(c -> c + " = ?").collect(Collectors.joining(" and "));
    this.create = "insert into " + table + " (" + String.join(", ", keyColumns) + ", " + valueColumn + ") values ("
        + "?, ".repeat(keyColumns.size()) + "0)";
    this.increment = "update " + table + " set " + valueColumn + " = " + valueColumn + " + 1 where " + where;
    this.read = "select " + valueColumn + " from " + table + " where " + where;
  }

  /** The key's next number (1 for a new key), in the caller's transaction; the key in the columns' order. */
  public int next(Object... key) {
    if (jdbc.update(increment, key) == 0) {
      separately.executeWithoutResult(status -> {
        try {
          jdbc.update(create, key);
        } catch (DuplicateKeyException createdConcurrently) {
          status.setRollbackOnly();
        }
      });
      if (jdbc.update(increment, key) == 0) {
        throw new IllegalStateException("Counter row " + List.of(key) + " could not be created");
      }
    }
    Integer number = jdbc.queryForObject(read, Integer.class, key);
    if (number == null) {
      throw new IllegalStateException("Counter row " + List.of(key) + " has no value");
    }
    return number;
  }

  private static void identifiers(String... names) {
    for (String name : names) {
      if (!IDENTIFIER.matcher(name).matches()) {
        throw new IllegalArgumentException("Not a plain SQL identifier: " + name);
      }
    }
  }
}
