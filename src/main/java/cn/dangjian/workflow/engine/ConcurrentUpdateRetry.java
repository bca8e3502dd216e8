package cn.dangjian.workflow.engine;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.errorcode.BuiltinExceptionCode;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * When two staff members act on the same case at the same moment (on one node or on two nodes of a
 * cluster), the later commit fails with an {@link OptimisticLockingException}. A user should not see that:
 * the command is run again in a new transaction, where it either succeeds on the fresh state or fails
 * with the real reason ("task not found" when the other person already completed it).
 *
 * <p>Only commands a web request runs directly are retried, and only outside a caller's transaction: the
 * job executor has its own retry, and a command inside someone else's transaction cannot be repeated
 * alone.
 */
@Component
@Order(10)
public class ConcurrentUpdateRetry extends AbstractProcessEnginePlugin {

  static final int ATTEMPTS = 4;
  private static final Logger log = LoggerFactory.getLogger(ConcurrentUpdateRetry.class);

  private final Counter retried;
  private final Counter exhausted;

  public ConcurrentUpdateRetry(MeterRegistry meters) {
    this.retried = Counter.builder("dangjian.engine.conflicts.retried")
        .description("Commands of web requests run again after a concurrent update").register(meters);
    this.exhausted = Counter.builder("dangjian.engine.conflicts.exhausted")
        .description("Commands of web requests still conflicting after every attempt").register(meters);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = new ArrayList<>();
    if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
      interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
    }
    interceptors.add(new RetryInterceptor());
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }

  /** Figures for reports and tests: commands run again, and commands that still conflicted at the end. */
  public double retriedCount() {
    return retried.count();
  }

  public double exhaustedCount() {
    return exhausted.count();
  }

  private final class RetryInterceptor extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      if (!retryable()) {
        return next.execute(command);
      }
      for (int attempt = 1; ; attempt++) {
        try {
          return next.execute(command);
        } catch (RuntimeException e) {
          Failure failure = Failure.of(e);
          if (failure == Failure.OTHER || attempt >= failure.attempts) {
            if (failure == Failure.CONFLICT) {
              exhausted.increment();
            }
            throw e;
          }
          retried.increment();
          log.debug("Concurrent update in {} (attempt {}), running it again: {}",
              command.getClass().getSimpleName(), attempt, e.getMessage());
          pause(attempt);
        }
      }
    }

    private boolean retryable() {
      return RequestContextHolder.getRequestAttributes() != null
          && Context.getCommandContext() == null
          && !TransactionSynchronizationManager.isActualTransactionActive();
    }
  }

  /** How a failed command relates to concurrent work; every one ran in a transaction now rolled back. */
  enum Failure {
    /** Optimistic-locking failure or database deadlock: run again a few times. */
    CONFLICT(ATTEMPTS),
    /**
     * A row read moments ago was deleted by a concurrent commit before the next read (PostgreSQL's read
     * committed): Camunda then throws a NullPointerException, "Cannot restore state of process instance …:
     * list of executions is empty", or an AuthorizationException because the task's authorizations went
     * with it. Run again once: on fresh state the command fails with the real reason (task not found) or,
     * if the failure is not a race, the same way again.
     */
    VANISHED(2),
    OTHER(1);

    private static final String EXECUTIONS_GONE = "list of executions is empty";

    final int attempts;

    Failure(int attempts) {
      this.attempts = attempts;
    }

    static Failure of(Throwable failure) {
      Failure found = OTHER;
      for (Throwable t : Causes.of(failure)) {
        if (t instanceof OptimisticLockingException
            || t instanceof ProcessEngineException engine && engine.getCode() == BuiltinExceptionCode.DEADLOCK.getCode()) {
          return CONFLICT;
        }
        if (t instanceof NullPointerException || t instanceof AuthorizationException
            || t.getMessage() != null && t.getMessage().contains(EXECUTIONS_GONE)) {
          found = VANISHED;
        }
      }
      return found;
    }
  }

  private static void pause(int attempt) {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(5, 25L * attempt));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting to retry a conflicting update", e);
    }
  }
}
