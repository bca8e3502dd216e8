package cn.dangjian.workflow.casework;

import java.time.Instant;

/** A case was opened (立案/登记): published inside the starting transaction, for modules that keep figures. */
public record CaseOpened(String family, String caseNumber, String processInstanceId, String organisationCode,
    Instant openedAt) {}
