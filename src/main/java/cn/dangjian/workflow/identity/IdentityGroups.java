package cn.dangjian.workflow.identity;

/** Group ids outside the organisation tree. */
public final class IdentityGroups {

  /** Every person known to the organisation model. */
  public static final String STAFF = "staff";
  /** 审计员: read and verify records across the whole deployment. */
  public static final String AUDITORS = "auditor";
  /** Camunda's administrators group: members bypass authorization checks. */
  public static final String ADMINISTRATORS = "camunda-admin";
  /** Suffix of the group of everyone sitting on an organisation's committee (支委会 / 党委 / 纪委). */
  public static final String COMMITTEE_SUFFIX = ".committee";
  /** Camunda group types we manage; other groups (made in Admin) are left alone. */
  public static final String TYPE_ORGANISATION = "organisation";
  public static final String TYPE_ROLE = "role";
  public static final String TYPE_SYSTEM = "SYSTEM";

  private IdentityGroups() {}
}
