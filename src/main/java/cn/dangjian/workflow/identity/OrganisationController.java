package cn.dangjian.workflow.identity;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The organisation tree for forms and integrations; any authenticated user may read it. */
@RestController
@RequestMapping("/api/organisations")
class OrganisationController {

  private final OrganisationModel model;

  OrganisationController(OrganisationModel model) {
    this.model = model;
  }

  @GetMapping
  List<OrganisationView> list() {
    return model.organisations().stream()
        .map(o -> new OrganisationView(o.code(), o.name(), o.type(), o.type().label(), o.parent(), o.hasCommittee()))
        .toList();
  }

  record OrganisationView(String code, String name, OrganisationType type, String typeLabel, String parent,
      boolean hasCommittee) {}
}
