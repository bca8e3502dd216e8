package cn.dangjian.workflow.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The organisation hierarchy and its people, loaded from YAML; immutable. */
public final class OrganisationModel {

  private final Map<String, Organisation> organisations;
  private final Map<String, Person> people;

  public OrganisationModel(List<Organisation> organisations, List<Person> people) {
    this.organisations = new LinkedHashMap<>();
    organisations.forEach(o -> this.organisations.put(o.code(), o));
    this.people = new LinkedHashMap<>();
    people.forEach(p -> this.people.put(p.id(), p));
  }

  public List<Organisation> organisations() {
    return List.copyOf(organisations.values());
  }

  public List<Person> people() {
    return List.copyOf(people.values());
  }

  public Optional<Organisation> organisation(String code) {
    return Optional.ofNullable(code).map(organisations::get);
  }

  public Organisation require(String code) {
    return organisation(code).orElseThrow(() -> new UnknownOrganisationException(code));
  }

  public Optional<Person> person(String id) {
    return Optional.ofNullable(id).map(people::get);
  }

  /** The organisation itself first, then its parent, up to the root (the loader rejects cycles). */
  public List<Organisation> lineage(String code) {
    List<Organisation> chain = new ArrayList<>();
    for (Organisation o = require(code); o != null; o = o.parent() == null ? null : organisations.get(o.parent())) {
      chain.add(o);
    }
    return chain;
  }

  /** The nearest ancestor of the given type, e.g. the 基层党委 above a branch. */
  public Optional<Organisation> nearestAbove(String code, OrganisationType type) {
    return lineage(code).stream().skip(1).filter(o -> o.type() == type).findFirst();
  }

  public List<Organisation> children(String code) {
    return organisations.values().stream().filter(o -> code.equals(o.parent())).toList();
  }

  public List<Person> membersOf(String code) {
    return people.values().stream().filter(p -> p.belongsTo(code))
        .sorted(Comparator.comparing(Person::id)).toList();
  }

  public List<Person> holders(String code, Role role) {
    return membersOf(code).stream().filter(p -> p.roles().get(code).contains(role)).toList();
  }
}
