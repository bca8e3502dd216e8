package cn.dangjian.workflow.records;

/**
 * Turns the facts of one process step into the content of one record. Each feature contributes its
 * templates as Spring beans (e.g. {@code membership.MembershipRecordTemplates}); the records subsystem
 * renders, archives (PDF/A-3b), signs (PAdES) and stores what they compose.
 *
 * <p>A BPMN service task creates a record with {@code camunda:delegateExpression="${recordWriter}"},
 * {@code camunda:asyncBefore="true"} and an input parameter {@code recordType} naming the template.
 */
public interface RecordTemplate {

  /** Stable type id, e.g. {@code membership.application-receipt}; stored with every record. */
  String recordType();

  /** The type's name as people read it, e.g. 入党申请登记回执; shown wherever records are listed. */
  default String typeName() {
    return recordType();
  }

  /** Builds the document from the step's facts; throws {@link RecordDataException} for unusable data. */
  RecordContent compose(RecordSource source);
}
