package cn.dangjian.workflow.web;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.exception.NotValidException;

/**
 * Bad input found inside the engine (a start or task-complete listener): the message is the Chinese
 * sentence users see, naming the field. Being a {@link NotValidException} the engine rolls the transaction
 * back (no instance is started, the task stays open); Camunda REST answers HTTP 400 with the sentence and
 * the field, or every problem of the submission at once ({@code problems}).
 */
public class InvalidInputException extends NotValidException {

  /**
   * The last one raised in this thread while a web request is being served: the webapp's engine API wraps
   * it into an HTTP 500 text without its type, and {@link EngineRestValidationMessages} recovers it here.
   */
  private static final ThreadLocal<InvalidInputException> RAISED_IN_REQUEST = new ThreadLocal<>();

  /** One problem of a submission: the field at fault and what is wrong with it. */
  public record Problem(String field, String message) {}

  private final List<Problem> problems;

  public InvalidInputException(String field, String message) {
    this(List.of(new Problem(field, message)));
  }

  /** Every problem of one submission at once; the message lists them all. */
  public InvalidInputException(List<Problem> problems) {
    super(problems.stream().map(Problem::message).collect(Collectors.joining("；")));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid input needs at least one problem");
    }
    this.problems = List.copyOf(problems);
    RAISED_IN_REQUEST.set(this);
  }

  public static java.util.Optional<InvalidInputException> takeRaisedInRequest() {
    InvalidInputException raised = RAISED_IN_REQUEST.get();
    RAISED_IN_REQUEST.remove();
    return java.util.Optional.ofNullable(raised);
  }

  /** The (first) field at fault. */
  public String field() {
    return problems.get(0).field();
  }

  public List<Problem> problems() {
    return problems;
  }
}
