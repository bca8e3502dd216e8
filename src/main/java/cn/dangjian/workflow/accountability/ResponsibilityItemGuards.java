package cn.dangjian.workflow.accountability;

import cn.dangjian.workflow.casework.FieldValues;
import cn.dangjian.workflow.casework.Submission;
import cn.dangjian.workflow.engine.UploadedFiles;
import cn.dangjian.workflow.web.InvalidInputException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.Attachment;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Complete listeners of the responsibility-item tasks ({@code ${responsibilityItemGuards.evidence(task)}}): what a
 * form cannot check alone — dates against the case, a reason where one is owed, the evidence attachments — checked on
 * the server for every door, every problem at once. The task stays open when a check fails.
 */
@Component("responsibilityItemGuards")
public class ResponsibilityItemGuards {

  /** The date field and the label of each escalation rung's task. */
  private static final Map<String, String> RUNG_DATES = Map.of("reminder", "提醒日期", "supervision", "督办日期",
      "circulation", "通报日期", "proposal", "建议日期");

  private final TaskService tasks;
  private final HistoryService history;
  private final AccountabilityCaseValidator accountabilityCases;

  public ResponsibilityItemGuards(@Lazy TaskService tasks, @Lazy HistoryService history,
      AccountabilityCaseValidator accountabilityCases) {
    this.tasks = tasks;
    this.history = history;
    this.accountabilityCases = accountabilityCases;
  }

  /**
   * The evidence uploaded so far: attachments of the case and of every evidence task it had (a returned item keeps
   * what was uploaded before), whether they came through Tasklist's API or Camunda's REST API. Only files count: a
   * PDF, JPEG or PNG stored with its content ({@link UploadedFiles}); a link ({@code url}) or any other type is not
   * evidence, whichever door it came through.
   */
  private List<Attachment> evidenceOf(DelegateTask task) {
    Map<String, Attachment> found = new LinkedHashMap<>();
    tasks.getProcessInstanceAttachments(task.getProcessInstanceId()).forEach(a -> found.put(a.getId(), a));
    history.createHistoricTaskInstanceQuery().processInstanceId(task.getProcessInstanceId())
        .taskDefinitionKey(task.getTaskDefinitionKey()).list()
        .forEach(t -> tasks.getTaskAttachments(t.getId()).forEach(a -> found.put(a.getId(), a)));
    tasks.getTaskAttachments(task.getId()).forEach(a -> found.put(a.getId(), a));
    return found.values().stream().filter(this::acceptedFile).toList();
  }

  private boolean acceptedFile(Attachment attachment) {
    return attachment.getUrl() == null && UploadedFiles.acceptedType(attachment.getType())
        && UploadedFiles.matches(attachment.getType(), tasks.getAttachmentContent(attachment.getId()));
  }

  /** 提交完成情况: dated between assignment and today; the attachments the item requires are there. */
  public void evidence(DelegateTask task) {
    Submission s = new Submission();
    LocalDate assigned = LocalDate.parse((String) task.getVariable("assignedOn"));
    s.read(() -> {
      LocalDate done = FieldValues.pastDate(task, "completionDate", "完成日期");
      FieldValues.notBefore(done, assigned, "completionDate", "完成日期", "交办日期");
      task.setVariable("completionDate", done.toString());
      return done;
    });
    s.read(() -> FieldValues.text(task, "evidenceSummary", "完成情况"));
    List<Attachment> attachments = evidenceOf(task);
    if (Boolean.TRUE.equals(task.getVariable("evidenceRequired")) && attachments.isEmpty()) {
      s.check(() -> {
        throw new InvalidInputException("evidenceAttachments",
            "本事项须提交佐证材料：请先上传附件（PDF、JPEG 或 PNG）再提交完成情况");
      });
    }
    s.done();
    task.setVariable("evidenceAttachmentNames", attachments.isEmpty() ? "无"
        : String.join("、", attachments.stream().map(Attachment::getName).toList()));
  }

