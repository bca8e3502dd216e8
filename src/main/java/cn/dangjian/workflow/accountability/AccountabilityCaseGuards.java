package cn.dangjian.workflow.accountability;

import static cn.dangjian.workflow.casework.FieldValues.optionalText;
import static cn.dangjian.workflow.casework.FieldValues.text;

import cn.dangjian.workflow.casework.FieldValues;
import cn.dangjian.workflow.casework.Submission;
import cn.dangjian.workflow.casework.VoteTally;
import cn.dangjian.workflow.casework.VoteTallyValidator;
import cn.dangjian.workflow.engine.EngineContext;
import cn.dangjian.workflow.identity.OrganisationModel;
import cn.dangjian.workflow.identity.Person;
import cn.dangjian.workflow.rules.RulePacks;
import cn.dangjian.workflow.web.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Complete listeners of the 问责 tasks ({@code ${accountabilityCaseGuards.investigation(task)}}): each checks its
 * form on the server, whatever door submitted it (every problem at once; the task stays open), enforces its
 * article and records derived facts. The decision has its own guard ({@link AccountabilityDecisionGuard}).
 */
@Component("accountabilityCaseGuards")
public class AccountabilityCaseGuards {

  static final Map<String, String> START_DECISIONS = Map.of("approve", "同意启动问责调查", "refuse", "不同意启动问责调查");
  static final Map<String, String> FAULTS = Map.of("notExecuted", "不执行", "poorlyExecuted", "执行不力",
      "improperlyExecuted", "执行不当");
  static final Map<String, String> SIGNATURES = Map.of("signed", "本人已签字确认", "refused", "本人拒绝签字");
  static final Map<String, String> SEVERITIES = Map.of("minor", "情节较轻", "serious", "情节较重", "grave", "情节严重");
  static final Map<String, String> CONSEQUENCES = Map.of("none", "未造成不良后果", "adverse", "造成不良影响", "severe",
      "造成严重后果");
  static final Map<String, String> DELIVERY_METHODS = Map.of("inPerson", "当面送达", "meeting", "会议宣布并送达",
      "post", "邮寄送达");
  static final Map<String, String> REVIEW_OUTCOMES = Map.of("upheld", "维持原问责决定", "changed", "变更原问责决定",
      "revoked", "撤销原问责决定");

  private final RulePacks rules;
  private final OrganisationModel organisations;
  private final VoteTallyValidator tallies;

  public AccountabilityCaseGuards(RulePacks rules, OrganisationModel organisations, VoteTallyValidator tallies) {
    this.rules = rules;
    this.organisations = organisations;
    this.tallies = tallies;
  }

  static String pack(DelegateTask task) {
    return (String) task.getVariable("rulePack");
  }

  static String choice(DelegateTask task, String field, String label, Map<String, String> allowed) {
    String value = text(task, field, label);
    if (!allowed.containsKey(value)) {
      throw new InvalidInputException(field, label + "（" + field + "）的取值 " + value + " 无效，可选："
          + String.join("、", allowed.values()));
    }
    return value;
  }

  /** A date of the case: not in the future and not before the date in {@code earlierVariable}. */
  static LocalDate dateAfter(DelegateTask task, String field, String label, String earlierVariable, String earlierLabel) {
    LocalDate date = FieldValues.pastDate(task, field, label);
    Object earlier = task.getVariable(earlierVariable);
    FieldValues.notBefore(date, earlier == null ? null : FieldValues.date(earlier, earlierVariable, earlierLabel), field,
        label, earlierLabel);
    return date;
  }

  private static boolean flag(DelegateTask task, String field) {
    boolean value = Boolean.TRUE.equals(task.getVariable(field));
    task.setVariable(field, value);
    return value;
  }

  /** 启动审批 (第九条) and, when approved, the investigation group (第十条: at least two distinct people). */
  public void startApproval(DelegateTask task) {
    Submission s = new Submission();
    s.read(() -> FieldValues.pastDate(task, "startApprovalDate", "审批日期"));
    String decision = s.read(() -> choice(task, "startDecision", "审批结论", START_DECISIONS));
    s.read(() -> text(task, "startApprovalOpinion", "审批意见"));
    if ("approve".equals(decision)) {
      List<Person> group = investigationGroup(task, s);
      if (group != null) {
        task.setVariable("investigators", group.stream().map(Person::id).collect(Collectors.joining(",")));
        task.setVariable("investigatorNames", group.stream().map(Person::name).collect(Collectors.joining("、")));
        task.setVariable("investigationLeaderName", group.get(0).name());
      }
    }
    s.done();
    task.setVariable("startApproved", "approve".equals(decision));
  }

