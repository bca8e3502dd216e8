package cn.dangjian.workflow.supervision;

import cn.dangjian.workflow.casework.CaseRecusal;
import cn.dangjian.workflow.engine.EngineContext;
import cn.dangjian.workflow.identity.OrganisationModel;
import cn.dangjian.workflow.identity.Person;
import cn.dangjian.workflow.web.InvalidInputException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * 查审分离 (《中国共产党纪律检查机关监督执纪工作规则》第五十五条): whoever took part in the investigation of a case — the
 * verification group, and anyone assigned or completing a verification, investigation, extension-request or
 * investigation-report task ({@code ${clueSeparation.noteInvestigator(task)}} on {@code assignment} and
 * {@code complete}) — is kept in the case variable {@code investigators} and may not claim, be assigned or complete its
 * review ({@code ${clueSeparation.refuse(task)}} on the review task's {@code assignment} and {@code complete}, whatever
 * API is used). The review's candidates are the 纪委's other people ({@code ${clueSeparation.reviewers(execution)}}).
 */
@Component("clueSeparation")
public class ClueSeparation {

  static final String VARIABLE = "investigators";

  private final OrganisationModel organisations;

  public ClueSeparation(OrganisationModel organisations) {
    this.organisations = organisations;
  }

  /** The people who took part in the investigation so far. */
  public static Set<String> investigators(VariableScope scope) {
    Object value = scope.getVariable(VARIABLE);
    Set<String> people = new LinkedHashSet<>();
    if (value != null && !value.toString().isBlank()) {
      people.addAll(Arrays.asList(value.toString().split(",")));
    }
    return people;
  }

  /** Adds people to the investigators of the case. */
  static void note(VariableScope scope, List<String> people) {
    Set<String> all = investigators(scope);
    all.addAll(people);
    scope.setVariable(VARIABLE, String.join(",", all));
  }

  /** Assignment and complete listener of an investigation task: the assignee, or whoever completes it. */
  public void noteInvestigator(DelegateTask task) {
    String actor = actor(task);
    if (actor != null) {
      note(task, List.of(actor));
    }
  }

  /** Candidates for the review: the 纪委's people who neither investigated the case nor are its subject. */
  public List<String> reviewers(VariableScope scope) {
    Set<String> excluded = investigators(scope);
    String subject = CaseRecusal.recused(scope, "subjectPerson");
    return organisations.membersOf((String) scope.getVariable("commissionCode")).stream().map(Person::id)
        .filter(id -> !excluded.contains(id) && !id.equals(subject)).toList();
  }

  /** Assignment and complete listener of a review task: an investigator of the case is refused. */
  public void refuse(DelegateTask task) {
    String actor = actor(task);
    if (actor != null && investigators(task).contains(actor)) {
      String name = organisations.person(actor).map(Person::name).orElse(actor);
      throw new InvalidInputException(VARIABLE, "查审分离：" + name + "（" + actor + "）参与了本案的审查调查，不能承办本案的“"
          + task.getName() + "”（《中国共产党纪律检查机关监督执纪工作规则》第五十五条）");
    }
  }

  private static String actor(DelegateTask task) {
    return "complete".equals(task.getEventName())
        ? EngineContext.authenticatedUserId().orElse(task.getAssignee()) : task.getAssignee();
  }
}
