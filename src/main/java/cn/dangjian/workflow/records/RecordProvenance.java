package cn.dangjian.workflow.records;

import java.time.Instant;

/**
 * Facts about a record that are not part of what its template composed; written into the record's JSON
 * attachment (and, as its subject and date, into the file's metadata).
 *
 * @param recordType e.g. {@code membership.application-receipt}
 * @param businessKey the case's business key, or null
 * @param processInstanceId the process instance that wrote the record
 * @param processDefinitionKey that instance's process
 * @param step the activity that wrote the record
 * @param author who the record is written for
 * @param createdAt when the step ran
 */
public record RecordProvenance(String recordType, String businessKey, String processInstanceId,
    String processDefinitionKey, String step, String author, Instant createdAt) {}
