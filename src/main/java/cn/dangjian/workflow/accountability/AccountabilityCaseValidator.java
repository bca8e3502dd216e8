package cn.dangjian.workflow.accountability;

import cn.dangjian.workflow.casework.FieldValues;
import cn.dangjian.workflow.casework.Submission;
import cn.dangjian.workflow.identity.Organisation;
import cn.dangjian.workflow.identity.OrganisationModel;
import cn.dangjian.workflow.identity.OrganisationType;
import cn.dangjian.workflow.identity.Person;
import cn.dangjian.workflow.identity.Role;
import cn.dangjian.workflow.web.InvalidInputException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The one check of a 问责 case's start contract (Tasklist start form, REST start, a start from another process):
 * the subject (an organisation, or a person of it), the grounds, and a competent body that may decide on it
 * (《中国共产党问责条例》第十二条: a 党委 at or above the subject, or the 纪委 or working organ of such a 党委).
 * Every problem at once.
 */
@Component
public class AccountabilityCaseValidator {

  static final String ORGANISATION = "organisation";
  static final String INDIVIDUAL = "individual";
  private static final Set<OrganisationType> WORKING_BODIES =
      Set.of(OrganisationType.DISCIPLINE_COMMISSION, OrganisationType.ORGANISATION_DEPT);

  private final OrganisationModel organisations;

  public AccountabilityCaseValidator(OrganisationModel organisations) {
    this.organisations = organisations;
  }

  /** The subject and competent body of a valid start. */
  public record Start(String subjectType, Organisation subjectOrganisation, Person subjectPerson, String grounds,
      Organisation competent, String sourceCaseNumber) {

    public String subjectName() {
      return subjectPerson == null ? subjectOrganisation.name() : subjectPerson.name();
    }
  }

  public Start validate(Map<String, Object> v) {
    Submission s = new Submission();
    String type = s.read(() -> subjectType(FieldValues.text(v, "subjectType", "问责对象类别")));
    Organisation subject = s.read(() -> organisation(v, "subjectOrganisationCode", "问责对象所在组织"));
    Person person = Submission.have(type, subject) ? s.read(() -> person(v, type, subject)) : null;
    String grounds = s.read(() -> FieldValues.text(v, "grounds", "问责事由"));
    Organisation competent = s.read(() -> mayDecide(organisation(v, "competentOrganisationCode", "问责决定机关")));
    if (Submission.have(type, subject, competent)) {
      s.check(() -> competentFor(competent, subject, type));
    }
    if (Submission.have(person, competent)) {
      s.check(() -> notTheOnlyPrincipalLeader(person, competent));
    }
    String source = s.read(() -> sourceCaseNumber(v));
    s.done();
    return new Start(type, subject, person, grounds, competent, source);
  }

  private static String subjectType(String value) {
    if (!value.equals(ORGANISATION) && !value.equals(INDIVIDUAL)) {
      throw new InvalidInputException("subjectType", "问责对象类别（subjectType）应为 organisation（党组织）或 individual（党的领导干部），实为 "
          + value);
    }
    return value;
  }

  private Organisation organisation(Map<String, Object> v, String field, String label) {
    String code = FieldValues.text(v, field, label);
    return organisations.organisation(code).orElseThrow(() ->
        new InvalidInputException(field, label + "（" + field + "）" + code + " 不是已知的组织代码"));
  }

  private Person person(Map<String, Object> v, String type, Organisation subject) {
    Object given = v.get("subjectPerson");
    boolean blank = given == null || given.toString().isBlank();
    if (type.equals(ORGANISATION)) {
      if (!blank) {
        throw new InvalidInputException("subjectPerson", "对党组织问责时不填写被问责人（subjectPerson）");
      }
      return null;
    }
    String id = FieldValues.text(v, "subjectPerson", "被问责人");
    Person person = organisations.person(id).orElseThrow(() ->
        new InvalidInputException("subjectPerson", "被问责人（subjectPerson）" + id + " 不是系统中的人员"));
    if (!person.belongsTo(subject.code())) {
      throw new InvalidInputException("subjectPerson", "被问责人（subjectPerson）" + person.name() + " 不属于问责对象所在组织"
          + subject.name() + "（" + subject.code() + "）");
    }
    return person;
  }

  /** 第十二条: a 党委, or a 纪委 or working organ of one. */
  private static Organisation mayDecide(Organisation competent) {
    boolean workingBody = WORKING_BODIES.contains(competent.type()) && competent.parent() != null;
    if (competent.type() != OrganisationType.PARTY_COMMITTEE && !workingBody) {
      throw new InvalidInputException("competentOrganisationCode", "问责决定机关（competentOrganisationCode）" + competent.name()
          + "是" + competent.type().label() + "，不能作出问责决定：应为有管理权限的党委，或其纪委、党的工作机关（《中国共产党问责条例》第十二条）");
    }
    return competent;
  }

  /** 第十二条: the 党委 (itself, or the one the 纪委 or working organ belongs to) at or above the subject. */
  private void competentFor(Organisation competent, Organisation subject, String type) {
    String committee = competent.type() == OrganisationType.PARTY_COMMITTEE ? competent.code() : competent.parent();
    boolean above = organisations.lineage(subject.code()).stream().skip(type.equals(ORGANISATION) ? 1 : 0)
        .anyMatch(o -> o.code().equals(committee));
    if (!above) {
      throw new InvalidInputException("competentOrganisationCode", "问责决定机关（competentOrganisationCode）" + competent.name()
          + "对" + subject.name() + "没有管理权限：须为其上级党委或上级党委的纪委、工作机关（《中国共产党问责条例》第十二条）");
    }
  }

  /**
   * The subject recuses from their own case (回避): if they are the competent body's only principal leader (书记),
   * who approves the start (第九条), nobody could approve it — a body above must be competent.
   */
  private void notTheOnlyPrincipalLeader(Person person, Organisation competent) {
    List<Person> leaders = organisations.holders(competent.code(), Role.SECRETARY);
    if (leaders.size() == 1 && leaders.get(0).id().equals(person.id())) {
      throw new InvalidInputException("competentOrganisationCode", "问责决定机关（competentOrganisationCode）" + competent.name()
          + "的主要负责人就是被问责人" + person.name() + "，本人应当回避、不能审批启动对自己的问责（《中国共产党问责条例》第九条）："
          + "应由上级党组织作为问责决定机关");
    }
  }

  private static String sourceCaseNumber(Map<String, Object> v) {
    Object given = v.get("sourceCaseNumber");
    if (given == null || given.toString().isBlank()) {
      return null;
    }
    String number = FieldValues.text(v, "sourceCaseNumber", "来源案件编号");
    if (!number.matches("[A-Za-z0-9-]{1,64}")) {
      throw new InvalidInputException("sourceCaseNumber", "来源案件编号（sourceCaseNumber）格式不正确：" + number);
    }
    return number;
  }
}
