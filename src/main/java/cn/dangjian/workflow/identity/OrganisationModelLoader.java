package cn.dangjian.workflow.identity;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.io.Resource;

/**
 * Reads and checks the organisation YAML. Every problem names the entry and field, so an
 * administrator editing the file can fix it without reading code.
 */
public final class OrganisationModelLoader {

  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory()).configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

  private OrganisationModelLoader() {}

  public static OrganisationModel load(Resource resource) {
    try (InputStream in = resource.getInputStream()) {
      return toModel(YAML.readValue(in, OrganisationFile.class), resource.getDescription());
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read organisation model " + resource.getDescription() + ": "
          + e.getMessage(), e);
    }
  }

  static OrganisationModel toModel(OrganisationFile file, String source) {
    List<String> problems = new ArrayList<>();
    List<Organisation> organisations = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    for (OrganisationFile.OrganisationEntry entry : nullSafe(file.organisations())) {
      String where = "organisations[" + entry.code() + "]";
      if (entry.code() == null || !entry.code().matches("[A-Z0-9][A-Z0-9-]{0,31}")) {
        problems.add(where + ".code must be 1-32 capital letters, digits or '-'");
      } else if (!codes.add(entry.code())) {
        problems.add(where + ".code is duplicated");
      }
      if (entry.name() == null || entry.name().isBlank()) {
        problems.add(where + ".name is missing");
      }
      if (entry.type() == null) {
        problems.add(where + ".type is missing");
      }
      organisations.add(new Organisation(entry.code(), entry.name(), entry.type(), entry.parent(),
          Boolean.TRUE.equals(entry.hasCommittee()), entry.shortName()));
    }
    for (Organisation o : organisations) {
      if (o.parent() != null && !codes.contains(o.parent())) {
        problems.add("organisations[" + o.code() + "].parent names unknown organisation " + o.parent());
      }
    }
    detectCycles(organisations, problems);

    List<Person> people = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (OrganisationFile.PersonEntry entry : nullSafe(file.people())) {
      String where = "people[" + entry.id() + "]";
      if (entry.id() == null || !entry.id().matches("[a-z0-9][a-z0-9._-]{0,63}")) {
        problems.add(where + ".id must be lower-case letters, digits, '.', '_' or '-'");
      } else if (!ids.add(entry.id())) {
        problems.add(where + ".id is duplicated");
      }
      if (entry.name() == null || entry.name().isBlank()) {
        problems.add(where + ".name is missing");
      }
      Map<String, List<Role>> roles = new LinkedHashMap<>();
      for (OrganisationFile.Membership m : nullSafe(entry.memberships())) {
        if (!codes.contains(m.organisation())) {
          problems.add(where + ".memberships names unknown organisation " + m.organisation());
        }
        List<Role> list = m.roles() == null || m.roles().isEmpty() ? List.of(Role.MEMBER) : List.copyOf(m.roles());
        roles.put(m.organisation(), list);
      }
      if (roles.isEmpty()) {
        problems.add(where + ".memberships is empty: every person belongs to at least one organisation");
      }
      people.add(new Person(entry.id(), entry.name(), entry.email(),
          entry.status() == null ? MemberStatus.FULL : entry.status(),
          Boolean.TRUE.equals(entry.underPartyProbation()), roles));
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("Organisation model " + source + " is invalid:\n  - "
          + String.join("\n  - ", problems));
    }
    return new OrganisationModel(organisations, people);
  }

  private static void detectCycles(List<Organisation> organisations, List<String> problems) {
    Map<String, String> parents = new LinkedHashMap<>();
    organisations.forEach(o -> parents.put(o.code(), o.parent()));
    for (String start : parents.keySet()) {
      Set<String> seen = new HashSet<>();
      for (String c = start; c != null; c = parents.get(c)) {
        if (!seen.add(c)) {
          problems.add("organisations[" + start + "].parent forms a cycle");
          break;
        }
      }
    }
  }

  private static <T> List<T> nullSafe(List<T> list) {
    return list == null ? List.of() : list;
  }
}
