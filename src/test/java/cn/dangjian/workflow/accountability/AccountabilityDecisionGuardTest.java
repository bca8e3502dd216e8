package cn.dangjian.workflow.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dangjian.workflow.web.InvalidInputException;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/**
 * What the decision's guard holds a decision to, all problems at once: measures that fit the subject and the
 * deciding body's powers (问责条例第八条、第十二条), 留党察看 for one or two years, grounds for 不予/免予问责, 从轻 and
 * 从重, and a reason for a choice other than the decision table's suggestion. People decide; the task stays open.
 */
class AccountabilityDecisionGuardTest extends AccountabilityCaseScenario {

  private void refused(ProcessInstance pi, Map<String, Object> decision, String... fields) {
    next(1);
    String taskId = task(pi, "Task_Decide").getId();
    Map<String, Object> v = with(decision, vars("decisionDate", day.toString()));
    assertThatThrownBy(() -> tasks.complete(taskId, v)).rootCause()
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(InvalidInputException.Problem::field).containsExactly(fields));
    assertThat(task(pi, "Task_Decide").getId()).isEqualTo(taskId);
  }

  @Test
  void aChoiceOtherThanTheSuggestionNeedsAReasonAndLenienceItsGrounds() {
    ProcessInstance pi = toDecision(individual(SUBJECT, "C1-B1"), report("minor", "adverse", false, false, false));
    assertThat(runtime.getVariable(pi.getId(), "suggestedMeasures")).isEqualTo("通报");
    refused(pi, with(decision("accountable", "诫勉"), vars("leniency", "heavier")), "leniencyGrounds",
        "deviationReason");
    decide(pi, decision("accountable", "通报"));
    assertThat(runtime.getVariable(pi.getId(), "decisionMeasures")).isEqualTo("通报");
  }

  @Test
  void measuresMustFitTheSubjectAndNotBeRepeated() {
    ProcessInstance pi = toDecision(organisation("C1-B1", "C1"), report("minor", "adverse", false, false, false));
    refused(pi, decision("accountable", "警告", "检查", "检查"), "measure1", "measure3");
    refused(pi, decision("accountable"), "measure1");
    refused(pi, decision("exempted", "检查"), "measure1", "deviationReason");
  }

  @Test
  void aCommissionOnlyProposesOrganisationalAdjustments() {
    ProcessInstance pi = toDecision(with(individual(SUBJECT, "C1-B1"), vars("competentOrganisationCode", "C1-D")),
        report("grave", "none", false, false, false));
    next(0);
    String taskId = task(pi, "Task_Decide").getId();
    assertThatThrownBy(() -> tasks.complete(taskId, with(decision("accountable", "调整职务"), vars("decisionDate",
        day.plusDays(1).toString())))).hasMessageContaining("超出纪委的决定权限").hasMessageContaining("第十二条");
  }

  @Test
  void partyProbationIsForOneOrTwoYears() {
    ProcessInstance pi = toDecision(individual(SUBJECT, "C1-B1"), report("grave", "severe", false, false, true));
    refused(pi, with(decision("accountable", "留党察看"), vars("deviationReason", "违反政治纪律")), "partyProbationMonths");
    refused(pi, with(decision("accountable", "留党察看"), vars("deviationReason", "违反政治纪律", "partyProbationMonths",
        18)), "partyProbationMonths");
  }

  @Test
  void notHoldingAccountableNeedsItsGrounds() {
    ProcessInstance pi = toDecision(individual(SUBJECT, "C1-B1"), report("minor", "none", false, true, false));
    refused(pi, decision("exempted"), "outcomeGrounds");
  }

  @Test
  void organisationalAdjustmentsAreCompletedWithinTheLimitAndAnAppealAnsweredWithinItsOwnOrLateWithAReason() {
    ProcessInstance pi = toDecision(individual(SUBJECT, "C1-B1"), report("grave", "none", false, false, false));
    decide(pi, decision("accountable", "调整职务"));
    deliver(pi);
    appealAndReviewLate(pi);
    String execution = task(pi, "Task_Execute").getId();
    Map<String, Object> late = vars("executionDate", day.toString(), "executionNote", "已办理调整职务手续");
    assertThatThrownBy(() -> tasks.complete(execution, late)).hasMessageContaining("executionLateReason")
        .hasMessageContaining("第十四条");
    tasks.complete(execution, with(late, vars("executionLateReason", "待上级党委批复")));
    assertThat(tasks.createTaskQuery().taskId(execution).count()).isZero();
  }

  /** An appeal lodged at once; its review 40 days later needs the reason for the delay; execution went on meanwhile. */
  private void appealAndReviewLate(ProcessInstance pi) {
    next(1);
    complete(pi, "Task_LodgeAppeal", vars("appealDate", day.toString(), "appealGrounds", "认为处理过重"));
    next(40);
    String review = task(pi, "Task_ReviewAppeal").getId();
    Map<String, Object> late = vars("reviewDate", day.toString(), "reviewOutcome", "upheld", "reviewReasoning", "维持");
    assertThatThrownBy(() -> tasks.complete(review, late)).hasMessageContaining("reviewLateReason")
        .hasMessageContaining("第十五条");
    tasks.complete(review, with(late, vars("reviewLateReason", "需补充调查")));
    runJobs(pi);
  }
}
