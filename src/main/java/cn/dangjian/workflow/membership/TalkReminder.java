package cn.dangjian.workflow.membership;

import cn.dangjian.workflow.rules.RulePacks;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Reminds the branch that the talk (谈话, 2014 细则第七条; the article of the case's rule pack) is nearly due: a comment on the open talk task and a
 * higher priority, so Tasklist lists it first. Sets {@code talkReminderSent}.
 */
@Component("talkReminder")
public class TalkReminder implements JavaDelegate {

  static final int REMINDED_PRIORITY = 80;
  private final TaskService tasks;
  private final RulePacks rules;

  public TalkReminder(@Lazy TaskService tasks, RulePacks rules) {
    this.tasks = tasks;
    this.rules = rules;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String article = rules.article((String) execution.getVariable("rulePack"), "talkWithApplicant");
    for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey("Task_TalkWithApplicant").list()) {
      tasks.createComment(task.getId(), execution.getProcessInstanceId(),
          "提醒：谈话期限将至（收到入党申请书后一个月内，" + article + "），请尽快安排谈话。");
      task.setPriority(REMINDED_PRIORITY);
      tasks.saveTask(task);
    }
    execution.setVariable("talkReminderSent", true);
  }
}
