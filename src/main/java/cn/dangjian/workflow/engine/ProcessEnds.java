package cn.dangjian.workflow.engine;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes {@link ProcessInstanceEnded} when a process instance ends, however it ends: a built-in end listener on
 * every parsed process, so it runs for a normal end, an end event reached by a message (withdrawal) and a deletion,
 * even one that skips custom listeners. Listeners run in the ending transaction.
 */
@Component
class ProcessEnds extends AbstractProcessEnginePlugin {

  private final ApplicationEventPublisher events;

  ProcessEnds(ApplicationEventPublisher events) {
    this.events = events;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    ParseListeners.appendPostParseListener(configuration, new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element element, ProcessDefinitionEntity process) {
        process.addBuiltInListener(ExecutionListener.EVENTNAME_END, (ExecutionListener) ProcessEnds.this::ended);
      }
    });
  }

  private void ended(DelegateExecution execution) {
    if (execution.getParentId() == null && execution.getId().equals(execution.getProcessInstanceId())) {
      String definitionKey = execution.getProcessDefinitionId() == null ? null
          : execution.getProcessDefinitionId().split(":")[0];
      events.publishEvent(new ProcessInstanceEnded(execution.getProcessInstanceId(), definitionKey));
    }
  }
}
