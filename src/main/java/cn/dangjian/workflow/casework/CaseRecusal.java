package cn.dangjian.workflow.casework;

import cn.dangjian.workflow.engine.EngineContext;
import cn.dangjian.workflow.web.InvalidInputException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Recusal (回避) of a person from the tasks of a case about them: the person a case variable names (the subject of a
 * 问责 case) is never a candidate for, nor the assignee or completer of, a task that is not addressed to them. A
 * candidate group the person belongs to (e.g. {@code C1.committee} when a committee member is the subject) is
 * replaced by its other members as candidate users, so the task's grants leave the person out at every door:
 * {@code camunda:candidateGroups="${caseRecusal.groups(execution, organisations.decidingBody(code), 'subjectPerson')}"}
 * with {@code camunda:candidateUsers="${caseRecusal.users(execution, …same…)}"}. {@code ${caseRecusal.refuse(task,
 * 'subjectPerson', '被问责人')}} on {@code assignment} and {@code complete} refuses the person being assigned the
 * task or completing it, whoever tries and through whatever API. Without a person in the variable nothing changes.
 */
@Component("caseRecusal")
public class CaseRecusal {

  private final IdentityService identity;

  public CaseRecusal(@Lazy IdentityService identity) {
    this.identity = identity;
  }

  /** The recused person of the case, if any. */
  public static String recused(VariableScope scope, String personVariable) {
    Object person = scope.getVariable(personVariable);
    return person == null || person.toString().isBlank() ? null : person.toString();
  }

  /**
   * Candidate groups of a task not addressed to the recused person: {@code groups} (comma-separated, as a
   * {@code candidateGroups} expression gives them) without those the person belongs to.
   */
  public List<String> groups(VariableScope scope, String groups, String personVariable) {
    String person = recused(scope, personVariable);
    return split(groups).stream().filter(g -> person == null || !members(g).contains(person)).toList();
  }

  /** Candidate users in their place: the other members of the groups the recused person belongs to. */
  public List<String> users(VariableScope scope, String groups, String personVariable) {
    String person = recused(scope, personVariable);
    if (person == null) {
      return List.of();
    }
    Set<String> users = new LinkedHashSet<>();
    for (String group : split(groups)) {
      List<String> members = members(group);
      if (members.contains(person)) {
        members.stream().filter(m -> !m.equals(person)).forEach(users::add);
      }
    }
    return List.copyOf(users);
  }

  private static List<String> split(String groups) {
    return Arrays.stream(groups.split(",")).map(String::trim).filter(g -> !g.isEmpty()).toList();
  }

  /** Assignment and complete listener: the recused person neither takes nor completes the task. */
  public void refuse(DelegateTask task, String personVariable, String label) {
    String person = recused(task, personVariable);
    if (person == null) {
      return;
    }
    String actor = "complete".equals(task.getEventName())
        ? EngineContext.authenticatedUserId().orElse(null) : task.getAssignee();
    if (person.equals(actor)) {
      throw new InvalidInputException(personVariable, label + "（" + personVariable + "）" + person + " 应当回避：不能办理本案的“"
          + task.getName() + "”，只能办理交由本人办理的任务");
    }
  }

  /** The members of a group who are users of the engine (the groups are the organisation model's). */
  public List<String> members(String group) {
    return EngineContext.withoutAuthorization(() ->
        identity.createUserQuery().memberOfGroup(group).list().stream().map(User::getId).toList());
  }
}
