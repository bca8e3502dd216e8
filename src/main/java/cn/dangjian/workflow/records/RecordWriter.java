package cn.dangjian.workflow.records;

import cn.dangjian.workflow.engine.EngineContext;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The one delegate through which processes create records:
 *
 * <pre>{@code
 * <bpmn:serviceTask id="Task_WriteReceipt" name="生成受理回执" camunda:asyncBefore="true"
 *     camunda:delegateExpression="${recordWriter}">
 *   <bpmn:extensionElements>
 *     <camunda:failedJobRetryTimeCycle>R3/PT1M</camunda:failedJobRetryTimeCycle>
 *     <camunda:inputOutput>
 *       <camunda:inputParameter name="recordType">membership.application-receipt</camunda:inputParameter>
 *     </camunda:inputOutput>
 *   </bpmn:extensionElements>
 * </bpmn:serviceTask>
 * }</pre>
 *
 * Inputs: {@code recordType} (required), {@code recordAuthor} (optional; else the authenticated user,
 * else {@code system}), {@code recordIdVariable} (optional: a process variable to receive the record's id).
 * Runs in the engine's transaction: if the job fails, nothing is stored; the job is retried and finally
 * becomes an incident whose message says what is wrong (e.g. a {@link RecordDataException}).
 */
@Component("recordWriter")
public class RecordWriter implements JavaDelegate {

  public static final String RECORD_TYPE = "recordType";
  public static final String RECORD_AUTHOR = "recordAuthor";
  public static final String RECORD_ID_VARIABLE = "recordIdVariable";
  static final String SYSTEM_AUTHOR = "system";

  private final RecordTemplates templates;
  private final RecordIssuer issuer;

  public RecordWriter(RecordTemplates templates, RecordIssuer issuer) {
    this.templates = templates;
    this.issuer = issuer;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object type = execution.getVariable(RECORD_TYPE);
    if (type == null || type.toString().isBlank()) {
      throw new IllegalArgumentException("服务任务 " + execution.getCurrentActivityId()
          + " 缺少输入参数 recordType（文书类型）");
    }
    String recordType = type.toString();
    RecordTemplate template = templates.get(recordType);
    Map<String, Object> variables = Collections.unmodifiableMap(new HashMap<>(execution.getVariables()));
    RecordSource source = new RecordSource(recordType, execution.getProcessBusinessKey(),
        execution.getProcessInstanceId(), EngineContext.processDefinitionKey(execution), execution.getCurrentActivityId(),
        EngineContext.now().toInstant(), author(execution), variables);
    StoredRecord record = issuer.issue(source, template);
    Object idVariable = execution.getVariable(RECORD_ID_VARIABLE);
    if (idVariable != null && !idVariable.toString().isBlank()) {
      execution.setVariable(idVariable.toString(), record.id());
    }
  }

  private static String author(DelegateExecution execution) {
    Object given = execution.getVariable(RECORD_AUTHOR);
    if (given != null && !given.toString().isBlank()) {
      return given.toString();
    }
    return EngineContext.authenticatedUserId().orElse(SYSTEM_AUTHOR);
  }

}
