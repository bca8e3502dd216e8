package cn.dangjian.workflow.accountability;

import cn.dangjian.workflow.casework.CaseNotifier;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The e-mail that tells an item's responsible leader (责任领导) of a reminder or a rung of the ladder
 * ({@code ${responsibilityNotices.send(execution, 'overdueReminder')}}), through the platform's {@link CaseNotifier}.
 */
@Component("responsibilityNotices")
public class ResponsibilityNotices {

  private static final Map<String, String> SUBJECTS = Map.of(
      "deadlineReminder", "完成期限将至",
      "overdueReminder", "逾期提醒",
      "supervisionLetter", "督办",
      "admonitionTalk", "约谈",
      "circulation", "通报",
      "accountabilityProposal", "问责建议");

  private final CaseNotifier notifier;

  public ResponsibilityNotices(CaseNotifier notifier) {
    this.notifier = notifier;
  }

  public boolean send(DelegateExecution execution, String notice) {
    String what = SUBJECTS.get(notice);
    if (what == null) {
      throw new IllegalArgumentException("unknown notice " + notice + "; known: " + SUBJECTS.keySet());
    }
    String title = (String) execution.getVariable("itemTitle");
    String text = String.format("%s同志：%n%n责任事项“%s”（案件编号 %s，责任单位 %s，完成期限 %s）：%s。%n请登录系统查看待办事项。",
        execution.getVariable("responsibleLeaderName"), title, execution.getProcessBusinessKey(),
        execution.getVariable("ownerOrganisationName"), execution.getVariable("deadline"), what);
    return notifier.send((String) execution.getVariable("responsibleLeader"), "【责任清单事项】" + what + "：" + title, text);
  }
}
