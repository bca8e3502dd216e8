package cn.dangjian.workflow.identity;

import java.util.List;
import java.util.Map;

/**
 * A user of the system and, usually, a Party member.
 *
 * @param underPartyProbation 留党察看 in the organisation model: only the starting state of {@link MemberStanding},
 *     which decisions change; read the standing there
 * @param roles roles per organisation code
 */
public record Person(
    String id,
    String name,
    String email,
    MemberStatus status,
    boolean underPartyProbation,
    Map<String, List<Role>> roles) {

  public boolean belongsTo(String organisationCode) {
    return roles.containsKey(organisationCode);
  }
}
