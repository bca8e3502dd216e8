package cn.dangjian.workflow.engine.forms;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.camunda.bpm.engine.impl.ConditionEvaluationBuilderImpl;
import org.camunda.bpm.engine.impl.MessageCorrelationBuilderImpl;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.SignalEventReceivedBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRestartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractVariableCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteExternalTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.EvaluateStartConditionCmd;
import org.camunda.bpm.engine.impl.cmd.HandleExternalTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationBatchCmd;
import org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.batch.CorrelateAllMessageBatchCmd;
import org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.migration.MigrateProcessInstanceCmd;
import org.camunda.bpm.engine.impl.migration.batch.MigrateProcessInstanceBatchCmd;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Every door through which a caller can write case data, held to the rule of the form: whatever a
 * non-administrator submits with a task ({@code complete}, {@code resolve}) or a start ({@code start}) is
 * checked against the task's or the start event's Camunda Form exactly as {@code submit-form} is; every other
 * way to write variables (the variable routes of tasks, executions and process instances, messages, signals,
 * BPMN errors and escalations, external tasks, batches) and every way to move a case to another step
 * (modification, restart, migration, start at an activity) is refused with a sentence (HTTP 403).
 *
 * <p>The rule sits in the engine's command pipeline, so it holds for {@code /engine-rest}, the webapps'
 * {@code /camunda/api/engine} and any caller of the Java API alike. Commands the engine runs for itself (jobs,
 * delegates, listeners: without an authenticated user, or nested in a running command) and administrators
 * are not restricted.
 */
@Component
@Order(5)
public class VariableWriteDoors extends AbstractProcessEnginePlugin {

  private static final Set<Class<?>> RESTRUCTURING = Set.of(ModifyProcessInstanceCmd.class,
      ModifyProcessInstanceAsyncCmd.class, ProcessInstanceModificationCmd.class,
      ProcessInstanceModificationBatchCmd.class, StartProcessInstanceAtActivitiesCmd.class,
      MigrateProcessInstanceCmd.class, MigrateProcessInstanceBatchCmd.class);

  private final FormSubmissionGuard forms;
  private ProcessEngineConfigurationImpl configuration;

