package cn.dangjian.workflow.enginegate;

import cn.dangjian.workflow.web.ErrorMessages;
import java.util.regex.Pattern;

/**
 * Camunda answers HTTP 500 "Cannot complete task …: Cannot find task with id …" when a task was completed
 * by someone else (or on another node) after the page was loaded. For the staff member that is a stale
 * page, not a server failure: HTTP 404 with a sentence saying so.
 */
final class TaskGone {

  static final String MESSAGE = ErrorMessages.TASK_GONE;
  private static final Pattern ENGINE_MESSAGE = Pattern.compile("Cannot find task with id \\S+: task is null");

  private TaskGone() {}

  static boolean matches(String message) {
    return message != null && ENGINE_MESSAGE.matcher(message).find();
  }
}
