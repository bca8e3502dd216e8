package cn.dangjian.workflow.web;

/** Bad input: names the field and says, in Chinese, what is wrong with it. Becomes HTTP 400. */
public class FieldValidationException extends RuntimeException {

  private final String field;

  public FieldValidationException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
