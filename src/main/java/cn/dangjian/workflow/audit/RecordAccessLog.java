package cn.dangjian.workflow.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Who downloaded or verified what, and when (table {@code dj_record_access}). */
@Component
public class RecordAccessLog {

  public enum Action { DOWNLOAD_RECORD, VERIFY_RECORD, EXPORT_DOSSIER, VERIFY_DOSSIER }

  public enum Outcome { OK, NOT_FOUND, FAILED }

  /** One line of the log. */
  public record Entry(long id, OffsetDateTime accessedAt, String username, String action, String recordId,
      String dossierKey, String remoteAddr, String outcome) {}

  private final JdbcTemplate jdbc;

  public RecordAccessLog(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
  }

  public void log(String username, Action action, String recordId, String dossierKey, String remoteAddr,
      Outcome outcome) {
    jdbc.update("INSERT INTO dj_record_access (accessed_at, username, action, record_id, dossier_key, remote_addr, "
            + "outcome) VALUES (?, ?, ?, ?, ?, ?, ?)", OffsetDateTime.now(ZoneOffset.UTC), username, action.name(),
        recordId, truncate(dossierKey, 300), truncate(remoteAddr, 100), outcome.name());
  }

  public List<Entry> recent(int limit) {
    return jdbc.query("SELECT id, accessed_at, username, action, record_id, dossier_key, remote_addr, outcome "
            + "FROM dj_record_access ORDER BY id DESC FETCH FIRST " + limit + " ROWS ONLY",
        (rs, n) -> new Entry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)));
  }

  private static String truncate(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }
}
