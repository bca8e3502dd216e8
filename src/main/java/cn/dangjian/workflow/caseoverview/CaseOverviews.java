package cn.dangjian.workflow.caseoverview;

import cn.dangjian.workflow.casework.CaseFamily;
import cn.dangjian.workflow.casework.CaseStages;
import cn.dangjian.workflow.caseoverview.CaseDetail.DoneStep;
import cn.dangjian.workflow.caseoverview.CaseSummary.OpenStep;
import cn.dangjian.workflow.engine.EngineContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

/**
 * The cases the signed-in user may read, from the engine's history. Every query runs with the caller's authentication
 * (set for the request by the security bridge), never without authorization: the engine lists only the cases whose
 * history the user may read (the HISTORIC_PROCESS_INSTANCE grants of the case's access policy, or READ_HISTORY on the
 * process for auditors), and with them their steps, candidates and completions.
 */
@Service
public class CaseOverviews {

  /** At most this many cases are listed, the most recently opened first. */
  static final int LIMIT = 100;

  private static final String TITLE = "caseTitle";
  private static final String ORGANISATION = "organisationName";
  private static final String COMPLETED = "completed";

  private final HistoryService history;
  private final Map<String, CaseFamily> families;
  private final Map<String, CaseStages> stages;
  private final StepHolders holders;
  private final PeopleNames names;

  public CaseOverviews(@Lazy HistoryService history, List<CaseFamily> families, List<CaseStages> stages,
      StepHolders holders, PeopleNames names) {
    this.history = history;
    this.families = families.stream().collect(Collectors.toMap(CaseFamily::processKey, Function.identity()));
    this.stages = stages.stream().collect(Collectors.toMap(CaseStages::processKey, Function.identity()));
    this.holders = holders;
    this.names = names;
  }

  /** The readable cases whose number or title contains {@code term} (all readable cases without one). */
  public List<CaseSummary> search(String term) {
    Map<String, HistoricProcessInstance> found = new LinkedHashMap<>();
    if (term == null || term.isEmpty()) {
      cases().orderByProcessInstanceStartTime().desc().listPage(0, LIMIT).forEach(pi -> found.put(pi.getId(), pi));
    } else {
      String like = "%" + escapeLike(term) + "%";
      cases().processInstanceBusinessKeyLike(like.toUpperCase(java.util.Locale.ROOT)).listPage(0, LIMIT)
          .forEach(pi -> found.put(pi.getId(), pi));
      cases().variableValueLike(TITLE, like).listPage(0, LIMIT).forEach(pi -> found.put(pi.getId(), pi));
    }
    return found.values().stream()
        .sorted(Comparator.comparing(HistoricProcessInstance::getStartTime).reversed()).limit(LIMIT)
        .map(this::summary).toList();
  }

  /** The case {@code caseNumber} with its timeline; empty when there is none the user may read. */
  public Optional<CaseDetail> detail(String caseNumber) {
    return cases().processInstanceBusinessKey(caseNumber).list().stream().findFirst()
        .map(pi -> new CaseDetail(summary(pi), timeline(pi)));
  }

  private HistoricProcessInstanceQuery cases() {
    return history.createHistoricProcessInstanceQuery().processDefinitionKeyIn(families.keySet().toArray(String[]::new));
  }

  private CaseSummary summary(HistoricProcessInstance pi) {
    Map<String, Object> variables = variables(pi.getId());
    List<HistoricTaskInstance> open = history.createHistoricTaskInstanceQuery().processInstanceId(pi.getId())
        .unfinished().orderByHistoricActivityInstanceStartTime().asc().list();
    Date now = EngineContext.now();
    List<OpenStep> steps = new ArrayList<>();
    for (HistoricTaskInstance task : open) {
      boolean claimed = task.getAssignee() != null;
      String holder = claimed ? names.person(task.getAssignee()) : holders.candidatesOf(task.getId());
      boolean overdue = task.getDueDate() != null && task.getDueDate().before(now);
      steps.add(new OpenStep(task.getName(), holder, claimed, instant(task.getDueDate()), overdue));
    }
    if (open.isEmpty() && pi.getEndTime() == null) {
      waitingSteps(pi.getId()).forEach(name -> steps.add(new OpenStep(name, null, false, null, false)));
    }
    return new CaseSummary(pi.getBusinessKey(), families.get(pi.getProcessDefinitionKey()).title(),
        text(variables.get(TITLE)), text(variables.get(ORGANISATION)), stage(pi, open), status(pi),
        instant(pi.getStartTime()), instant(pi.getEndTime()), List.copyOf(steps),
        steps.stream().anyMatch(OpenStep::overdue));
  }