  public VariableWriteDoors(FormSubmissionGuard forms) {
    this.forms = forms;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
    List<CommandInterceptor> interceptors = new ArrayList<>();
    if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
      interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
    }
    interceptors.add(new Doors());
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }

  private final class Doors extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      if (Context.getCommandContext() == null && restricted(configuration.getIdentityService().getCurrentAuthentication())) {
        guard(command);
      }
      return next.execute(command);
    }

    private boolean restricted(Authentication user) {
      if (user == null || user.getUserId() == null) {
        return false;
      }
      List<String> adminUsers = configuration.getAdminUsers();
      List<String> adminGroups = configuration.getAdminGroups();
      boolean admin = adminUsers != null && adminUsers.contains(user.getUserId())
          || adminGroups != null && user.getGroupIds() != null && user.getGroupIds().stream().anyMatch(adminGroups::contains);
      return !admin;
    }

    private void guard(Command<?> command) {
      if (command instanceof CompleteTaskCmd complete) { // also ResolveTaskCmd
        Map<String, Object> values = field(complete, CompleteTaskCmd.class, "variables");
        String taskId = field(complete, CompleteTaskCmd.class, "taskId");
        if (!isEmpty(values)) {
          checkFirst(context -> forms.checkTaskSubmission(context, taskId, values));
        } else {
          // nothing sent is a submission too: the form's required fields are missing from it
          checkFirst(context -> forms.checkEmptyTaskSubmission(context, taskId));
        }
      } else if (command instanceof SubmitTaskFormCmd submit) {
        // the form handler checks tasks with a Camunda Form; one without a form takes no values
        Map<String, Object> values = field(submit, SubmitTaskFormCmd.class, "properties");
        if (!isEmpty(values)) {
          String taskId = field(submit, SubmitTaskFormCmd.class, "taskId");
          checkFirst(context -> forms.requireTaskForm(context, taskId));
        }
      } else if (command instanceof SubmitStartFormCmd submit) {
        Map<String, Object> values = field(submit, SubmitStartFormCmd.class, "variables");
        if (!isEmpty(values)) {
          String definitionId = field(submit, SubmitStartFormCmd.class, "processDefinitionId");
          checkFirst(context -> forms.requireStartForm(context.getProcessEngineConfiguration().getDeploymentCache()
              .findDeployedProcessDefinitionById(definitionId)));
        }
      } else if (command instanceof StartProcessInstanceCmd start) {
        ProcessInstantiationBuilderImpl builder = field(start, StartProcessInstanceCmd.class, "instantiationBuilder");
        if (!isEmpty(builder.getVariables())) {
          checkFirst(context -> forms.checkStartSubmission(definition(context, builder), builder.getVariables()));
        }
      } else if (RESTRUCTURING.contains(command.getClass()) || command instanceof AbstractRestartProcessInstanceCmd) {
        throw new WriteRefused(WriteRefused.RESTRUCTURE);
      } else if (command instanceof AbstractVariableCmd || command instanceof AbstractPatchVariablesCmd
          || command instanceof SetVariablesToProcessInstancesBatchCmd) {
        throw new WriteRefused(WriteRefused.VARIABLES);
      } else if (carriesValues(command)) {
        throw new WriteRefused(WriteRefused.WITH_EVENT);
      }
    }

    /** Runs a read-only check as a command of its own before the caller's command; a failure stops both. */
    private void checkFirst(Consumer<CommandContext> check) {
      next.execute(context -> {
        check.accept(context);
        return null;
      });
    }

    private static ProcessDefinitionEntity definition(CommandContext context,
        ProcessInstantiationBuilderImpl builder) {
      var cache = context.getProcessEngineConfiguration().getDeploymentCache();
      if (builder.getProcessDefinitionId() != null) {
        return cache.findDeployedProcessDefinitionById(builder.getProcessDefinitionId());
      }
      return builder.getProcessDefinitionTenantId() == null
          ? cache.findDeployedLatestProcessDefinitionByKey(builder.getProcessDefinitionKey())
          : cache.findDeployedLatestProcessDefinitionByKeyAndTenantId(builder.getProcessDefinitionKey(),
              builder.getProcessDefinitionTenantId());
    }

    /** Event-like commands that may carry variables into the case. */
    private static boolean carriesValues(Command<?> command) {
      if (command instanceof AbstractCorrelateMessageCmd correlate) {
        MessageCorrelationBuilderImpl builder = field(correlate, AbstractCorrelateMessageCmd.class, "builder");
        return !isEmpty(builder.getPayloadProcessInstanceVariables())
            || !isEmpty(builder.getPayloadProcessInstanceVariablesLocal())
            || !isEmpty(builder.getPayloadProcessInstanceVariablesToTriggeredScope());
      }
      if (command instanceof MessageEventReceivedCmd message) {
        return anyValues(message, MessageEventReceivedCmd.class, "processVariables", "processVariablesLocal",
            "processVariablesToTriggeredScope");
      }
      if (command instanceof SignalCmd signal) {
        return anyValues(signal, SignalCmd.class, "processVariables");
      }
      if (command instanceof SignalEventReceivedCmd signal) {
        SignalEventReceivedBuilderImpl builder = field(signal, SignalEventReceivedCmd.class, "builder");
        return !isEmpty(builder.getVariables());
      }
      if (command instanceof HandleTaskBpmnErrorCmd error) {
        return anyValues(error, HandleTaskBpmnErrorCmd.class, "variables");
      }
      if (command instanceof HandleTaskEscalationCmd escalation) {
        return anyValues(escalation, HandleTaskEscalationCmd.class, "variables");
      }
      if (command instanceof CompleteExternalTaskCmd external) {
        return anyValues(external, CompleteExternalTaskCmd.class, "variables", "localVariables");
      }
      if (command instanceof HandleExternalTaskBpmnErrorCmd external) {
        return anyValues(external, HandleExternalTaskBpmnErrorCmd.class, "variables");
      }
      if (command instanceof CorrelateAllMessageBatchCmd batch) {
        return anyValues(batch, CorrelateAllMessageBatchCmd.class, "variables");
      }
      if (command instanceof EvaluateStartConditionCmd condition) {
        ConditionEvaluationBuilderImpl builder = field(condition, EvaluateStartConditionCmd.class, "builder");
        return !isEmpty(builder.getVariables());
      }
      return false;
    }

    private static boolean anyValues(Object command, Class<?> declaring, String... names) {
      for (String name : names) {
        Object values = field(command, declaring, name);
        if (values instanceof Map<?, ?> map ? !map.isEmpty() : values instanceof Collection<?> c && !c.isEmpty()) {
          return true;
        }
      }
      return false;
    }
  }

  private static boolean isEmpty(Map<?, ?> values) {
    return values == null || values.isEmpty();
  }

  /**
   * Camunda's commands keep what they were given in protected fields without getters; an upgrade that renames
   * one fails here loudly (and in the tests), never by letting the command through unchecked.
   */
  @SuppressWarnings("unchecked")
  private static <T> T field(Object command, Class<?> declaring, String name) {
    try {
      Field field = declaring.getDeclaredField(name);
      field.setAccessible(true);
      return (T) field.get(command);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Camunda command " + declaring.getName() + " has no field " + name, e);
    }
  }
}
