package cn.dangjian.workflow.supervision;

import cn.dangjian.workflow.casework.CaseFamily;
import cn.dangjian.workflow.casework.CaseNumbers;
import cn.dangjian.workflow.casework.CaseOutcome;
import cn.dangjian.workflow.casework.FieldValues;
import cn.dangjian.workflow.casework.Submission;
import cn.dangjian.workflow.casework.VoteTally;
import cn.dangjian.workflow.casework.VoteTallyValidator;
import cn.dangjian.workflow.identity.Organisation;
import cn.dangjian.workflow.identity.OrganisationDirectory;
import cn.dangjian.workflow.identity.Person;
import cn.dangjian.workflow.identity.Role;
import cn.dangjian.workflow.rules.RulePacks;
import cn.dangjian.workflow.web.InvalidInputException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The jurisdiction of a clue ({@code ${clueGuards.jurisdiction(execution)}}, a start listener) and the complete
 * listeners of its tasks ({@code ${clueGuards.study(task)}}): dates in the order of the case and not in the future,
 * the characteristics and the disposal chosen from their lists, a reason where the collective study departs from the
 * decision table's suggestion, a verification group of at least the rule pack's number of distinct 纪委 people without
 * the subject — on the server for every door, every problem at once.
 */
@Component("clueGuards")
public class ClueGuards {

  /** The clue ledger of a 纪委 (线索台账): numbers {@code XSTZ-C1-D-2026-0001}, per 纪委 and year. */
  static final CaseFamily LEDGER = new CaseFamily("clueledger", "XSTZ", "问题线索台账",
      SupervisionFamilies.CLUE.processKey());

  /** 反映问题的具体程度. */
  public static final Map<String, String> SPECIFICITY = ordered("specific", "具体", "vague", "笼统");
  /** 是否可查. */
  public static final Map<String, String> VERIFIABILITY = ordered("checkable", "可查", "uncheckable", "不可查");
  /** 问题性质的严重程度. */
  public static final Map<String, String> SEVERITY = ordered("minor", "轻微", "general", "一般", "serious", "严重");
  /** 目前是否具备核查条件. */
  public static final Map<String, String> CONDITIONS = ordered("ready", "具备", "lacking", "不具备");
  /** 四类处置方式 (《纪检监察机关处理检举控告工作规则》第十七条). */
  public static final Map<String, String> DISPOSALS = ordered("talk", "谈话函询", "verify", "初步核实", "shelve", "暂存待查",
      "close", "予以了结");
  /** 报送方式: uncopied, sealed (第十五条). */
  public static final Map<String, String> FORWARD_METHODS = ordered("sealed", "密封件机要报送", "inPerson", "专人当面递交");
  /** 谈话或函询. */
  public static final Map<String, String> TALK_METHODS = ordered("talk", "谈话", "letter", "函询");
  /** 谈话函询后的处置意见 (《中国共产党纪律检查机关监督执纪工作规则》第三十条). */
  public static final Map<String, String> TALK_OUTCOMES = ordered("cleared", "反映不实或没有证据证明存在问题，予以采信了结",
      "admonish", "问题轻微，予以提醒、批评教育或诫勉（第一种形态）", "escalate", "反映问题需要进一步核实，转初步核实");
  /** 第一种形态的处理. */
  public static final Map<String, String> ADMONISHMENTS = ordered("reminder", "谈话提醒", "criticism", "批评教育",
      "admonition", "诫勉");
  /** 初步核实后的处置意见. */
  public static final Map<String, String> VERIFICATION_OUTCOMES = ordered("close", "问题不存在或情节轻微不需要追究，予以了结",
      "file", "涉嫌违纪，需要追究党纪责任，建议立案审查调查");
  /** 结论 (caseOutcome) of a clue, as the dossier and the referral feedback state it. */
  public static final Map<String, String> OUTCOMES = ordered("redirected", "不属于本级受理，已转递", "repeated",
      "重复举报，登记存档", "closed", "予以了结", "shelved", "暂存待查", "talkCleared", "经谈话函询予以了结",
      "talkAdmonished", "经谈话函询予以提醒、批评教育或诫勉", "verifiedClosed", "经初步核实予以了结", "sanctioned",
      "经立案审查调查作出处理决定", "notSanctioned", "经立案审查调查，不予处分");

  private final OrganisationDirectory organisations;
  private final RulePacks rules;
  private final CaseNumbers numbers;
  private final VoteTallyValidator tallies;

