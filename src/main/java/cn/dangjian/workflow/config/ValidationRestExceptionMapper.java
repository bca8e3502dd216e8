package cn.dangjian.workflow.config;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
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
 * field. A concurrent update that outlasted {@link ConcurrentUpdateRetry} is HTTP 409 with a sentence
 * asking to reload. Everything else keeps Camunda's own handling.
 */
@Priority(1)
public class ValidationRestExceptionMapper implements ExceptionMapper<RestException> {

  @Override
  public Response toResponse(RestException exception) {
    for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof NotValidException invalid) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", invalid.getClass().getSimpleName());
        body.put("message", invalid.getMessage());
        if (invalid instanceof InvalidInputException field) {
          body.put("field", field.field());
        }
        body.put("code", 0);
        return Response.status(Response.Status.BAD_REQUEST).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
      }
      if (t instanceof OptimisticLockingException conflict) {
        return ConflictMapper.conflict(conflict);
      }
      if (TaskGone.matches(t.getMessage())) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "TaskGone");
        body.put("message", TaskGone.MESSAGE);
        body.put("code", 0);
        return Response.status(Response.Status.NOT_FOUND).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
      }
    }
    return ExceptionHandlerHelper.getInstance().getResponse(exception);
  }

  /** An {@link OptimisticLockingException} Camunda REST lets through unwrapped. */
  @Priority(1)
  public static class ConflictMapper implements ExceptionMapper<OptimisticLockingException> {

    @Override
    public Response toResponse(OptimisticLockingException exception) {
      return conflict(exception);
    }

    static Response conflict(OptimisticLockingException exception) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("type", exception.getClass().getSimpleName());
      body.put("message", ConcurrentUpdateRetry.CONFLICT_MESSAGE);
      body.put("code", 0);
      return Response.status(Response.Status.CONFLICT).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
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
      };
    }
  }
}
