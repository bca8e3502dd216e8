package cn.dangjian.workflow.records;

import cn.dangjian.workflow.records.RecordContent.Block;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What one family of cases puts around the index that closes its dossiers: the index's record type and
 * title, its letterhead and the closing summary (e.g. 结案情况). The table of records between them is the
 * same for every family and belongs to {@link DossierIndexTemplate}.
 */
public interface DossierIndexFamily {

  /**
   * The head of one index: who issues it, its 文号 (null for none), its date, the blocks before the
   * table and the family's part of the machine-readable data.
   */
  record Letterhead(String organisationName, String documentNumber, LocalDate issueDate, List<Block> header,
      Map<String, Object> data) {}

  /** The record type of the family's index, e.g. {@code membership.dossier-index}. */
  String recordType();

  /** The index's title; also its own row in the table. */
  String title();

  Letterhead letterhead(RecordSource source);

  /** The blocks after the table; none unless the family says how its cases end. */
  default List<Block> closingSummary(RecordSource source) {
    return List.of();
  }
}
