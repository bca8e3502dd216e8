package cn.dangjian.workflow.membership;

import cn.dangjian.workflow.web.InvalidInputException;
import cn.dangjian.workflow.casework.FieldValues;
import cn.dangjian.workflow.casework.VoteTally;
import cn.dangjian.workflow.casework.VoteTallyValidator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dangjian.workflow.identity.OrganisationModel;
import cn.dangjian.workflow.identity.OrganisationModelLoader;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class ValidatorsTest {

  private final OrganisationModel model =
      OrganisationModelLoader.load(new ClassPathResource("organisation/demo.yaml"));
  private final ApplicationValidator applications = new ApplicationValidator(model);
  private final VoteTallyValidator tallies = new VoteTallyValidator(model);
  private final MemberSelectionValidator selections = new MemberSelectionValidator(model);

  @BeforeEach
  void fixClock() {
    ClockUtil.setCurrentTime(cn.dangjian.workflow.calendar.CaseTime.startOf(LocalDate.of(2026, 11, 25)));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  static Map<String, Object> application(LocalDate birth, LocalDate applied) {
    Map<String, Object> v = new HashMap<>();
    v.put("applicantName", "陈晓");
    v.put("gender", "男");
    v.put("ethnicity", "汉族");
    v.put("birthDate", birth.toString());
    v.put("idCardNumber", TestIds.idCard(birth, true));
    v.put("education", "大学本科");
    v.put("unit", "示范街道社区服务中心 干事");
    v.put("phone", "13800138000");
    v.put("applicationDate", applied.toString());
    v.put("branchCode", "C1-B1");
    return v;
  }

  @Test
  void acceptsValidApplication() {
    Application a = applications.validate(application(LocalDate.of(2000, 2, 29), LocalDate.of(2026, 11, 20)), 18);
    assertThat(a.idCardNumber()).hasSize(18);
    assertThat(a.branchCode()).isEqualTo("C1-B1");
  }

  @Test
  void acceptsApplicantOnEighteenthBirthday() {
    applications.validate(application(LocalDate.of(2008, 11, 20), LocalDate.of(2026, 11, 20)), 18);
  }

  @Test
  void rejectsApplicantUnder18() {
    assertThatThrownBy(() -> applications.validate(
        application(LocalDate.of(2008, 11, 21), LocalDate.of(2026, 11, 20)), 18))
        .isInstanceOf(NotValidException.class).hasMessageContaining("birthDate").hasMessageContaining("未满18周岁")
        .hasMessageContaining("17 周岁");
  }

  @Test
  void reportsEveryProblemOfAnApplicationAtOnce() {
    Map<String, Object> v = application(LocalDate.of(1995, 5, 6), LocalDate.of(2026, 11, 20));
    v.put("gender", "未知");
    v.put("education", " ");
    v.put("phone", "abc");
    assertThatThrownBy(() -> applications.validate(v, 18)).isInstanceOfSatisfying(InvalidInputException.class, e ->
        assertThat(e.problems()).extracting(InvalidInputException.Problem::field)
            .containsExactly("gender", "education", "phone"));
  }

  @Test
  void rejectsWrongIdCardChecksum() {
    Map<String, Object> v = application(LocalDate.of(1995, 5, 6), LocalDate.of(2026, 11, 20));
    String id = (String) v.get("idCardNumber");
    char wrong = id.charAt(17) == '1' ? '2' : '1';
    v.put("idCardNumber", id.substring(0, 17) + wrong);
    assertThatThrownBy(() -> applications.validate(v, 18)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("身份证号码（idCardNumber）校验位错误")
        .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("idCardNumber"));
  }

  @Test
  void rejectsIdCardWhoseBirthDateDiffers() {
    Map<String, Object> v = application(LocalDate.of(1995, 5, 6), LocalDate.of(2026, 11, 20));
    v.put("idCardNumber", TestIds.idCard(LocalDate.of(1995, 5, 7), true));
    assertThatThrownBy(() -> applications.validate(v, 18)).hasMessageContaining("idCardNumber")
        .hasMessageContaining("不一致");
  }

  @Test
  void rejectsShortIdCardAndWrongSex() {
    Map<String, Object> v = application(LocalDate.of(1995, 5, 6), LocalDate.of(2026, 11, 20));
    v.put("idCardNumber", "11010119950506123");
    assertThatThrownBy(() -> applications.validate(v, 18)).hasMessageContaining("应为18位");
    v.put("idCardNumber", TestIds.idCard(LocalDate.of(1995, 5, 6), false));
    assertThatThrownBy(() -> applications.validate(v, 18)).hasMessageContaining("性别（gender）");
  }

  @Test
  void rejectsFutureDates() {
    assertThatThrownBy(() -> applications.validate(
        application(LocalDate.of(1995, 5, 6), LocalDate.of(2026, 11, 26)), 18))
        .hasMessageContaining("申请日期（applicationDate）2026-11-26 不能晚于今天（2026-11-25）");
    Map<String, Object> v = application(LocalDate.of(1995, 5, 6), LocalDate.of(2026, 11, 20));
    v.put("applicationDate", "20.11.2026");
    assertThatThrownBy(() -> applications.validate(v, 18)).hasMessageContaining("applicationDate")
        .hasMessageContaining("yyyy-MM-dd");
  }

  @Test
  void rejectsUnknownOrNonBranchOrganisation() {
    Map<String, Object> v = application(LocalDate.of(1995, 5, 6), LocalDate.of(2026, 11, 20));
    v.put("branchCode", "C9-B9");
    assertThatThrownBy(() -> applications.validate(v, 18)).hasMessageContaining("branchCode");
    v.put("branchCode", "C1-OD");
    assertThatThrownBy(() -> applications.validate(v, 18)).hasMessageContaining("不是党支部");
    v.remove("applicantName");
    assertThatThrownBy(() -> applications.validate(v, 18)).hasMessageContaining("申请人姓名（applicantName）不能为空");
  }

  @Test
  void branchOneHasSevenMembersWithVotingRights() {
    // 9 members: b1-member4 is probationary, b1-member5 under 留党察看.
    assertThat(tallies.votingMembers("C1-B1")).isEqualTo(7);
  }

  @Test
  void quorumAndMajorityCountAgainstAllDue() {
    VoteTally t = new VoteTally(7, 4, 3, 1, 0);
    assertThat(t.quorate()).isTrue();
    assertThat(t.passed()).as("3 of 7 due is not more than half, although 3 of 4 present is").isFalse();
    assertThat(t.majorityArithmetic()).isEqualTo("赞成 3 票 ≤ 应到 7 人的半数（3.5）");
    VoteTally noQuorum = new VoteTally(7, 3, 3, 0, 0);
    assertThat(noQuorum.quorate()).isFalse();
    assertThat(noQuorum.passed()).isFalse();
    assertThat(new VoteTally(7, 7, 4, 2, 1).passed()).isTrue();
    assertThat(new VoteTally(8, 5, 5, 0, 0).passed()).isTrue();
    assertThat(new VoteTally(8, 4, 4, 0, 0).quorate()).as("4 of 8 is not more than half").isFalse();
  }

  @Test
  void rejectsInconsistentTally() {
    assertThatThrownBy(() -> tallies.validate(new VoteTally(7, 8, 5, 0, 0), 7, null))
        .hasMessageContaining("实到人数（8）不能多于应到人数（7）");
    assertThatThrownBy(() -> tallies.validate(new VoteTally(7, 5, 6, 0, 0), 7, null))
        .hasMessageContaining("赞成票（6）不能多于实到人数（5）");
    assertThatThrownBy(() -> tallies.validate(new VoteTally(7, 5, 3, 2, 1), 7, null))
        .hasMessageContaining("= 6 票，不能多于实到人数（5）");
    assertThatThrownBy(() -> tallies.validate(new VoteTally(9, 5, 3, 2, 0), 7, null))
        .hasMessageContaining("应到人数（9）不能多于有表决权的正式党员人数（7）");
    assertThatThrownBy(() -> tallies.validate(new VoteTally(6, 5, 3, 2, 0), 7, null))
        .hasMessageContaining("voteDueReason");
    tallies.validate(new VoteTally(6, 5, 3, 2, 0), 7, "一名党员长期出国，经支委会同意不计入应到人数");
    assertThatThrownBy(() -> tallies.validate(new VoteTally(7, 5, -1, 2, 0), 7, null))
        .hasMessageContaining("不能为负数");
  }

  @Test
  void sponsorsAreTwoFullMembersNotUnderProbation() {
    assertThat(selections.sponsors("C1-B1", "b1-member1", "b1-member2")).hasSize(2);
    assertThatThrownBy(() -> selections.sponsors("C1-B1", "b1-member1", null))
        .hasMessageContaining("sponsor2").hasMessageContaining("两名正式党员");
    assertThatThrownBy(() -> selections.sponsors("C1-B1", "b1-member1", "b1-member1"))
        .hasMessageContaining("重复");
    assertThatThrownBy(() -> selections.sponsors("C1-B1", "b1-member1", "b1-member4"))
        .hasMessageContaining("不是正式党员");
    assertThatThrownBy(() -> selections.sponsors("C1-B1", "b1-member1", "b1-member5"))
        .hasMessageContaining("留党察看");
    assertThatThrownBy(() -> selections.sponsors("C1-B1", "b1-member1", "b2-member1"))
        .hasMessageContaining("不是本支部");
    assertThatThrownBy(() -> selections.sponsors("C1-B1", "nobody", "b1-member1"))
        .hasMessageContaining("sponsor1");
  }

  @Test
  void contactPersonsAreOneOrTwo() {
    assertThat(selections.contactPersons("C1-B1", "b1-member1", "")).hasSize(1);
    assertThat(selections.contactPersons("C1-B1", "b1-member1", "b1-member2")).hasSize(2);
    assertThatThrownBy(() -> selections.contactPersons("C1-B1", null, null))
        .hasMessageContaining("contactPerson1");
  }

  @org.junit.jupiter.api.Test
  void overlongTextIsRejectedWithTheFieldNamed() {
    java.util.Map<String, Object> values = java.util.Map.of("talkSummary", "长".repeat(FieldValues.MAX_TEXT + 1));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> FieldValues.text(values, "talkSummary", "谈话情况"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("talkSummary")
        .hasMessageContaining("5000");
  }
}
