package cn.dangjian.workflow.records;

import cn.dangjian.workflow.records.RecordContent.Block;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The head of one record of a case: who issues it, the sequence its 文号 is taken from when it is issued (null for
 * none), its date, the blocks before the record's own content (the case header, which names the case number) and
 * the family's part of the machine-readable data.
 */
public record Letterhead(String organisationName, DocumentNumbering numbering, LocalDate issueDate,
    List<Block> header, Map<String, Object> data) {

  /**
   * Key in {@link #data()} of the person or matter the case is about (当事人或事项), as the case header names it:
   * the dossier is searched by it.
   */
  public static final String SUBJECT = "subject";

  /** The same head followed by a heading, e.g. 归档目录 for the index that closes a dossier. */
  public Letterhead withHeading(String heading) {
    List<Block> blocks = new java.util.ArrayList<>(header);
    blocks.add(new RecordContent.Heading(heading));
    return new Letterhead(organisationName, numbering, issueDate, blocks, data);
  }
}
