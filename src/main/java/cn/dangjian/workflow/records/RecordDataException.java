package cn.dangjian.workflow.records;

/**
 * The case's data cannot make this record (a missing or malformed item). The record job fails and,
 * after its retries, becomes an incident with this message; fixing the variable and retrying completes it.
 */
public class RecordDataException extends RuntimeException {

  private final String recordType;
  private final String item;

  public RecordDataException(String recordType, String item, String message) {
    super("无法生成文书 " + recordType + "：" + message);
    this.recordType = recordType;
    this.item = item;
  }

  public String recordType() {
    return recordType;
  }

  public String item() {
    return item;
  }
}