  private List<Person> investigationGroup(DelegateTask task, Submission s) {
    int minimum = rules.min(pack(task), "investigationGroup");
    String subject = (String) task.getVariable("subjectPerson");
    List<Person> group = new ArrayList<>();
    boolean complete = true;
    List<String> fields = List.of("investigator1", "investigator2", "investigator3");
    for (int i = 1; i <= fields.size(); i++) {
      String field = fields.get(i - 1);
      String id = optionalText(task, field);
      int position = i;
      if (id == null) {
        if (i <= minimum) {
          complete = false;
          s.check(() -> {
            throw new InvalidInputException(field, "调查组至少由" + minimum + "人组成：第" + position
                + "名调查组成员（" + field + "）未填写（" + rules.article(pack(task), "investigationGroup") + "）");
          });
        }
        continue;
      }
      Person person = s.read(() -> organisations.person(id).orElseThrow(() ->
          new InvalidInputException(field, "调查组成员（" + field + "）" + id + " 不是系统中的人员")));
      if (person == null) {
        complete = false;
      } else if (person.id().equals(subject)) {
        complete = false;
        s.check(() -> {
          throw new InvalidInputException(field, "调查组成员（" + field + "）" + person.name() + " 是被问责人本人，应当回避");
        });
      } else if (group.stream().anyMatch(p -> p.id().equals(person.id()))) {
        complete = false;
        s.check(() -> {
          throw new InvalidInputException(field, "调查组成员（" + field + "）" + person.name() + " 重复：须为不同的人");
        });
      } else {
        group.add(person);
      }
    }
    return complete ? group : null;
  }

  /** 调查: the facts found and the kind of failure (第十条: 不执行 / 执行不力 / 执行不当), shown to the subject. */
  public void investigation(DelegateTask task) {
    Submission s = new Submission();
    s.read(() -> text(task, "factsFound", "查明的事实"));
    s.read(() -> choice(task, "executionFault", "失职失责情形", FAULTS));
    s.read(() -> dateAfter(task, "factsShownDate", "与被调查对象见面日期", "startApprovalDate", "启动审批日期"));
    s.done();
  }

  /** 陈述申辩: the subject's own statement, signed or not. */
  public void statement(DelegateTask task) {
    Submission s = new Submission();
    s.read(() -> text(task, "statement", "陈述和申辩意见"));
    s.read(() -> choice(task, "signature", "签字确认", SIGNATURES));
    s.done();
    task.setVariable("statementDate", EngineContext.today().toString());
    task.setVariable("statementBy", EngineContext.authenticatedUserId().orElse("system"));
  }

  /** The investigation group records the subject's refusal to sign (注明拒绝签字). */
  public void refusalToSign(DelegateTask task) {
    Submission s = new Submission();
    s.read(() -> dateAfter(task, "refusalDate", "记录日期", "statementDate", "陈述申辩日期"));
    s.read(() -> text(task, "refusalNote", "拒绝签字情况"));
    s.read(() -> text(task, "refusalWitnesses", "在场人员"));
    s.done();
  }

  /** 调查报告: findings and what the decision table weighs (情节, 后果, 多次, 从轻 and 从重 circumstances). */
  public void report(DelegateTask task) {
    Submission s = new Submission();
    s.read(() -> dateAfter(task, "reportDate", "报告日期", "factsShownDate", "与被调查对象见面日期"));
    s.read(() -> text(task, "reportSummary", "调查报告"));
    s.read(() -> choice(task, "severity", "情节", SEVERITIES));
    s.read(() -> choice(task, "consequence", "后果", CONSEQUENCES));
    boolean mitigating = flag(task, "mitigating");
    boolean aggravating = flag(task, "aggravating");
    flag(task, "repeated");
    if (mitigating || aggravating) {
      s.read(() -> text(task, "circumstances", "从轻或从重情节"));
    }
    s.done();
  }

