package cn.dangjian.workflow.identity;

/** Party standing of a person, which decides voting rights and who may sponsor. */
public enum MemberStatus {
  /** 正式党员. */
  FULL,
  /** 预备党员 — no vote, cannot sponsor. */
  PROBATIONARY,
  /** Not a Party member (e.g. an administrator or auditor from outside the organisation). */
  NONE
}