  /** 验收: dated after the completion; a return says why (the reason is shown to the owner). */
  public void review(DelegateTask task) {
    Submission s = new Submission();
    LocalDate completed = LocalDate.parse((String) task.getVariable("completionDate"));
    s.read(() -> {
      LocalDate reviewed = FieldValues.pastDate(task, "reviewDate", "验收日期");
      FieldValues.notBefore(reviewed, completed, "reviewDate", "验收日期", "完成日期");
      task.setVariable("reviewDate", reviewed.toString());
      return reviewed;
    });
    String opinion = s.read(() -> FieldValues.text(task, "reviewOpinion", "验收意见"));
    s.done();
    task.setVariable("evidenceReturnReason", "return".equals(task.getVariable("evidenceDecision")) ? opinion : null);
  }

  /** 期限将至: the owner reports how far the item has come. */
  public void progress(DelegateTask task) {
    Submission s = new Submission();
    s.read(() -> FieldValues.text(task, "progressReport", "办理进度"));
    s.done();
  }

  /** An escalation rung's letter (提醒函, 督办函, 通报, 问责建议书): dated after the deadline, not in the future. */
  public void rung(DelegateTask task, String rung) {
    String label = RUNG_DATES.get(rung);
    if (label == null) {
      throw new IllegalArgumentException("unknown rung " + rung);
    }
    Submission s = new Submission();
    s.read(() -> afterDeadline(task, rung + "Date", label));
    s.done();
  }

  /** 约谈: dated after the deadline, with who talked and the minutes. */
  public void admonitionTalk(DelegateTask task) {
    Submission s = new Submission();
    s.read(() -> afterDeadline(task, "talkDate", "约谈日期"));
    s.read(() -> FieldValues.text(task, "talker", "约谈人"));
    s.read(() -> FieldValues.text(task, "talkMinutes", "约谈记录"));
    s.done();
  }

  /**
   * 是否启动问责: a decision with its reason, dated after the proposal (问责条例第九条). Starting 问责 is refused unless
   * the linked case could open on the item's facts (a competent body that may decide on the owner, 第十二条), so an
   * accepted proposal never becomes an incident.
   */
  public void proposalDecision(DelegateTask task) {
    Submission s = new Submission();
    LocalDate proposed = LocalDate.parse((String) task.getVariable("proposalDate"));
    s.read(() -> {
      LocalDate decided = FieldValues.pastDate(task, "proposalDecisionDate", "决定日期");
      FieldValues.notBefore(decided, proposed, "proposalDecisionDate", "决定日期", "问责建议日期");
      task.setVariable("proposalDecisionDate", decided.toString());
      return decided;
    });
    s.read(() -> FieldValues.text(task, "proposalDecisionReason", "理由"));
    if ("start".equals(task.getVariable("proposalDecision"))) {
      s.check(() -> linkedCaseCanOpen(task));
    }
    s.done();
  }

  private void linkedCaseCanOpen(DelegateTask task) {
    String itemNumber = task.getExecution().getProcessBusinessKey();
    try {
      accountabilityCases.validate(ResponsibilityEscalation.facts(task, itemNumber == null ? "" : itemNumber));
    } catch (InvalidInputException e) {
      throw new InvalidInputException("proposalDecision", "不能决定启动问责（proposalDecision）：问责案件无法按本事项立案——"
          + e.getMessage());
    }
  }

  private static LocalDate afterDeadline(DelegateTask task, String field, String label) {
    LocalDate date = FieldValues.pastDate(task, field, label);
    LocalDate deadline = LocalDate.parse((String) task.getVariable("deadline"));
    if (!date.isAfter(deadline)) {
      throw new InvalidInputException(field, label + "（" + field + "）" + date + " 应晚于完成期限（" + deadline + "）：逾期后才升级");
    }
    task.setVariable(field, date.toString());
    return date;
  }
}
