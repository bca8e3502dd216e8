package cn.dangjian.workflow.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Every error of our API is JSON naming the field at fault; never a stack trace. */
@RestControllerAdvice
public class ApiExceptionHandler {

  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<ApiError> invalidInput(InvalidInputException e, HttpServletRequest request) {
    return ResponseEntity.badRequest().body(ApiError.invalid(e, request.getRequestURI()));
  }

  @ExceptionHandler(FieldValidationException.class)
  ResponseEntity<ApiError> invalidField(FieldValidationException e, HttpServletRequest request) {
    return respond(HttpStatus.BAD_REQUEST, e.getMessage(), e.field(), request);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ApiError> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
    return respond(HttpStatus.BAD_REQUEST, "参数 " + e.getName() + " 的格式不正确", e.getName(), request);
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<ApiError> missing(MissingServletRequestParameterException e, HttpServletRequest request) {
    return respond(HttpStatus.BAD_REQUEST, "缺少参数 " + e.getParameterName(), e.getParameterName(), request);
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ResponseEntity<ApiError> constraint(ConstraintViolationException e, HttpServletRequest request) {
    var violation = e.getConstraintViolations().iterator().next();
    String path = violation.getPropertyPath().toString();
    String field = path.substring(path.lastIndexOf('.') + 1);
    return respond(HttpStatus.BAD_REQUEST, field + "：" + violation.getMessage(), field, request);
  }

  /** Malformed JSON, or a value of the wrong JSON type: the field is the innermost property Jackson was reading. */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
    if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field = mapping.getPath().get(mapping.getPath().size() - 1).getFieldName();
      if (field != null) {
        return respond(HttpStatus.BAD_REQUEST, "字段 " + field + " 的值类型不正确", field, request);
      }
    }
    return respond(HttpStatus.BAD_REQUEST, "请求内容不是有效的 JSON", null, request);
  }

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<ApiError> notFound(NotFoundException e, HttpServletRequest request) {
    return respond(HttpStatus.NOT_FOUND, e.getMessage(), null, request);
  }

  @ExceptionHandler(ForbiddenException.class)
  ResponseEntity<ApiError> forbidden(ForbiddenException e, HttpServletRequest request) {
    return respond(HttpStatus.FORBIDDEN, e.getMessage(), null, request);
  }

  /** The engine refused the caller (no authorization to start the process, read the task, …). */
  @ExceptionHandler(org.camunda.bpm.engine.AuthorizationException.class)
  ResponseEntity<ApiError> notAuthorized(org.camunda.bpm.engine.AuthorizationException e, HttpServletRequest request) {
    return respond(HttpStatus.FORBIDDEN, "您没有权限执行此操作", null, request);
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<ApiError> noResource(NoResourceFoundException e, HttpServletRequest request) {
    return respond(HttpStatus.NOT_FOUND, "资源不存在", null, request);
  }

  @ExceptionHandler(OptimisticLockingException.class)
  ResponseEntity<ApiError> conflict(OptimisticLockingException e, HttpServletRequest request) {
    return respond(HttpStatus.CONFLICT, ErrorMessages.CONFLICT, null, request);
  }

  private static ResponseEntity<ApiError> respond(HttpStatus status, String message, String field,
      HttpServletRequest request) {
    return ResponseEntity.status(status).body(ApiError.of(status, message, field, request.getRequestURI()));
  }
}
