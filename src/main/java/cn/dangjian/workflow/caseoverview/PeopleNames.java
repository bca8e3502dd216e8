package cn.dangjian.workflow.caseoverview;

import cn.dangjian.workflow.identity.OrganisationModel;
import cn.dangjian.workflow.identity.Person;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * People and groups by their Chinese names: a person from the organisation model (王喆), a group (a post or a body) by
 * the name the identity service holds for it (第一党支部书记), read as the signed-in user, as Tasklist shows them.
 */
@Component
class PeopleNames {

  private final OrganisationModel organisations;
  private final IdentityService identity;

  PeopleNames(OrganisationModel organisations, @Lazy IdentityService identity) {
    this.organisations = organisations;
    this.identity = identity;
  }

  /** The person's name; the user id for an account outside the organisation model. */
  String person(String userId) {
    return userId == null ? null : organisations.person(userId).map(Person::name).orElse(userId);
  }

  /** The groups' names joined by 、 (an unknown group by its id), in the order given. */
  String groups(Collection<String> groupIds) {
    if (groupIds.isEmpty()) {
      return "";
    }
    Map<String, String> names = identity.createGroupQuery().groupIdIn(groupIds.toArray(String[]::new)).list()
        .stream().collect(Collectors.toMap(Group::getId, g -> g.getName() == null ? g.getId() : g.getName()));
    Map<String, String> ordered = new LinkedHashMap<>();
    groupIds.forEach(id -> ordered.put(id, names.getOrDefault(id, id)));
    return String.join("、", ordered.values());
  }
}
