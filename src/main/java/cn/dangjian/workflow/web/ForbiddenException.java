package cn.dangjian.workflow.web;

/** The caller is known but may not do this. Becomes HTTP 403. */
public class ForbiddenException extends RuntimeException {

  public ForbiddenException(String message) {
    super(message);
  }
}
