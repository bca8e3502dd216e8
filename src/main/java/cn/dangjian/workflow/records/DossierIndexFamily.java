package cn.dangjian.workflow.records;

import cn.dangjian.workflow.records.RecordContent.Block;
import java.util.List;

/**
 * What one family of cases puts around the index that closes its dossiers: the index's record type and
 * title, its letterhead and the closing summary (e.g. 结案情况). The table of records between them is the
 * same for every family and belongs to {@link DossierIndexTemplate}.
 */
public interface DossierIndexFamily {

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
