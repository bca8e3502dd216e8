package cn.dangjian.workflow.records;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Runs in the same transaction as the receipt; fails while {@code failAfterReceipt} is true. */
@Component("recordsProbeNotifier")
class ProbeNotifier implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    if (Boolean.TRUE.equals(execution.getVariable("failAfterReceipt"))) {
      throw new IllegalStateException("通知服务暂不可用（测试）");
    }
  }
}