  public ClueGuards(OrganisationDirectory organisations, RulePacks rules, CaseNumbers numbers,
      VoteTallyValidator tallies) {
    this.organisations = organisations;
    this.rules = rules;
    this.numbers = numbers;
    this.tallies = tallies;
  }

  /**
   * Start listener after {@code ${clueIntake}}: whether the clue arrived at the 纪委 itself ({@code atCommission}) or
   * must be sent up; and the 纪委's own recusal — a clue about the 纪委's principal leader (its secretary) goes to the
   * 纪委 above; where the organisation model has none, it is registered and redirected to the higher-level 纪委, which
   * staff must contact directly.
   */
  public void jurisdiction(DelegateExecution execution) {
    String receiving = (String) execution.getVariable("receivingOrganisationCode");
    Organisation commission = organisations.require((String) execution.getVariable("commissionCode"));
    execution.setVariable("arrivedOn", execution.getVariable("receivedOn"));
    String subject = (String) execution.getVariable("subjectPerson");
    boolean aboutCommissionLeader = subject != null && organisations.model().holders(commission.code(), Role.SECRETARY)
        .stream().anyMatch(p -> p.id().equals(subject));
    if (aboutCommissionLeader) {
      Optional<Organisation> above = commissionAbove(commission);
      if (above.isPresent()) {
        commission = above.get();
        execution.setVariable("commissionCode", commission.code());
        execution.setVariable("commissionName", commission.name());
      } else if (!Boolean.TRUE.equals(execution.getVariable("redirected"))) {
        execution.setVariable("redirected", true);
        execution.setVariable("redirectTo", "上一级纪委");
        execution.setVariable("redirectReason", "被反映人" + execution.getVariable("subjectName") + "是"
            + commission.name() + "的主要负责人，" + commission.name() + "整体回避，问题线索应直接报送上一级纪委"
            + "（《纪检监察机关处理检举控告工作规则》第十五条）。本系统中没有" + commission.name()
            + "的上一级纪委：本件登记后转递，请工作人员将原件直接报送上一级纪委，不得复制、摘抄。");
      }
    }
    execution.setVariable("atCommission", receiving.equals(commission.code()));
  }

  private Optional<Organisation> commissionAbove(Organisation commission) {
    Organisation committee = organisations.partyCommittee(commission.code());
    if (committee.parent() == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(organisations.disciplineCommission(committee.parent()));
    } catch (IllegalStateException none) {
      return Optional.empty();
    }
  }

  /** Who sends a clue up for a branch: its secretary and its discipline member (书记、纪检委员). */
  public String referrers(String organisationCode) {
    Organisation organisation = organisations.require(organisationCode);
    return String.join(",", organisation.roleGroup(Role.SECRETARY), organisation.roleGroup(Role.DISCIPLINE_MEMBER));
  }

  /** 报送上级纪委: dated on or after receipt, sent sealed and uncopied (第十五条). */
  public void forward(DelegateTask task) {
    Submission s = new Submission();
    LocalDate forwarded = s.read(() -> dateAfter(task, "forwardDate", "报送日期", "receivedOn", "收到日期"));
    s.read(() -> FieldValues.choice(task, "forwardMethod", "报送方式", FORWARD_METHODS));
    s.read(() -> {
      if (!FieldValues.bool(task, "notCopied", "未复制、摘抄")) {
        throw new InvalidInputException("notCopied", "报送的问题线索不得复制、摘抄，不得录入检举举报平台（notCopied）："
            + rules.article(pack(task), "forwardUpward"));
      }
      return true;
    });
    s.done();
    task.setVariable("arrivedOn", forwarded.toString());
  }

  /**
   * 登记: dated on or after arrival at the 纪委, the clue's characteristics for the decision table; gives the clue
   * its number in the 纪委's ledger (线索台账) and makes the 纪委 the issuer of the case's records.
   */
  public void register(DelegateTask task) {
    Submission s = new Submission();
    LocalDate registered = s.read(() -> dateAfter(task, "registrationDate", "登记日期", "arrivedOn", "收到日期"));
    s.read(() -> FieldValues.choice(task, "specificity", "反映问题是否具体", SPECIFICITY));
    s.read(() -> FieldValues.choice(task, "verifiability", "是否可查", VERIFIABILITY));
    s.read(() -> FieldValues.choice(task, "severity", "问题性质", SEVERITY));
    s.read(() -> FieldValues.choice(task, "conditions", "目前是否具备核查条件", CONDITIONS));
    s.done();
    String commission = (String) task.getVariable("commissionCode");
    task.setVariable("clueNumber", numbers.next(LEDGER, commission, registered.getYear()));
    task.setVariable("issuerName", task.getVariable("commissionName"));
    task.setVariable("issuerCode", task.getVariable("commissionCode"));
  }

