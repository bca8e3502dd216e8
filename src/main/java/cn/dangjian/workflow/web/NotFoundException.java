package cn.dangjian.workflow.web;

/** A resource that does not exist (or that the caller may not know exists). Becomes HTTP 404. */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String message) {
    super(message);
  }
}
