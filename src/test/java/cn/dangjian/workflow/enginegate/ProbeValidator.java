package cn.dangjian.workflow.enginegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.exception.NotValidException;
import org.springframework.stereotype.Component;

/** Test-only validation of {@code test-validation-probe.bpmn}, throwing as the real validators do. */
@Component("probeValidator")
public class ProbeValidator {

  public void start(DelegateExecution execution) {
    Object age = execution.getVariable("age");
    if (!(age instanceof Number n) || n.intValue() < 18) {
      throw new NotValidException("申请人年龄（age）须年满18周岁");
    }
  }

  public void complete(DelegateTask task) {
    Object votes = task.getVariable("voteFor");
    Object due = task.getVariable("voteDue");
    if (votes instanceof Number v && due instanceof Number d && v.intValue() > d.intValue()) {
      throw new NotValidException("赞成票（" + v + "）不能多于应到人数（" + d + "）");
    }
  }
}
