package cn.dangjian.workflow.membership;

import cn.dangjian.workflow.identity.MemberStanding;
import cn.dangjian.workflow.identity.MemberStatus;
import cn.dangjian.workflow.identity.OrganisationModel;
import cn.dangjian.workflow.identity.Person;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** Validates the choice of sponsors (入党介绍人) and contact persons (培养联系人) from the branch's members. */
@Component
public class MemberSelectionValidator {

  private final OrganisationModel organisations;
  private final MemberStanding standing;

  @Autowired
  public MemberSelectionValidator(OrganisationModel organisations, MemberStanding standing) {
    this.organisations = organisations;
    this.standing = standing;
  }

  /** On the organisation model's starting state alone (unit tests). */
  public MemberSelectionValidator(OrganisationModel organisations) {
    this(organisations, MemberStanding.of(organisations));
  }

  /** Exactly two distinct full members of the branch, neither under 留党察看 (《细则》第十四条). */
  public List<Person> sponsors(String branchCode, String sponsor1, String sponsor2) {
    return select(branchCode, new String[] {"sponsor1", "sponsor2"}, new String[] {sponsor1, sponsor2}, 2, "入党介绍人");
  }

  /** One or two full members of the branch (《细则》第九条). */
  public List<Person> contactPersons(String branchCode, String contactPerson1, String contactPerson2) {
    return select(branchCode, new String[] {"contactPerson1", "contactPerson2"},
        new String[] {contactPerson1, contactPerson2}, 1, "培养联系人");
  }

  private List<Person> select(String branchCode, String[] fields, String[] ids, int required, String label) {
    List<Person> chosen = new ArrayList<>();
    for (int i = 0; i < ids.length; i++) {
      String id = ids[i] == null ? null : ids[i].trim();
      String field = fields[i];
      if (id == null || id.isEmpty()) {
        if (i < required) {
          throw new MembershipValidationException(field, label + "须为" + (required == 2 ? "两" : "一至两")
              + "名正式党员：第" + (i + 1) + "名" + label + "（" + field + "）未填写");
        }
        continue;
      }
      Person person = organisations.person(id).orElseThrow(() -> new MembershipValidationException(field,
          label + "（" + field + "）" + id + " 不是系统中的党员"));
      if (!person.belongsTo(branchCode)) {
        throw new MembershipValidationException(field,
            label + "（" + field + "）" + person.name() + " 不是本支部（" + branchCode + "）的党员");
      }
      if (person.status() != MemberStatus.FULL) {
        throw new MembershipValidationException(field,
            label + "（" + field + "）" + person.name() + " 不是正式党员");
      }
      if (standing.underPartyProbation(person.id())) {
        throw new MembershipValidationException(field,
            label + "（" + field + "）" + person.name() + " 受留党察看处分、尚未恢复党员权利，不能担任" + label);
      }
      if (chosen.stream().anyMatch(p -> p.id().equals(person.id()))) {
        throw new MembershipValidationException(field,
            label + "（" + field + "）" + person.name() + " 重复：须为不同的党员");
      }
      chosen.add(person);
    }
    return chosen;
  }
}
