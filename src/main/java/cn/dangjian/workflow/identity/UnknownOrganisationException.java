package cn.dangjian.workflow.identity;

import cn.dangjian.workflow.web.FieldValidationException;

/** An organisation code that the organisation model does not know. */
public class UnknownOrganisationException extends FieldValidationException {

  private final String code;

  public UnknownOrganisationException(String code) {
    super("organisationCode", "未知的组织代码：" + code);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
