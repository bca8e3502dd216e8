package cn.dangjian.workflow.identity;

/** The restriction period of a measure ended (影响期届满), or the measure was revoked: the standing returns. */
public record RestrictionLifted(String personId, String caseNumber, String measure) {}