  /** 集体讨论调查报告: the tally of the competent body; a report not adopted goes back to the group. */
  public void discussion(DelegateTask task) {
    Submission s = new Submission();
    s.read(() -> dateAfter(task, "discussionDate", "讨论日期", "reportDate", "报告日期"));
    VoteTally tally = s.read(() -> tallies.readRecusing(task, "report",
        (String) task.getVariable("competentOrganisationCode"), (String) task.getVariable("subjectPerson")));
    s.read(() -> text(task, "discussionMinutes", "讨论情况"));
    s.done();
    task.setVariable("reportAdopted", tally.passed());
    task.setVariable("reportTallyResult", tally.passed() ? "通过：" + tally.majorityArithmetic()
        : "未通过：" + tally.quorumArithmetic() + "；" + tally.majorityArithmetic());
  }

  /** 送达: the decision delivered; the appeal window runs from the delivery (申诉期). */
  public void delivery(DelegateTask task) {
    Submission s = new Submission();
    LocalDate date = s.read(() -> dateAfter(task, "deliveryDate", "送达日期", "decisionDate", "问责决定日期"));
    s.read(() -> choice(task, "deliveryMethod", "送达方式", DELIVERY_METHODS));
    s.read(() -> text(task, "deliveryReceiver", "受送达人"));
    s.done();
    task.setVariable("appealDeadline", date.plus(rules.parsedPeriod(pack(task), "appealWindow")).toString());
  }

  /** 执行: organisational adjustments within the rule pack's limit, or the reason for the delay. */
  public void execution(DelegateTask task) {
    Submission s = new Submission();
    LocalDate date = s.read(() -> dateAfter(task, "executionDate", "执行日期", "decisionDate", "问责决定日期"));
    s.read(() -> text(task, "executionNote", "执行情况"));
    if (date != null && Boolean.TRUE.equals(task.getVariable("hasAdjustment"))) {
      LocalDate limit = LocalDate.parse((String) task.getVariable("decisionDate"))
          .plus(rules.parsedPeriod(pack(task), "organisationalAdjustment"));
      if (date.isAfter(limit) && optionalText(task, "executionLateReason") == null) {
        s.check(() -> {
          throw new InvalidInputException("executionLateReason", "组织调整或组织处理的手续应于 " + limit + " 前办理完毕（执行日期 "
              + date + "），逾期须写明原因（executionLateReason；" + rules.article(pack(task), "organisationalAdjustment") + "）");
        });
      }
    }
    s.done();
  }

  /** 申诉: in writing, within the window after delivery. */
  public void appeal(DelegateTask task) {
    Submission s = new Submission();
    LocalDate date = s.read(() -> dateAfter(task, "appealDate", "申诉日期", "deliveryDate", "送达日期"));
    s.read(() -> text(task, "appealGrounds", "申诉理由"));
    if (date != null && date.isAfter(LocalDate.parse((String) task.getVariable("appealDeadline")))) {
      s.check(() -> {
        throw new InvalidInputException("appealDate", "申诉日期（appealDate）" + date + " 已过申诉期限（"
            + task.getVariable("appealDeadline") + "，" + rules.article(pack(task), "appealWindow") + "）");
      });
    }
    s.done();
    task.setVariable("appealLodged", true);
  }

  /** 申诉处理: answered within the limit, or the delay explained; execution was not suspended meanwhile. */
  public void appealReview(DelegateTask task) {
    Submission s = new Submission();
    LocalDate date = s.read(() -> dateAfter(task, "reviewDate", "复查决定日期", "appealDate", "申诉日期"));
    s.read(() -> choice(task, "reviewOutcome", "复查结论", REVIEW_OUTCOMES));
    s.read(() -> text(task, "reviewReasoning", "复查理由"));
    if (date != null) {
      LocalDate limit = LocalDate.parse((String) task.getVariable("appealDate"))
          .plus(rules.parsedPeriod(pack(task), "appealAnswer"));
      if (date.isAfter(limit) && optionalText(task, "reviewLateReason") == null) {
        s.check(() -> {
          throw new InvalidInputException("reviewLateReason", "申诉应于 " + limit + " 前作出处理决定（复查决定日期 " + date
              + "），逾期须写明原因（reviewLateReason；" + rules.article(pack(task), "appealAnswer") + "）");
        });
      }
    }
    s.done();
  }
}