  /** The registration, then every step done, oldest first. */
  private List<DoneStep> timeline(HistoricProcessInstance pi) {
    List<DoneStep> done = new ArrayList<>();
    done.add(new DoneStep(startName(pi), instant(pi.getStartTime()), names.person(pi.getStartUserId())));
    for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery().processInstanceId(pi.getId())
        .finished().orderByHistoricTaskInstanceEndTime().asc().list()) {
      if (COMPLETED.equals(task.getDeleteReason())) {
        done.add(new DoneStep(task.getName(), instant(task.getEndTime()),
            names.person(holders.completerOf(task.getId()).orElse(task.getAssignee()))));
      }
    }
    return List.copyOf(done);
  }

  /** Where the case stands: the stage of its open step (or of the last one done), or how it ended. */
  private String stage(HistoricProcessInstance pi, List<HistoricTaskInstance> open) {
    if (pi.getEndTime() != null) {
      return status(pi);
    }
    CaseStages staged = stages.get(pi.getProcessDefinitionKey());
    List<String> steps = new ArrayList<>(open.stream().map(HistoricTaskInstance::getTaskDefinitionKey).toList());
    if (steps.isEmpty()) {
      history.createHistoricTaskInstanceQuery().processInstanceId(pi.getId()).finished()
          .orderByHistoricTaskInstanceEndTime().desc().listPage(0, 1)
          .forEach(last -> steps.add(last.getTaskDefinitionKey()));
    }
    return steps.stream().map(step -> staged == null ? Optional.<String>empty() : staged.stageOf(step))
        .flatMap(Optional::stream).findFirst().orElse("办理中");
  }

  private static String status(HistoricProcessInstance pi) {
    return switch (pi.getState()) {
      case HistoricProcessInstance.STATE_ACTIVE -> "办理中";
      case HistoricProcessInstance.STATE_SUSPENDED -> "已暂停";
      case HistoricProcessInstance.STATE_COMPLETED -> "已办结";
      default -> "已终止";
    };
  }

  /** What a running case without an open step waits for (a period to pass, a message), by name. */
  private List<String> waitingSteps(String processInstanceId) {
    return history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId).unfinished().list()
        .stream().filter(a -> a.getActivityName() != null && !a.getActivityName().isBlank())
        .filter(a -> !a.getActivityType().equals("subProcess") && !a.getActivityType().equals("multiInstanceBody"))
        .map(HistoricActivityInstance::getActivityName).distinct().toList();
  }

  private String startName(HistoricProcessInstance pi) {
    return history.createHistoricActivityInstanceQuery().processInstanceId(pi.getId()).activityId(pi.getStartActivityId())
        .list().stream().map(HistoricActivityInstance::getActivityName).filter(n -> n != null && !n.isBlank())
        .findFirst().orElse("登记");
  }

  private Map<String, Object> variables(String processInstanceId) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery().processInstanceIdIn(processInstanceId)
        .variableNameIn(TITLE, ORGANISATION).list()) {
      if (processInstanceId.equals(v.getActivityInstanceId())) {
        values.put(v.getName(), v.getValue());
      } else {
        values.putIfAbsent(v.getName(), v.getValue());
      }
    }
    return values;
  }

  /** {@code \}, {@code %} and {@code _} are searched for as themselves. */
  static String escapeLike(String term) {
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
