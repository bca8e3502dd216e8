package cn.dangjian.workflow.records;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What {@code GET /api/records/{id}/verification} reports.
 *
 * @param signatureValid the PAdES signature is intact and made with the configured signing certificate
 * @param hashMatches the PDF's SHA-256 equals the registered one
 * @param chainIntact the dossier's hash chain is unbroken from its first record up to this one
 * @param firstBrokenLink where the chain up to this record first breaks, if it does
 * @param details every problem found, in Chinese (empty when all is well)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RecordVerification(String recordId, String dossierKey, int chainPosition, boolean signatureValid,
    boolean hashMatches, boolean chainIntact, SignatureCheck signature,
    DossierVerification.BrokenLink firstBrokenLink, List<String> details) {}
