package cn.dangjian.workflow.engine.forms;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import cn.dangjian.workflow.engine.FieldCitations;
import cn.dangjian.workflow.engine.ParseListeners;
import cn.dangjian.workflow.engine.StartSupplements;
import cn.dangjian.workflow.web.InvalidInputException;
import org.springframework.beans.factory.ObjectProvider;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.form.StartFormData;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.FormDefinition;
import org.camunda.bpm.engine.impl.form.handler.FormHandler;
import org.camunda.bpm.engine.impl.form.handler.StartFormHandler;
import org.camunda.bpm.engine.impl.form.handler.TaskFormHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;

/**
 * Every submission of a Camunda Form (Tasklist's "complete", a start form, {@code submit-form} over REST)
 * is checked against the form it answers before the engine stores anything ({@link SubmittedValues}).
 * The engine calls a user task's or start event's form handler with exactly the submitted values, so the
 * check wraps those handlers when a process is parsed.
 */
@Component
public class FormSubmissionGuard extends AbstractProcessEnginePlugin {

  private final ObjectMapper json = new ObjectMapper();
  private final Map<String, FormSchema> schemasByDefinitionId = new ConcurrentHashMap<>();
  private final ObjectProvider<FieldCitations> citations;
  private final ObjectProvider<StartSupplements> supplements;

  public FormSubmissionGuard(ObjectProvider<FieldCitations> citations, ObjectProvider<StartSupplements> supplements) {
    this.citations = citations;
    this.supplements = supplements;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    ParseListeners.appendPostParseListener(configuration, new WrapFormHandlers());
  }

  private final class WrapFormHandlers extends AbstractBpmnParseListener {

