package cn.dangjian.workflow.membership;

import cn.dangjian.workflow.web.InvalidInputException;

/**
 * Bad input to the member development process. The message is the Chinese sentence users see and
 * names the field (e.g. {@code 身份证号码（idCardNumber）校验位错误}).
 */
public class MembershipValidationException extends InvalidInputException {

  public MembershipValidationException(String field, String message) {
    super(field, message);
  }
}
