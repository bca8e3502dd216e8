package cn.dangjian.workflow.accountability;

import static cn.dangjian.workflow.accountability.AccountabilityFamilies.RESPONSIBILITY;

import cn.dangjian.workflow.casework.CaseIntake;
import cn.dangjian.workflow.casework.FieldValues;
import cn.dangjian.workflow.casework.Submission;
import cn.dangjian.workflow.engine.EngineContext;
import cn.dangjian.workflow.identity.Organisation;
import cn.dangjian.workflow.identity.OrganisationModel;
import cn.dangjian.workflow.identity.OrganisationType;
import cn.dangjian.workflow.identity.Person;
import cn.dangjian.workflow.identity.Role;
import cn.dangjian.workflow.web.InvalidInputException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of {@code responsibilityItem}: a committee assigns an item of its responsibility list (责任清单)
 * to an organisation below it. Checks the integration contract (the same for the start form and
 * {@code POST /engine-rest/process-definition/key/responsibilityItem/start}), every problem at once, then opens the
 * case for the assigning organisation (the starter must act for it).
 */
@Component("responsibilityItemIntake")
public class ResponsibilityItemIntake implements ExecutionListener {

  /** 主要领导责任 / 重要领导责任 / 全面领导责任. */
  public static final Map<String, String> TIERS = tiers();

  static final int MAX_TITLE = 200;

  private final CaseIntake intake;
  private final OrganisationModel organisations;

  public ResponsibilityItemIntake(CaseIntake intake, OrganisationModel organisations) {
    this.intake = intake;
    this.organisations = organisations;
  }

  private static Map<String, String> tiers() {
    Map<String, String> tiers = new LinkedHashMap<>();
    tiers.put("primary", "主要领导责任");
    tiers.put("important", "重要领导责任");
    tiers.put("overall", "全面领导责任");
    return Map.copyOf(tiers);
  }

  @Override
  public void notify(DelegateExecution execution) {
    intake.pinRulePack(execution, RESPONSIBILITY);
    Submission s = new Submission();
    String title = s.read(() -> title(execution));
    Organisation assigning = s.read(() -> organisation(execution, "assigningOrganisationCode", "交办组织"));
    Organisation owner = s.read(() -> organisation(execution, "ownerOrganisationCode", "责任单位"));
    String leaderId = s.read(() -> FieldValues.text(execution, "responsibleLeader", "责任领导"));
    String tier = s.read(() -> FieldValues.choice(execution, "leadershipTier", "领导责任类型", TIERS));
    LocalDate deadline = s.read(() -> FieldValues.date(execution.getVariable("deadline"), "deadline", "完成期限"));
    Boolean evidenceRequired = s.read(() -> FieldValues.bool(execution, "evidenceRequired", "须提交佐证材料"));
    String description = s.read(() -> FieldValues.optionalText(execution, "itemDescription"));
    if (Submission.have(deadline)) {
      s.check(() -> notInPast(deadline));
    }
    if (Submission.have(assigning, owner)) {
      s.check(() -> requireAbove(assigning, owner));
    }
    Person leader = Submission.have(owner, leaderId) ? s.read(() -> leaderOf(owner, leaderId)) : null;
    Organisation competent = Submission.have(assigning) ? s.read(() -> competentBody(assigning)) : null;
    s.done();
    execution.setVariable("itemTitle", title);
    execution.setVariable("itemDescription", description);
    execution.setVariable("deadline", deadline.toString());
    execution.setVariable("evidenceRequired", evidenceRequired);
    execution.setVariable("evidenceRequiredLabel", evidenceRequired ? "是" : "否");
    execution.setVariable("leadershipTierLabel", TIERS.get(tier));
    execution.setVariable("assigningOrganisationName", assigning.name());
    execution.setVariable("competentOrganisationCode", competent.code());
    execution.setVariable("competentOrganisationName", competent.name());
    execution.setVariable("ownerOrganisationName", owner.name());
    execution.setVariable("responsibleLeaderName", leader.name());
    execution.setVariable("assignedOn", EngineContext.today().toString());
    intake.open(execution, RESPONSIBILITY, "assigningOrganisationCode", assigning.code(), "责任清单事项：" + title);
  }

  private static String title(DelegateExecution execution) {
    String title = FieldValues.text(execution, "itemTitle", "责任事项");
    if (title.codePointCount(0, title.length()) > MAX_TITLE) {
      throw new InvalidInputException("itemTitle", "责任事项（itemTitle）不能超过 " + MAX_TITLE + " 个字");
    }
    return title;
  }

  private Organisation organisation(DelegateExecution execution, String field, String label) {
    String code = FieldValues.text(execution, field, label);
    return organisations.organisation(code).orElseThrow(() -> new InvalidInputException(field,
        label + "（" + field + "）" + code + " 不是组织架构中的组织"));
  }

  private static void notInPast(LocalDate deadline) {
    LocalDate today = EngineContext.today();
    if (deadline.isBefore(today)) {
      throw new InvalidInputException("deadline", "完成期限（deadline）" + deadline + " 不能早于今天（" + today + "）");
    }
  }

  /** 责任清单由党委（党组）分解到下级组织：交办组织须在责任单位之上. */
  private void requireAbove(Organisation assigning, Organisation owner) {
    boolean above = !assigning.code().equals(owner.code())
        && organisations.lineage(owner.code()).stream().anyMatch(o -> o.code().equals(assigning.code()));
    if (!above) {
      throw new InvalidInputException("ownerOrganisationCode", "责任单位（ownerOrganisationCode）" + owner.name()
          + " 不是交办组织" + assigning.name() + "的下级组织，不能向其交办责任事项");
    }
  }

  /**
   * Who decides on the item's 问责建议: the assigning organisation if it is a 党委, else the nearest 党委 above it (a
   * 党总支 or 党支部 may not decide 问责, 《中国共产党问责条例》第十二条).
   */
  private Organisation competentBody(Organisation assigning) {
    return organisations.lineage(assigning.code()).stream().filter(o -> o.type() == OrganisationType.PARTY_COMMITTEE)
        .findFirst().orElseThrow(() -> new InvalidInputException("assigningOrganisationCode", "交办组织"
            + "（assigningOrganisationCode）" + assigning.name() + "及其上级中没有能作出问责决定的党委（《中国共产党问责条例》第十二条）"));
  }

  private Person leaderOf(Organisation owner, String userId) {
    Person person = organisations.person(userId).orElseThrow(() -> new InvalidInputException("responsibleLeader",
        "责任领导（responsibleLeader）" + userId + " 不是组织架构中的人员"));
    boolean leads = person.roles().getOrDefault(owner.code(), java.util.List.of()).stream()
        .anyMatch(Role::sitsOnCommittee);
    if (!leads) {
      throw new InvalidInputException("responsibleLeader", "责任领导（responsibleLeader）" + person.name()
          + " 不是" + owner.name() + "的领导班子成员（书记、副书记或委员）");
    }
    return person;
  }
}
