package cn.dangjian.workflow.membership;

import static cn.dangjian.workflow.casework.FieldValues.text;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * 继续培养考察: where practice allows, a failed step does not end the case — a 预审 not passed, a 支部大会 vote that fails,
 * or a 上级党委 that does not approve the admission may send the 发展对象 back to training, with the reason recorded;
 * after it the branch's 支委会 reviews the person again (第十九条 and the steps after it). Complete listener of
 * {@code Task_ContinueTraining}: {@code ${continuedTraining.complete(task)}}.
 */
@Component("continuedTraining")
public class ContinuedTraining {

  static final String DECISION = "continueTraining";

  /** The flow of the current diagram that takes each step's decision back to training. */
  static final String FROM_PRE_REVIEW = "Flow_PreReviewContinueTraining";
  static final String FROM_ADMISSION_VOTE = "Flow_AdmissionVoteContinueTraining";
  static final String FROM_APPROVAL = "Flow_AdmissionContinueTraining";

  /** Sends the case back to training from {@code step}; refused on a process version without that way back. */
  void begin(DelegateTask task, String step, String reason, String flow, String field) {
    if (task.getBpmnModelInstance().getModelElementById(flow) == null) {
      throw new MembershipValidationException(field, "本案所用的流程版本没有“继续培养考察”的步骤，须由系统管理员先将本案迁移到新版本；"
          + "或作出其他决定");
    }
    task.setVariable("continuedTrainingStep", step);
    task.setVariable("continuedTrainingReason", reason);
    task.setVariable("continuedTrainingFrom", task.getVariable("lastStepDate"));
    task.setVariable("continuedTrainingCount", count(task) + 1);
    // a new approval after the next meeting has its own 3 months (第二十五条)
    task.setVariable("approvalExtended", false);
  }

  /** The end of the further training: when, and how the 发展对象 did; then the 支委会 reviews again. */
  public void complete(DelegateTask task) {
    TaskGuards.stepDate(task, "continuedTrainingEndDate", "继续培养考察结束日期");
    text(task, "continuedTrainingSummary", "继续培养考察情况");
  }

  private static int count(DelegateTask task) {
    Object value = task.getVariable("continuedTrainingCount");
    return value == null ? 0 : ((Number) value).intValue();
  }
}
