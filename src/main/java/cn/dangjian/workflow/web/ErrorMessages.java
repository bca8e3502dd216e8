package cn.dangjian.workflow.web;

/** Sentences every API answers with for the same situation, whichever door the request came through. */
public final class ErrorMessages {

  /** A concurrent update outlasted every retry (HTTP 409). */
  public static final String CONFLICT = "该事项正被他人同时处理，请刷新页面后重试";
  /** The task was completed by someone else after the page was loaded (HTTP 404). */
  public static final String TASK_GONE = "该待办已不存在，可能已由他人办理完毕，请刷新待办列表";

  private ErrorMessages() {}
}
