package cn.dangjian.workflow.records;

import java.time.Instant;

/**
 * A record was stored in its dossier (published inside the issuing transaction).
 *
 * @param closesDossier whether the record is the dossier's index (归档目录), after which the dossier takes no more
 */
public record RecordIssued(String recordId, String recordType, String businessKey, String dossierKey,
    String processInstanceId, String processDefinitionKey, Instant issuedAt, boolean closesDossier) {}
