package cn.dangjian.workflow.config;

import org.camunda.bpm.engine.exception.NotValidException;

/**
 * Bad input found inside the engine (a start or task-complete listener): the message is the Chinese
 * sentence users see, naming the field. Being a {@link NotValidException} the engine rolls the transaction
 * back (no instance is started, the task stays open); Camunda REST answers HTTP 400 with the sentence and
 * the field ({@link ValidationRestExceptionMapper}).
 */
public class InvalidInputException extends NotValidException {

  /**
   * The last one raised in this thread while a web request is being served: the webapp's engine API wraps
   * it into an HTTP 500 text without its type, and {@link EngineRestValidationMessages} recovers it here.
   */
  private static final ThreadLocal<InvalidInputException> RAISED_IN_REQUEST = new ThreadLocal<>();

  private final String field;

  public InvalidInputException(String field, String message) {
    super(message);
    this.field = field;
    RAISED_IN_REQUEST.set(this);
  }

  static java.util.Optional<InvalidInputException> takeRaisedInRequest() {
    InvalidInputException raised = RAISED_IN_REQUEST.get();
    RAISED_IN_REQUEST.remove();
    return java.util.Optional.ofNullable(raised);
  }

  public String field() {
    return field;
  }
}
