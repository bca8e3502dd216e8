package cn.dangjian.workflow.support;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.pvm.process.TransitionImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Remembers every sequence flow the engine takes, per process definition key and process instance. Camunda 7's
 * history keeps activity instances but not the transitions between them, so this plugin adds a parse listener
 * that puts a {@code take} execution listener on every sequence flow of every deployed process. Test scope only: a
 * test context gets it with {@code @Import(TakenSequenceFlows.class)}. Deliberately not a component or
 * configuration class, so that applications started from the test class path (benchmark, crash and cluster nodes)
 * do not pick it up by component scanning and keep every transition in memory.
 */
public class TakenSequenceFlows extends AbstractProcessEnginePlugin {

  /** process definition key → process instance id → sequence flow ids taken. */
  private final Map<String, Map<String, Set<String>>> taken = new ConcurrentHashMap<>();

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(parseListener());
  }

  /** The flows taken by the given instances of a process (all of its instances when {@code instanceIds} is null). */
  public Set<String> of(String processDefinitionKey, Collection<String> instanceIds) {
    Set<String> flows = new TreeSet<>();
    taken.getOrDefault(processDefinitionKey, Map.of()).forEach((instance, ids) -> {
      if (instanceIds == null || instanceIds.contains(instance)) {
        flows.addAll(ids);
      }
    });
    return flows;
  }

  private BpmnParseListener parseListener() {
    return new AbstractBpmnParseListener() {
      @Override
      public void parseSequenceFlow(Element element, ScopeImpl scope, TransitionImpl transition) {
        String key = transition.getProcessDefinition() instanceof ProcessDefinitionEntity definition
            ? definition.getKey() : transition.getProcessDefinition().getId();
        String flowId = transition.getId();
        transition.addListener(ExecutionListener.EVENTNAME_TAKE, (ExecutionListener) execution ->
            taken.computeIfAbsent(key, k -> new ConcurrentHashMap<>())
                .computeIfAbsent(execution.getProcessInstanceId(), i -> ConcurrentHashMap.newKeySet()).add(flowId));
      }
    };
  }
}
