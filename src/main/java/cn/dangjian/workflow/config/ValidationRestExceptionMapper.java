package cn.dangjian.workflow.config;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
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
 * field; everything else keeps Camunda's own handling.
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
    }
    return ExceptionHandlerHelper.getInstance().getResponse(exception);
  }

  /** Registers the mapper with the Camunda REST (Jersey) application. */
  @Configuration(proxyBeanMethods = false)
  static class Registration {

    @Bean
    ResourceConfigCustomizer validationRestExceptionMapper() {
      return config -> config.register(ValidationRestExceptionMapper.class);
    }
  }
}
