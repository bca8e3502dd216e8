package cn.dangjian.workflow.identity;

/** An organisation code that the organisation model does not know. */
public class UnknownOrganisationException extends RuntimeException {

  private final String code;

  public UnknownOrganisationException(String code) {
    super("未知的组织代码：" + code);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