  /**
   * 集体研究: the committee's tally (a majority of those due), the disposal and its reasons; a disposal other than the
   * decision table's suggestion needs its own reason (the table suggests, people decide).
   */
  public void study(DelegateTask task) {
    Submission s = new Submission();
    s.read(() -> dateAfter(task, "studyDate", "研究日期", "registrationDate", "登记日期"));
    String pack = pack(task);
    VoteTally tally = s.read(() -> tallies.readCommittee(task, "study", (String) task.getVariable("commissionCode"),
        rules.article(pack, "collectiveStudy")));
    if (tally != null && !tally.passed()) {
      s.check(() -> {
        throw new InvalidInputException("studyVoteFor", "处置意见未获集体研究通过（" + tally.majorityArithmetic()
            + "）：" + rules.article(pack, "collectiveStudy") + "，经集体研究决定处置方式");
      });
    }
    String disposal = s.read(() -> FieldValues.choice(task, "disposal", "处置方式", DISPOSALS));
    s.read(() -> FieldValues.text(task, "disposalReason", "处置理由"));
    Object suggested = task.getVariable("suggestedDisposal");
    if (disposal != null && suggested != null && !disposal.equals(suggested)) {
      s.read(() -> {
        if (FieldValues.optionalText(task, "deviationReason") == null) {
          throw new InvalidInputException("deviationReason", "处置方式（" + DISPOSALS.get(disposal) + "）与决策表建议的"
              + DISPOSALS.get(suggested.toString()) + "不同，须写明理由（deviationReason）");
        }
        return FieldValues.text(task, "deviationReason", "不采纳建议的理由");
      });
    }
    s.done();
    task.setVariable("suggestedDisposalName", suggested == null ? null : DISPOSALS.get(suggested.toString()));
    if ("close".equals(disposal)) {
      CaseOutcome.record(task, "closed");
    } else if ("shelve".equals(disposal)) {
      CaseOutcome.record(task, "shelved");
    }
  }

  /** 审批 of a step (谈话函询方案, 初步核实方案, 立案): dated on or after {@code after}, with the approver's opinion. */
  public void approval(DelegateTask task, String step, String after) {
    Submission s = new Submission();
    s.read(() -> dateAfter(task, step + "ApprovalDate", "审批日期", after, "前一环节日期"));
    s.read(() -> FieldValues.text(task, step + "ApprovalOpinion", "审批意见"));
    s.done();
  }

  /** 谈话或函询: how and when, with what was said or asked. */
  public void talk(DelegateTask task) {
    Submission s = new Submission();
    s.read(() -> FieldValues.choice(task, "talkMethod", "方式", TALK_METHODS));
    s.read(() -> dateAfter(task, "talkDate", "谈话或发函日期", "talkApprovalDate", "审批日期"));
    s.read(() -> FieldValues.text(task, "talkRecord", "谈话记录或函询内容"));
    s.done();
  }

  /** 书面说明: received on or after the talk or letter, countersigned by the principal leader of the subject's 党组织. */
  public void reply(DelegateTask task) {
    Submission s = new Submission();
    s.read(() -> dateAfter(task, "replyDate", "收到书面说明日期", "talkDate", "谈话或发函日期"));
    s.read(() -> FieldValues.text(task, "replySummary", "书面说明的主要内容"));
    s.read(() -> FieldValues.text(task, "countersignedBy", "签署意见的党组织主要负责人"));
    s.read(() -> FieldValues.text(task, "countersignOpinion", "主要负责人签署的意见"));
    s.done();
  }

  /** 情况报告和处置意见 after the talk or reply (第三十条). */
  public void talkReport(DelegateTask task) {
    Submission s = new Submission();
    s.read(() -> dateAfter(task, "talkReportDate", "报告日期", "replyDate", "收到书面说明日期"));
    String outcome = s.read(() -> FieldValues.choice(task, "talkOutcome", "处置意见", TALK_OUTCOMES));
    if ("admonish".equals(outcome)) {
      s.read(() -> FieldValues.choice(task, "admonishment", "处理方式", ADMONISHMENTS));
    }
    s.read(() -> FieldValues.text(task, "talkReportText", "情况报告"));
    s.done();
    if ("cleared".equals(outcome)) {
      CaseOutcome.record(task, "talkCleared");
    } else if ("admonish".equals(outcome)) {
      CaseOutcome.record(task, "talkAdmonished");
    }
  }

