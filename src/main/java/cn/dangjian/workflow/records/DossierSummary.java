package cn.dangjian.workflow.records;

import java.time.Instant;

/**
 * One dossier in a listing.
 *
 * @param dossierKey the business key, or {@code pi:<processInstanceId>} for a case without one
 * @param subject the person or matter of the case (当事人或事项) as its records name it; null before any does
 * @param lastTitle the title of the newest record
 */
public record DossierSummary(String dossierKey, String businessKey, String subject, int recordCount,
    String lastTitle, Instant lastCreatedAt) {}
