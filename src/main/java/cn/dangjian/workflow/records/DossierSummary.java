package cn.dangjian.workflow.records;

import java.time.Instant;

/**
 * One dossier in a listing.
 *
 * @param dossierKey the business key, or {@code pi:<processInstanceId>} for a case without one
 * @param lastTitle the title of the newest record
 */
public record DossierSummary(String dossierKey, String businessKey, int recordCount, String lastTitle,
    Instant lastCreatedAt) {}
