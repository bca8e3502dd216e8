package cn.dangjian.workflow.records;

import java.time.Instant;
import java.util.Map;

/**
 * The facts a template may use: who, which case, which step, and the case's variables.
 *
 * @param step the BPMN activity id that produced the record, e.g. {@code Task_WriteApplicationReceipt}
 * @param variables the process variables visible at the step (read-only)
 */
public record RecordSource(
    String recordType,
    String businessKey,
    String processInstanceId,
    String processDefinitionKey,
    String step,
    Instant createdAt,
    String author,
    Map<String, Object> variables) {

  public String string(String name) {
    Object value = variables.get(name);
    if (value == null || value.toString().isBlank()) {
      throw new RecordDataException(recordType, name, "缺少数据项 " + name);
    }
    return value.toString();
  }

  public String stringOr(String name, String fallback) {
    Object value = variables.get(name);
    return value == null || value.toString().isBlank() ? fallback : value.toString();
  }
}
