package cn.dangjian.workflow.casework;

import java.time.Instant;

/** A case was closed: its dossier received its index (归档目录) and takes no more records. */
public record CaseClosed(String caseNumber, String processInstanceId, String processDefinitionKey, Instant closedAt) {}