  /**
   * 初步核实方案: a group of at least {@code verificationGroup.min} distinct people of the 纪委, never the subject
   * (第三十三条), with the plan. The group's names go into the case for records; its members are investigators for
   * 查审分离.
   */
  public void planVerification(DelegateTask task) {
    Submission s = new Submission();
    s.read(() -> dateAfter(task, "verificationPlanDate", "方案日期", "studyDate", "研究日期"));
    s.read(() -> FieldValues.text(task, "verificationPlan", "工作方案"));
    List<Person> group = s.read(() -> group(task));
    s.done();
    task.setVariable("verificationGroup", String.join(",", group.stream().map(Person::id).toList()));
    task.setVariable("verificationGroupNames", String.join("、", group.stream().map(Person::name).toList()));
    ClueSeparation.note(task, group.stream().map(Person::id).toList());
  }

  private List<Person> group(DelegateTask task) {
    String pack = pack(task);
    String commissionCode = (String) task.getVariable("commissionCode");
    String commissionName = (String) task.getVariable("commissionName");
    String subject = (String) task.getVariable("subjectPerson");
    String raw = FieldValues.text(task, "verificationGroup", "核查组成员");
    Set<String> ids = new LinkedHashSet<>(Arrays.stream(raw.split("[,，、\\s]+")).filter(id -> !id.isBlank()).toList());
    int min = rules.min(pack, "verificationGroup");
    String article = rules.article(pack, "verificationGroup");
    if (ids.size() < min) {
      throw new InvalidInputException("verificationGroup", "核查组（verificationGroup）应由不少于" + min + "名不同的人员组成，"
          + "现为" + ids.size() + "名：" + article);
    }
    List<Person> people = ids.stream().map(id -> organisations.model().person(id).filter(p -> p.belongsTo(commissionCode))
        .orElseThrow(() -> new InvalidInputException("verificationGroup", "核查组成员（verificationGroup）应为" + commissionName
            + "的人员，" + id + " 不是"))).toList();
    if (subject != null && ids.contains(subject)) {
      throw new InvalidInputException("verificationGroup", "被反映人应当回避，不能参加核查组（verificationGroup）");
    }
    return people;
  }

  /** 初步核实情况报告: signed by every member of the group, with the outcome. */
  public void verificationReport(DelegateTask task) {
    Submission s = new Submission();
    s.read(() -> dateAfter(task, "verificationReportDate", "报告日期", "verificationApprovalDate", "审批日期"));
    s.read(() -> FieldValues.text(task, "verificationFindings", "核实情况"));
    String outcome = s.read(() -> FieldValues.choice(task, "verificationOutcome", "处置建议", VERIFICATION_OUTCOMES));
    s.read(() -> signedByWholeGroup(rules, task, "verificationSignatories"));
    s.done();
    if ("close".equals(outcome)) {
      CaseOutcome.record(task, "verifiedClosed");
    }
  }

  static Boolean signedByWholeGroup(RulePacks rules, DelegateTask task, String field) {
    Set<String> group = Set.of(((String) task.getVariable("verificationGroup")).split(","));
    String raw = FieldValues.text(task, field, "签名人员");
    Set<String> signed = new LinkedHashSet<>(Arrays.stream(raw.split("[,，、\\s]+")).filter(id -> !id.isBlank()).toList());
    if (!signed.equals(group)) {
      throw new InvalidInputException(field, "报告应由核查组全体成员（" + task.getVariable("verificationGroupNames")
          + "）签名（" + field + "），不多也不少：" + rules.article(pack(task), "verificationGroup"));
    }
    return true;
  }

  /** The verification group, as candidate users of its tasks. */
  public List<String> group(VariableScope scope) {
    return List.of(((String) scope.getVariable("verificationGroup")).split(","));
  }

  static LocalDate dateAfter(DelegateTask task, String field, String label, String earlierField, String earlierLabel) {
    LocalDate date = FieldValues.pastDate(task, field, label);
    Object earlier = task.getVariable(earlierField);
    FieldValues.notBefore(date, earlier == null ? null : FieldValues.date(earlier, earlierField, earlierLabel), field,
        label, earlierLabel);
    task.setVariable(field, date.toString());
    return date;
  }

  static String pack(VariableScope scope) {
    return (String) scope.getVariable("rulePack");
  }

  private static Map<String, String> ordered(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(map);
  }
}
