package cn.dangjian.workflow.membership;

import cn.dangjian.workflow.calendar.CaseTime;
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

  public Application validate(Map<String, Object> v, int minimumAge) {
    String name = FormValues.text(v, "applicantName", "申请人姓名");
    if (name.length() > 50) {
      throw new MembershipValidationException("applicantName", "申请人姓名（applicantName）不能超过50个字");
    }
    String gender = FormValues.text(v, "gender", "性别");
    if (!GENDERS.contains(gender)) {
      throw new MembershipValidationException("gender", "性别（gender）应为“男”或“女”，实为 " + gender);
    }
    String ethnicity = FormValues.text(v, "ethnicity", "民族");
    LocalDate birthDate = FormValues.date(v.get("birthDate"), "birthDate", "出生日期");
    FormValues.notInFuture(birthDate, "birthDate", "出生日期");
    LocalDate applicationDate = FormValues.date(v.get("applicationDate"), "applicationDate", "申请日期");
    FormValues.notInFuture(applicationDate, "applicationDate", "申请日期");
    String idCard = IdCardNumber.validate(v.get("idCardNumber") == null ? null : v.get("idCardNumber").toString(),
        birthDate);
    if (!IdCardNumber.gender(idCard).equals(gender)) {
      throw new MembershipValidationException("gender", "性别（gender）“" + gender + "”与身份证号码（idCardNumber）所示性别“"
          + IdCardNumber.gender(idCard) + "”不一致");
    }
    int age = Period.between(birthDate, applicationDate).getYears();
    if (age < minimumAge) {
      throw new MembershipValidationException("birthDate", "申请人在申请日期（applicationDate）" + applicationDate + " 未满"
          + minimumAge + "周岁（出生日期 birthDate " + birthDate + "，当时 " + Math.max(age, 0) + " 周岁）");
    }
    String education = FormValues.text(v, "education", "学历");
    String unit = FormValues.text(v, "unit", "工作单位及职务");
    String phone = FormValues.text(v, "phone", "联系电话");
    if (!phone.matches("[0-9+\\- ]{7,20}")) {
      throw new MembershipValidationException("phone", "联系电话（phone）格式不正确：" + phone);
    }
    String branchCode = FormValues.text(v, "branchCode", "所在党支部");
    Organisation branch = organisations.organisation(branchCode).orElseThrow(() ->
        new MembershipValidationException("branchCode", "所在党支部（branchCode）" + branchCode + " 不是已知的组织代码"));
    if (branch.type() != OrganisationType.BRANCH) {
      throw new MembershipValidationException("branchCode", "所在党支部（branchCode）" + branchCode + "（" + branch.name()
          + "）不是党支部");
    }
    return new Application(name, gender, ethnicity, birthDate, idCard, education, unit, phone, applicationDate,
        branchCode);
  }

  static LocalDate today() {
    return CaseTime.today();
  }
}
