package cn.dangjian.workflow.crash;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the database holds once the application is down: the records of member development cases set
 * against the record steps Camunda's history shows as completed, and how often each due timer fired.
 *
 * @param records how many records of member development cases are stored
 * @param recordTypes each case's record types, by process instance id
 * @param duplicateSteps (process instance, step, record type) stored more than once
 * @param duplicateTypes (dossier, record type) stored more than once (each type is due once per case here)
 * @param lostRecords record steps completed in history without a stored record
 * @param orphanRecords stored records without a completed record step in history
 * @param staleHeads dossiers whose registered head is not their newest record
 * @param timersFiredTwice (case, timer) pairs that fired more than once
 * @param firedTimers timer firings per process instance, by timer id
 */
record RecordLedger(long records, Map<String, List<String>> recordTypes, long duplicateSteps, long duplicateTypes,
    long lostRecords, long orphanRecords, long staleHeads, long timersFiredTwice,
    Map<String, Map<String, Long>> firedTimers) {

  private static final String COMPLETED_RECORD_STEP = "a.ACT_ID_ LIKE 'Task\\_Record%' ESCAPE '\\' "
      + "AND a.END_TIME_ IS NOT NULL AND a.ACT_INST_STATE_ <> 2 AND a.PROC_DEF_KEY_ = 'memberDevelopment'";

  static RecordLedger read(String databaseUrl) throws SQLException {
    try (Connection db = DriverManager.getConnection(databaseUrl, "sa", ""); Statement sql = db.createStatement()) {
      Map<String, List<String>> types = new HashMap<>();
      try (ResultSet rs = sql.executeQuery("SELECT process_instance_id, record_type FROM dj_record "
          + "WHERE process_definition_key = 'memberDevelopment' ORDER BY chain_position")) {
        while (rs.next()) {
          types.computeIfAbsent(rs.getString(1), id -> new ArrayList<>()).add(rs.getString(2));
        }
      }
      Map<String, Map<String, Long>> timers = new HashMap<>();
      try (ResultSet rs = sql.executeQuery("SELECT PROC_INST_ID_, ACT_ID_, COUNT(*) FROM ACT_HI_ACTINST "
          + "WHERE ACT_TYPE_ = 'boundaryTimer' GROUP BY PROC_INST_ID_, ACT_ID_")) {
        while (rs.next()) {
          timers.computeIfAbsent(rs.getString(1), id -> new HashMap<>()).put(rs.getString(2), rs.getLong(3));
        }
      }
      return new RecordLedger(
          count(sql, "SELECT COUNT(*) FROM dj_record WHERE process_definition_key = 'memberDevelopment'"),
          types,
          count(sql, "SELECT COUNT(*) FROM (SELECT process_instance_id, step, record_type FROM dj_record "
              + "GROUP BY process_instance_id, step, record_type HAVING COUNT(*) > 1) d"),
          count(sql, "SELECT COUNT(*) FROM (SELECT dossier_key, record_type FROM dj_record "
              + "WHERE process_definition_key = 'memberDevelopment' GROUP BY dossier_key, record_type "
              + "HAVING COUNT(*) > 1) d"),
          count(sql, "SELECT COUNT(*) FROM ACT_HI_ACTINST a WHERE " + COMPLETED_RECORD_STEP + " AND NOT EXISTS "
              + "(SELECT 1 FROM dj_record r WHERE r.process_instance_id = a.PROC_INST_ID_ AND r.step = a.ACT_ID_)"),
          count(sql, "SELECT COUNT(*) FROM dj_record r WHERE r.process_definition_key = 'memberDevelopment' AND NOT "
              + "EXISTS (SELECT 1 FROM ACT_HI_ACTINST a WHERE " + COMPLETED_RECORD_STEP
              + " AND a.PROC_INST_ID_ = r.process_instance_id AND a.ACT_ID_ = r.step)"),
          count(sql, "SELECT COUNT(*) FROM dj_dossier d WHERE d.head_position <> (SELECT COALESCE(MAX(r.chain_position), 0) "
              + "FROM dj_record r WHERE r.dossier_key = d.dossier_key) OR d.head_sha256 <> (SELECT r.sha256 FROM dj_record r "
              + "WHERE r.dossier_key = d.dossier_key AND r.chain_position = d.head_position)"),
          timers.values().stream().flatMap(m -> m.values().stream()).filter(n -> n > 1).count(),
          timers);
    }
  }

  private static long count(Statement sql, String query) throws SQLException {
    try (ResultSet rs = sql.executeQuery(query)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
