package cn.dangjian.workflow.identity;

/**
 * One Party organisation.
 *
 * @param code short stable code, e.g. {@code C1-B1}; also the Camunda group of its members
 * @param hasCommittee whether it has a 支委会 (a branch needs 7+ full members for one); without it
 *     the general meeting acts instead
 * @param shortName what its documents print before the year of their 文号 (发文机关代字, e.g. 第一党支部 for
 *     中共示范街道第一支部委员会); its name when none is given
 */
public record Organisation(String code, String name, OrganisationType type, String parent, boolean hasCommittee,
    String shortName) {

  public Organisation {
    shortName = shortName == null || shortName.isBlank() ? name : shortName.strip();
  }

  /** An organisation whose documents are numbered under its full name. */
  public Organisation(String code, String name, OrganisationType type, String parent, boolean hasCommittee) {
    this(code, name, type, parent, hasCommittee, null);
  }

  public String roleGroup(Role role) {
    return code + "." + role.groupSuffix();
  }
}
