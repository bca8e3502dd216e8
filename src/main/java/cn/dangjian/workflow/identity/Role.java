package cn.dangjian.workflow.identity;

/**
 * What a person does in one organisation. Each role present in an organisation is a Camunda group
 * {@code <orgCode>.<groupSuffix>}, which is what BPMN candidate groups name.
 */
public enum Role {
  /** 书记. */
  SECRETARY("secretary", "书记"),
  /** 副书记. */
  DEPUTY_SECRETARY("deputy-secretary", "副书记"),
  /** 组织委员. */
  ORGANISER("organiser", "组织委员"),
  /** 纪检委员. */
  DISCIPLINE_MEMBER("discipline-member", "纪检委员"),
  /** 委员 — member of the 支委会 or the committee. */
  COMMITTEE_MEMBER("committee-member", "委员"),
  /** 纪检监察干部 in the 纪委. */
  INSPECTOR("inspector", "纪检监察干部"),
  /** 党员 without office. */
  MEMBER("member", "党员"),
  /** 审计员 — reads and verifies records. */
  AUDITOR("auditor", "审计员"),
  /** 系统管理员. */
  ADMINISTRATOR("administrator", "系统管理员");

  private final String groupSuffix;
  private final String label;

  Role(String groupSuffix, String label) {
    this.groupSuffix = groupSuffix;
    this.label = label;
  }

  public String groupSuffix() {
    return groupSuffix;
  }

  public String label() {
    return label;
  }

  /** Office holders of an organisation's committee (支委会 / 党委 / 纪委) take part in its decisions. */
  public boolean sitsOnCommittee() {
    return this == SECRETARY || this == DEPUTY_SECRETARY || this == ORGANISER || this == DISCIPLINE_MEMBER
        || this == COMMITTEE_MEMBER;
  }
}
