package cn.dangjian.workflow.config;

import org.camunda.bpm.engine.exception.NotValidException;

/**
 * Bad input found inside the engine (a start or task-complete listener): the message is the Chinese
 * sentence users see, naming the field. Being a {@link NotValidException} the engine rolls the transaction
 * back (no instance is started, the task stays open); Camunda REST answers HTTP 400 with the sentence and
 * the field ({@link ValidationRestExceptionMapper}).
 */
public class InvalidInputException extends NotValidException {

  private final String field;

  public InvalidInputException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
