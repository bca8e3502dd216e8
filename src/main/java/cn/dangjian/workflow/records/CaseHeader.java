package cn.dangjian.workflow.records;

/**
 * What one process family puts at the head of every record of its cases (pluggable per family): the issuing
 * organisation, the case header (case number, the person or matter, the organisation, the rule pack), 文号 and date.
 */
public interface CaseHeader {

  Letterhead letterhead(String recordType, RecordSource source);

  /** The citation of a limit of the case's rule pack, e.g. 《中国共产党发展党员工作细则》第二十条 (for sections). */
  String article(RecordSource source, String limitKey);
}
