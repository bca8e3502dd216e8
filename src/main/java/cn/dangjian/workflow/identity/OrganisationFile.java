package cn.dangjian.workflow.identity;

import java.util.List;

/** The YAML shape of an organisation model file (see {@code organisation/demo.yaml}). */
record OrganisationFile(List<OrganisationEntry> organisations, List<PersonEntry> people) {

  record OrganisationEntry(String code, String name, OrganisationType type, String parent, Boolean hasCommittee,
      String shortName) {}

  record PersonEntry(
      String id,
      String name,
      String email,
      MemberStatus status,
      Boolean underPartyProbation,
      List<Membership> memberships) {}

  record Membership(String organisation, List<Role> roles) {}
}
