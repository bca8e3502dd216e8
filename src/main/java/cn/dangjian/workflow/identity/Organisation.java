package cn.dangjian.workflow.identity;

/**
 * One Party organisation.
 *
 * @param code short stable code, e.g. {@code C1-B1}; also the Camunda group of its members
 * @param hasCommittee whether it has a 支委会 (a branch needs 7+ full members for one); without it
 *     the general meeting acts instead
 */
public record Organisation(String code, String name, OrganisationType type, String parent, boolean hasCommittee) {

  public String roleGroup(Role role) {
    return code + "." + role.groupSuffix();
  }
}
