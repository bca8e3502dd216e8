package cn.dangjian.workflow.membership;

import org.camunda.bpm.engine.exception.NotValidException;

/**
 * Bad input to the member development process. The message is the Chinese sentence users see and
 * names the field (e.g. {@code 身份证号码（idCardNumber）校验位错误}); being a {@link NotValidException}
 * the engine rolls the transaction back (no instance is started, the task stays open).
 */
public class MembershipValidationException extends NotValidException {

  private final String field;

  public MembershipValidationException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
