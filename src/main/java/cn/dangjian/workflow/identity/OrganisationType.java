package cn.dangjian.workflow.identity;

/** Kinds of Party organisation in the hierarchy. */
public enum OrganisationType {
  /** 基层党委 — approves admissions, starts accountability. */
  PARTY_COMMITTEE("基层党委"),
  /** 党总支. */
  GENERAL_BRANCH("党总支"),
  /** 党支部. */
  BRANCH("党支部"),
  /** 纪律检查委员会 (纪委). */
  DISCIPLINE_COMMISSION("纪委"),
  /** 组织部门 — filing (备案). */
  ORGANISATION_DEPT("组织部门");

  private final String label;

  OrganisationType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
