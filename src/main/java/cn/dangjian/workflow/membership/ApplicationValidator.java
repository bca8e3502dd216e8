package cn.dangjian.workflow.membership;

import cn.dangjian.workflow.casework.FieldValues;
import cn.dangjian.workflow.casework.Submission;
import cn.dangjian.workflow.engine.EngineContext;
import cn.dangjian.workflow.identity.Organisation;
import cn.dangjian.workflow.identity.OrganisationModel;
import cn.dangjian.workflow.identity.OrganisationType;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The one validation of a registered application (start form and REST start alike): required fields,
 * ISO dates not in the future, age ≥ 18 on the application date (《细则》第五条), a valid ID-card number
 * whose birth date and sex match, and a branch known to the organisation model.
 */
@Component
public class ApplicationValidator {

  static final Set<String> GENDERS = Set.of("男", "女");
  private final OrganisationModel organisations;

  public ApplicationValidator(OrganisationModel organisations) {
    this.organisations = organisations;
  }

  /** Every problem of the application at once; rules that need a value that could not be read are skipped. */
  public Application validate(Map<String, Object> v, int minimumAge) {
    Submission s = new Submission();
    String name = s.read(() -> FieldValues.text(v, "applicantName", "申请人姓名"));
    if (name != null) {
      s.check(() -> limit(name, 50, "applicantName", "申请人姓名"));
    }
    String gender = s.read(() -> choice(FieldValues.text(v, "gender", "性别"), GENDERS, "gender", "性别（gender）应为“男”或“女”"));
    String ethnicity = s.read(() -> FieldValues.text(v, "ethnicity", "民族"));
    LocalDate birthDate = s.read(() -> pastDate(v, "birthDate", "出生日期"));
    LocalDate applicationDate = s.read(() -> pastDate(v, "applicationDate", "申请日期"));
    String idCard = birthDate == null ? null : s.read(() -> IdCardNumber.validate(
        v.get("idCardNumber") == null ? null : v.get("idCardNumber").toString(), birthDate));
    if (Submission.have(idCard, gender) && !IdCardNumber.gender(idCard).equals(gender)) {
      s.check(() -> {
        throw new MembershipValidationException("gender", "性别（gender）“" + gender + "”与身份证号码（idCardNumber）所示性别“"
            + IdCardNumber.gender(idCard) + "”不一致");
      });
    }
    if (Submission.have(birthDate, applicationDate)) {
      int age = Period.between(birthDate, applicationDate).getYears();
      if (age < minimumAge) {
        s.check(() -> {
          throw new MembershipValidationException("birthDate", "申请人在申请日期（applicationDate）" + applicationDate
              + " 未满" + minimumAge + "周岁（出生日期 birthDate " + birthDate + "，当时 " + Math.max(age, 0) + " 周岁）");
        });
      }
    }
    String education = s.read(() -> FieldValues.text(v, "education", "学历"));
    String unit = s.read(() -> FieldValues.text(v, "unit", "工作单位及职务"));
    String phone = s.read(() -> FieldValues.text(v, "phone", "联系电话"));
    if (phone != null && !phone.matches("[0-9+\\- ]{7,20}")) {
      s.check(() -> {
        throw new MembershipValidationException("phone", "联系电话（phone）格式不正确：" + phone);
      });
    }
    String branchCode = s.read(() -> branch(FieldValues.text(v, "branchCode", "所在党支部")));
    s.done();
    return new Application(name, gender, ethnicity, birthDate, idCard, education, unit, phone, applicationDate,
        branchCode);
  }

  private static LocalDate pastDate(Map<String, Object> v, String field, String label) {
    LocalDate date = FieldValues.date(v.get(field), field, label);
    FieldValues.notInFuture(date, field, label);
    return date;
  }

  private static void limit(String text, int max, String field, String label) {
    if (text.codePointCount(0, text.length()) > max) {
      throw new MembershipValidationException(field, label + "（" + field + "）不能超过" + max + "个字");
    }
  }

  private static String choice(String value, Set<String> allowed, String field, String message) {
    if (!allowed.contains(value)) {
      throw new MembershipValidationException(field, message + "，实为 " + value);
    }
    return value;
  }

  private String branch(String branchCode) {
    Organisation branch = organisations.organisation(branchCode).orElseThrow(() ->
        new MembershipValidationException("branchCode", "所在党支部（branchCode）" + branchCode + " 不是已知的组织代码"));
    if (branch.type() != OrganisationType.BRANCH) {
      throw new MembershipValidationException("branchCode", "所在党支部（branchCode）" + branchCode + "（" + branch.name()
          + "）不是党支部");
    }
    return branchCode;
  }

  static LocalDate today() {
    return EngineContext.today();
  }
}
