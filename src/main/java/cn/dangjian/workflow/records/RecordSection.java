package cn.dangjian.workflow.records;

import cn.dangjian.workflow.records.RecordContent.Block;
import java.util.List;
import java.util.Map;

/** A part of a declared record beyond its fields, e.g. a vote tally with its arithmetic. */
public interface RecordSection {

  /** Appends the section's blocks and its machine-readable data; throws {@link RecordDataException} for bad data. */
  void append(String recordType, RecordSource source, CaseHeader header, List<Block> blocks, Map<String, Object> data);
}
