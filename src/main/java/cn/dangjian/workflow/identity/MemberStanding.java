package cn.dangjian.workflow.identity;

/**
 * A member's standing today, which decisions change (the application's is {@link MemberStandingTable}): a member
 * under 留党察看 has no voting rights and may not sponsor or be a contact person (《中国共产党章程》第四十条;
 * 《中国共产党发展党员工作细则》第九条、第十四条).
 */
public interface MemberStanding {

  String PARTY_PROBATION = "留党察看";

  boolean underPartyProbation(String personId);

  /** Full members not under 留党察看 have voting rights. */
  default boolean hasVotingRights(Person person) {
    return person.status() == MemberStatus.FULL && !underPartyProbation(person.id());
  }

  /** The organisation model's starting state alone, for code that runs without the application (unit tests). */
  static MemberStanding of(OrganisationModel model) {
    return personId -> model.person(personId).map(Person::underPartyProbation).orElse(false);
  }
}