    @Override
    public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
      if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
        var definition = userTask.getTaskDefinition();
        String formKey = formKey(definition.getFormDefinition());
        if (formKey != null && !(definition.getTaskFormHandler() instanceof CheckedTaskForm)) {
          definition.setTaskFormHandler(new CheckedTaskForm(definition.getTaskFormHandler(), formKey));
        }
      }
    }

    @Override
    public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
      if (scope instanceof ProcessDefinitionEntity process) {
        String formKey = formKey(process.getStartFormDefinition());
        if (formKey != null && process.getStartFormHandler() != null
            && !(process.getStartFormHandler() instanceof CheckedStartForm)) {
          process.setStartFormHandler(new CheckedStartForm(process.getStartFormHandler(), formKey));
        }
      }
    }
  }

  private static String formKey(FormDefinition form) {
    Expression key = form == null ? null : form.getCamundaFormDefinitionKey();
    return key == null ? null : key.getExpressionText();
  }

  /**
   * Checks values submitted with a task by another door than its form ({@code complete}, {@code resolve}) as
   * if they had been submitted through the form; a task without a Camunda Form takes no values at all.
   */
  void checkTaskSubmission(CommandContext context, String taskId, Map<String, Object> submitted) {
    String formKey = requireTaskForm(context, taskId);
    if (formKey != null) {
      check(formKey, submitted, context.getTaskManager().findTaskById(taskId));
    }
  }

  /** A task completed or resolved with no values at all: refused when its Camunda Form has a required field. */
  void checkEmptyTaskSubmission(CommandContext context, String taskId) {
    TaskEntity task = context.getTaskManager().findTaskById(taskId);
    String formKey = task == null || task.getTaskDefinition() == null ? null
        : formKey(task.getTaskDefinition().getFormDefinition());
    if (formKey != null) {
      check(formKey, Map.of(), task);
    }
  }

  /** The task's form key; a task without a Camunda Form takes no submitted values. Null for an unknown task. */
  String requireTaskForm(CommandContext context, String taskId) {
    TaskEntity task = context.getTaskManager().findTaskById(taskId);
    if (task == null) {
      return null; // Camunda answers "Cannot find task" itself
    }
    String formKey = task.getTaskDefinition() == null ? null : formKey(task.getTaskDefinition().getFormDefinition());
    if (formKey == null) {
      throw new WriteRefused(WriteRefused.TASK_WITHOUT_FORM);
    }
    return formKey;
  }

  /** Checks the values a process is started with as if they had been submitted through its start form. */
  void checkStartSubmission(ProcessDefinitionEntity process, Map<String, Object> submitted) {
    check(requireStartForm(process), withoutSupplements(process.getKey(), submitted), null);
  }

  /** The submitted values without those a trusted door of the process's module supplies ({@link StartSupplements}). */
  private Map<String, Object> withoutSupplements(String processKey, Map<String, Object> submitted) {
    Map<String, Object> checked = new java.util.LinkedHashMap<>(submitted);
    supplements.orderedStream().filter(s -> s.processKey().equals(processKey))
        .forEach(s -> s.variables().forEach(checked::remove));
    return checked;
  }

  /** The start form key; a process without a start form takes no submitted values. */
  String requireStartForm(ProcessDefinitionEntity process) {
    String formKey = formKey(process.getStartFormDefinition());
    if (formKey == null) {
      throw new WriteRefused(WriteRefused.PROCESS_WITHOUT_START_FORM);
    }
    return formKey;
  }

  /**
   * Checks {@code submitted} against the form; a refusal of a field the family cites ({@link FieldCitations}) names
   * the article for the case of {@code task} (null: a start form, no case yet).
   */
  private void check(String formKey, Map<String, Object> submitted, VariableScope task) {
    CommandContext context = Context.getCommandContext();
    CamundaFormDefinitionEntity definition =
        context.getCamundaFormDefinitionManager().findLatestDefinitionByKey(formKey);
    if (definition == null) {
      return; // Camunda itself refuses to show or submit a form it cannot find
    }
    FormSchema schema = schemasByDefinitionId.computeIfAbsent(definition.getId(), id -> read(context, definition));
    try {
      SubmittedValues.check(schema, submitted);
    } catch (InvalidInputException refused) {
      throw task == null ? refused : cited(formKey, refused, task);
    }
  }

  private InvalidInputException cited(String formKey, InvalidInputException refused, VariableScope task) {
    List<InvalidInputException.Problem> problems = refused.problems().stream().map(problem -> citations.orderedStream()
        .map(c -> c.cite(formKey, problem.field(), task)).flatMap(Optional::stream).findFirst()
        .map(clause -> new InvalidInputException.Problem(problem.field(), problem.message() + clause)).orElse(problem))
        .toList();
    return new InvalidInputException(problems);
  }

  private FormSchema read(CommandContext context, CamundaFormDefinitionEntity definition) {
    ResourceEntity resource = context.getResourceManager()
        .findResourceByDeploymentIdAndResourceName(definition.getDeploymentId(), definition.getResourceName());
    try {
      return FormSchema.parse(json.readTree(resource.getBytes()));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read form " + definition.getResourceName(), e);
    }
  }

  /** A form handler that checks a submission before its delegate stores it. */
  private abstract class CheckedForm<H extends FormHandler> implements FormHandler {
    final H delegate;
    private final String formKey;

    CheckedForm(H delegate, String formKey) {
      this.delegate = delegate;
      this.formKey = formKey;
    }

    @Override
    public void parseConfiguration(Element element, DeploymentEntity deployment, ProcessDefinitionEntity process,
        BpmnParse parse) {
      delegate.parseConfiguration(element, deployment, process, parse);
    }

    @Override
    public void submitFormVariables(VariableMap properties, VariableScope scope) {
      if (scope instanceof TaskEntity) {
        check(formKey, properties, scope);
      } else {
        String processKey = scope instanceof ExecutionEntity execution ? execution.getProcessDefinition().getKey() : "";
        check(formKey, withoutSupplements(processKey, properties), null);
      }
      delegate.submitFormVariables(properties, scope);
    }
  }

  private final class CheckedTaskForm extends CheckedForm<TaskFormHandler> implements TaskFormHandler {
    CheckedTaskForm(TaskFormHandler delegate, String formKey) {
      super(delegate, formKey);
    }

    @Override
    public TaskFormData createTaskForm(TaskEntity task) {
      return delegate.createTaskForm(task);
    }
  }

  private final class CheckedStartForm extends CheckedForm<StartFormHandler> implements StartFormHandler {
    CheckedStartForm(StartFormHandler delegate, String formKey) {
      super(delegate, formKey);
    }

    @Override
    public StartFormData createStartFormData(ProcessDefinitionEntity process) {
      return delegate.createStartFormData(process);
    }
  }
}
