package cn.dangjian.workflow.engine.forms;

import org.camunda.bpm.engine.AuthorizationException;

/**
 * A non-administrator tried to write case data through a door that bypasses the task's form. Being an
 * {@link AuthorizationException}, both engine APIs answer HTTP 403 with the sentence.
 */
public class WriteRefused extends AuthorizationException {

  static final String VARIABLES = "案件数据只能通过待办表单提交，不能直接修改流程变量";
  static final String TASK_WITHOUT_FORM = "该待办没有表单，办理时不能提交数据";
  static final String PROCESS_WITHOUT_START_FORM = "该流程没有启动表单，启动时不能提交数据";
  static final String WITH_EVENT = "不能随消息、信号、错误或升级事件写入案件数据";
  static final String RESTRUCTURE = "调整案件所处的流程环节（流程实例修改、重启、迁移或从指定环节启动）仅限管理员";

  public WriteRefused(String message) {
    super(message);
  }
}
