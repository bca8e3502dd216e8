package cn.dangjian.workflow.records;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a record says, laid out after official-document conventions (GB/T 9704 in spirit).
 *
 * @param organisationName the issuing organisation, printed at the head and at the signature place
 * @param title e.g. 入党申请受理回执
 * @param documentNumber 文号 as printed, e.g. 第一党支部〔2026〕3号; may be null
 * @param blocks the body in reading order
 * @param issueDate printed in Chinese (2026年11月25日)
 * @param data what a machine reads: embedded as the JSON attachment of the PDF/A-3 file
 * @param numbering the sequence the 文号 is to be taken from when the record is issued ({@link RecordIssuer}); null
 *     when the record has no 文号 or {@code documentNumber} is given
 */
public record RecordContent(
    String organisationName,
    String title,
    String documentNumber,
    List<Block> blocks,
    LocalDate issueDate,
    Map<String, Object> data,
    DocumentNumbering numbering) {

  /** Content with a 文号 given as it is (or none). */
  public RecordContent(String organisationName, String title, String documentNumber, List<Block> blocks,
      LocalDate issueDate, Map<String, Object> data) {
    this(organisationName, title, documentNumber, blocks, issueDate, data, null);
  }

  /** The same content with its 文号 assigned. */
  public RecordContent numbered(String assignedNumber) {
    return new RecordContent(organisationName, title, assignedNumber, blocks, issueDate, data, numbering);
  }

  /** One piece of the body. */
  public sealed interface Block permits Paragraph, Heading, Fields, Table {}

  /** A paragraph of running text, indented two characters. */
  public record Paragraph(String text) implements Block {}

  /** A section heading (一、二、…). */
  public record Heading(String text) implements Block {}

  /** Label–value pairs, e.g. 姓名 / 王喆. */
  public record Fields(List<Field> fields) implements Block {}

  public record Field(String label, String value) {}

  /** A ruled table, e.g. a vote tally or a list of opinions. */
  public record Table(List<String> headers, List<List<String>> rows) implements Block {}
}
