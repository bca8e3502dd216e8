package cn.dangjian.workflow.membership;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Reminds the branch that the talk (谈话, 《细则》第七条) is nearly due: a comment on the open talk task and a
 * higher priority, so Tasklist lists it first. Sets {@code talkReminderSent}.
 */
@Component("talkReminder")
public class TalkReminder implements JavaDelegate {

  static final int REMINDED_PRIORITY = 80;
  private final TaskService tasks;

  public TalkReminder(@Lazy TaskService tasks) {
    this.tasks = tasks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey("Task_TalkWithApplicant").list()) {
      tasks.createComment(task.getId(), execution.getProcessInstanceId(),
          "提醒：谈话期限将至（收到入党申请书后一个月内，《中国共产党发展党员工作细则》第七条），请尽快安排谈话。");
      task.setPriority(REMINDED_PRIORITY);
      tasks.saveTask(task);
    }
    execution.setVariable("talkReminderSent", true);
  }
}
