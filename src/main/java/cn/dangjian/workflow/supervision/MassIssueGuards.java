package cn.dangjian.workflow.supervision;

import cn.dangjian.workflow.casework.FieldValues;
import cn.dangjian.workflow.casework.Submission;
import cn.dangjian.workflow.identity.Organisation;
import cn.dangjian.workflow.identity.OrganisationDirectory;
import cn.dangjian.workflow.identity.Person;
import cn.dangjian.workflow.rules.RulePacks;
import cn.dangjian.workflow.web.InvalidInputException;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Complete listeners of the mass-issue register's tasks ({@code ${massIssueGuards.handle(task)}}): dates in the order
 * of the case and not in the future, the handler a member of the receiving organisation, the handling period within
 * the rule pack's limit, a reason where one is owed — on the server for every door, every problem at once.
 */
@Component("massIssueGuards")
public class MassIssueGuards {

  /** 通知方式. */
  public static final Map<String, String> NOTICE_METHODS = Map.of("phone", "电话", "letter", "书面", "inPerson", "当面",
      "sms", "短信");
  /** 办理结果. */
  public static final Map<String, String> OUTCOMES = Map.of("resolved", "已解决", "explained", "已解释说明",
      "referred", "已转有关部门办理", "unresolvable", "暂无法解决（已说明理由）");
  /** 审核结论. */
  public static final Map<String, String> RESULT_DECISIONS = Map.of("accept", "办结", "return", "退回继续办理");
  private static final Map<String, String> RUNG_LABELS = Map.of("reminder", "提醒", "supervision", "督办");

  private final OrganisationDirectory organisations;
  private final RulePacks rules;

  public MassIssueGuards(OrganisationDirectory organisations, RulePacks rules) {
    this.organisations = organisations;
    this.rules = rules;
  }

  /** Who supervises an overdue issue: the office holders of the organisation above; at the top, its own. */
  public String supervisors(String organisationCode) {
    Organisation organisation = organisations.require(organisationCode);
    return organisation.parent() == null ? organisations.branchLeaders(organisationCode)
        : organisations.leadersAbove(organisationCode);
  }

  /** 告知受理情况: dated on or after receipt, how the reporter was told. */
  public void acceptanceNotice(DelegateTask task) {
    Submission s = new Submission();
    s.read(() -> dateAfter(task, "noticeDate", "告知日期", "receivedOn", "收到日期"));
    s.read(() -> FieldValues.choice(task, "noticeMethod", "告知方式", NOTICE_METHODS));
    s.done();
  }

  /** 指定承办: a member of the receiving organisation, a due date from today within the handling period. */
  public void assign(DelegateTask task) {
    Submission s = new Submission();
    String organisationCode = (String) task.getVariable("receivingOrganisationCode");
    Person handler = s.read(() -> {
      String id = FieldValues.text(task, "responsiblePerson", "承办人");
      return organisations.model().person(id).filter(p -> p.belongsTo(organisationCode)).orElseThrow(() ->
          new InvalidInputException("responsiblePerson", "承办人（responsiblePerson）应为"
              + organisations.require(organisationCode).name() + "的成员"));
    });
    s.read(() -> {
      LocalDate due = FieldValues.date(task.getVariable("handlingDueDate"), "handlingDueDate", "办理期限");
      LocalDate received = LocalDate.parse((String) task.getVariable("receivedOn"));
      String pack = (String) task.getVariable("rulePack");
      LocalDate latest = received.plus(rules.parsedPeriod(pack, "handlingPeriod"));
      FieldValues.notBefore(due, cn.dangjian.workflow.engine.EngineContext.today(), "handlingDueDate", "办理期限", "今天");
      if (due.isAfter(latest)) {
        throw new InvalidInputException("handlingDueDate", "办理期限（handlingDueDate）" + due + " 不能晚于 " + latest
            + "：" + rules.article(pack, "handlingPeriod") + "，" + rules.limit(pack, "handlingPeriod").text());
      }
      task.setVariable("handlingDueDate", due.toString());
      return due;
    });
    s.done();
    task.setVariable("responsiblePersonName", handler.name());
  }

  /** 办理并报告结果: dated on or after receipt, the outcome and what was done. */
  public void handle(DelegateTask task) {
    Submission s = new Submission();
    s.read(() -> dateAfter(task, "handlingDate", "办结日期", "receivedOn", "收到日期"));
    s.read(() -> FieldValues.choice(task, "handlingOutcome", "办理结果", OUTCOMES));
    s.read(() -> FieldValues.text(task, "handlingReport", "办理情况"));
    s.done();
  }

  /** 审核: dated on or after the handling; a return says why; an accepted result closes the issue on that day. */
  public void review(DelegateTask task) {
    Submission s = new Submission();
    LocalDate reviewed = s.read(() -> dateAfter(task, "reviewDate", "审核日期", "handlingDate", "办结日期"));
    String decision = s.read(() -> FieldValues.choice(task, "resultDecision", "审核结论", RESULT_DECISIONS));
    s.read(() -> FieldValues.text(task, "reviewOpinion", "审核意见"));
    s.done();
    if ("accept".equals(decision)) {
      task.setVariable("closedOn", reviewed.toString());
    }
  }

  /** 逾期提醒 / 督办: dated after the handling period ended, with what was said. */
  public void rung(DelegateTask task, String rung) {
    String label = RUNG_LABELS.get(rung);
    if (label == null) {
      throw new IllegalArgumentException("unknown rung " + rung);
    }
    Submission s = new Submission();
    s.read(() -> {
      LocalDate date = FieldValues.pastDate(task, rung + "Date", label + "日期");
      LocalDate due = LocalDate.parse((String) task.getVariable("handlingDueDate"));
      if (!date.isAfter(due)) {
        throw new InvalidInputException(rung + "Date", label + "日期（" + rung + "Date）应晚于办理期限 " + due);
      }
      task.setVariable(rung + "Date", date.toString());
      return date;
    });
    s.read(() -> FieldValues.text(task, rung + "Note", label + "意见"));
    s.done();
  }

  /** 反馈结果: dated on or after closing; an objection is written down as the reporter put it. */
  public void feedback(DelegateTask task) {
    Submission s = new Submission();
    s.read(() -> dateAfter(task, "feedbackDate", "反馈日期", "closedOn", "办结日期"));
    s.read(() -> FieldValues.choice(task, "feedbackMethod", "反馈方式", NOTICE_METHODS));
    Boolean objection = s.read(() -> FieldValues.bool(task, "objectionRaised", "反映人是否有异议"));
    if (Boolean.TRUE.equals(objection)) {
      s.read(() -> FieldValues.text(task, "objection", "异议内容"));
    }
    s.done();
    task.setVariable("objectionRaised", objection);
  }

  /** 答复异议: dated on or after the feedback, with the answer. */
  public void answerObjection(DelegateTask task) {
    Submission s = new Submission();
    s.read(() -> dateAfter(task, "objectionAnswerDate", "答复日期", "feedbackDate", "反馈日期"));
    s.read(() -> FieldValues.text(task, "objectionAnswer", "答复内容"));
    s.done();
  }

  private static LocalDate dateAfter(DelegateTask task, String field, String label, String earlierField,
      String earlierLabel) {
    LocalDate date = FieldValues.pastDate(task, field, label);
    Object earlier = task.getVariable(earlierField);
    FieldValues.notBefore(date, earlier == null ? null : FieldValues.date(earlier, earlierField, earlierLabel), field,
        label, earlierLabel);
    task.setVariable(field, date.toString());
    return date;
  }
}
