package cn.dangjian.workflow.enginegate;

import cn.dangjian.workflow.web.ErrorMessages;
import cn.dangjian.workflow.engine.Causes;
import cn.dangjian.workflow.web.InvalidInputException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Optional;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Camunda REST reports an exception thrown while starting an instance or completing a task as HTTP 500
 * ("Cannot instantiate process definition …"). When the cause is invalid input ({@link NotValidException},
 * e.g. our {@link InvalidInputException}), answer HTTP 400 with just the business sentence and the
 * field. A concurrent update that outlasted {@code ConcurrentUpdateRetry} is HTTP 409 with a sentence
 * asking to reload. Everything else keeps Camunda's own handling.
 */
@Priority(1)
public class ValidationRestExceptionMapper implements ExceptionMapper<RestException> {

  @Override
  public Response toResponse(RestException exception) {
    return answer(exception);
  }

  /** Invalid input, a lasting conflict, the caller's mistake, or else Camunda's own answer. */
  static Response answer(Throwable exception) {
    for (Throwable t : Causes.of(exception)) {
      if (t instanceof NotValidException invalid) {
        Object body = invalid instanceof InvalidInputException input
            ? EngineErrorBody.of(invalid.getClass().getSimpleName(), input.getMessage(), input.field(), input.problems())
            : EngineErrorBody.of(invalid.getClass().getSimpleName(), invalid.getMessage(), null);
        return Response.status(400).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
      }
      if (t instanceof OptimisticLockingException conflict) {
        return ConflictMapper.conflict(conflict);
      }
    }
    return callersMistake(exception).orElseGet(() -> ExceptionHandlerHelper.getInstance().getResponse(exception));
  }

  /** 404 or 400 instead of Camunda's 500 when the failure is an unknown id or a missing parameter. */
  static Optional<Response> callersMistake(Throwable exception) {
    if (exception instanceof RestException rest && rest.getStatus() != null
        && rest.getStatus().getStatusCode() < 500) {
      return Optional.empty();
    }
    return EngineErrors.classify(exception).map(outcome ->
        json(outcome.status(), outcome.status() == 404 ? "NotFound" : "InvalidRequest", outcome.message(), null));
  }

  static Response json(int status, String type, String message, String field) {
    return Response.status(status).entity(EngineErrorBody.of(type, message, field))
        .type(MediaType.APPLICATION_JSON_TYPE).build();
  }

  /**
   * Engine failures Camunda REST lets through unwrapped (a NullValueException for an unknown id, invalid
   * input found before a command ran). Jersey picks the mapper of the closest type, so an
   * OptimisticLockingException goes to {@link ConflictMapper}.
   */
  @Priority(1)
  public static class EngineFailureMapper implements ExceptionMapper<ProcessEngineException> {

    @Override
    public Response toResponse(ProcessEngineException exception) {
      return answer(exception);
    }
  }

  /** A NullPointerException inside a Camunda resource: a required property missing from the request. */
  @Priority(1)
  public static class MissingInputMapper implements ExceptionMapper<NullPointerException> {

    @Override
    public Response toResponse(NullPointerException exception) {
      org.slf4j.LoggerFactory.getLogger(ValidationRestExceptionMapper.class)
          .warn("Engine REST request failed with a NullPointerException; answered 400", exception);
      return callersMistake(exception).orElseThrow();
    }
  }

  /** An {@link OptimisticLockingException} Camunda REST lets through unwrapped. */
  @Priority(1)
  public static class ConflictMapper implements ExceptionMapper<OptimisticLockingException> {

    @Override
    public Response toResponse(OptimisticLockingException exception) {
      return conflict(exception);
    }

    static Response conflict(OptimisticLockingException exception) {
      return json(409, exception.getClass().getSimpleName(), ErrorMessages.CONFLICT, null);
    }
  }

  /** Registers the mappers with the Camunda REST (Jersey) application. */
  @Configuration(proxyBeanMethods = false)
  static class Registration {

    @Bean
    ResourceConfigCustomizer validationRestExceptionMapper() {
      return config -> {
        config.register(ValidationRestExceptionMapper.class);
        config.register(ConflictMapper.class);
        config.register(EngineFailureMapper.class);
        config.register(MissingInputMapper.class);
      };
    }
  }
}
