package cn.dangjian.workflow.accountability;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/** Every path of a 问责 case from start to end, with the records its dossier holds. */
class AccountabilityCasePathsTest extends AccountabilityCaseScenario {

  private final AccountabilityCasePaths paths = new AccountabilityCasePaths(this);

  @Test
  void aRefusedStartEndsTheCaseWithTheApprovalRecordAndItsReason() {
    ProcessInstance pi = paths.startRefused();
    assertEnded(pi);
    assertThat(dossier(pi)).containsExactly("accountability.start-approval", "accountability.dossier-index");
    assertThat(variable(pi, "startApprovalOpinion")).isEqualTo("问责线索不实，不予启动");
    assertThat((String) variable(pi, "caseNumber")).startsWith("WZ-C1-2026-");
  }

  @Test
  void fullCaseWithoutAppealEndsWhenTheWindowCloses() {
    ProcessInstance pi = paths.fullWithoutAppeal();
    assertEnded(pi);
    assertThat(variable(pi, "suggestedMeasures")).isEqualTo("通报");
    assertThat(variable(pi, "measureCategories")).isEqualTo("通报：第一种形态");
    assertThat(dossier(pi)).containsExactly("accountability.start-approval", "accountability.facts",
        "accountability.investigation-report", "accountability.decision", "accountability.delivery-receipt",
        "accountability.execution", "accountability.dossier-index");
    assertThat(variable(pi, "appealLodged")).isNull();
  }

  @Test
  void fullCaseWithAppealCombinesMeasuresAndRunsTheirPeriodsBesideTheAppeal() {
    ProcessInstance pi = paths.fullWithAppeal();
    assertEnded(pi);
    assertThat(variable(pi, "suggestedMeasures")).isEqualTo("诫勉");
    assertThat(variable(pi, "decisionMeasures")).isEqualTo("警告、诫勉");
    assertThat(variable(pi, "measureCategories")).isEqualTo("警告：第二种形态；诫勉：第一种形态");
    assertThat(dossier(pi)).contains("accountability.appeal-review").containsSubsequence("accountability.decision",
        "accountability.delivery-receipt", "accountability.appeal-review", "accountability.dossier-index");
    assertThat(dossier(pi).stream().filter("accountability.restriction-ended"::equals)).hasSize(2);
  }

  @Test
  void anAppealDoesNotSuspendExecution() {
    ProcessInstance pi = toDecision(individual(SUBJECT, "C1-B1"), report("minor", "adverse", false, false, false));
    decide(pi, decision("accountable", "通报"));
    deliver(pi);
    next(5);
    complete(pi, "Task_LodgeAppeal", vars("appealDate", day.toString(), "appealGrounds", "认为处理过重"));
    String review = task(pi, "Task_ReviewAppeal").getId();

    execute(pi);
    assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_Execute").count())
        .as("executed while the appeal is pending").isZero();
    assertThat(tasks.createTaskQuery().taskId(review).count()).as("the appeal still pending").isEqualTo(1);
    assertThat(runtime.getVariable(pi.getId(), "executionDate")).isEqualTo(day.toString());
    assertThat(dossier(pi)).containsSubsequence("accountability.delivery-receipt", "accountability.execution")
        .doesNotContain("accountability.appeal-review");

    next(3);
    complete(pi, "Task_ReviewAppeal", vars("reviewDate", day.toString(), "reviewOutcome", "upheld", "reviewReasoning",
        "经复查，事实清楚"));
    assertEnded(pi);
    assertThat(dossier(pi)).containsSubsequence("accountability.execution", "accountability.appeal-review",
        "accountability.dossier-index");
  }

  @Test
  void aRefusalToSignIsNotedByTheGroupAndTheCaseGoesOn() {
    ProcessInstance pi = paths.refusalToSign();
    assertEnded(pi);
    assertThat(variable(pi, "signature")).isEqualTo("refused");
    assertThat(variable(pi, "refusalWitnesses")).isEqualTo("郑立新、冯海燕");
    assertThat(variable(pi, "leniency")).isEqualTo("heavier");
    assertThat(dossier(pi)).contains("accountability.facts", "accountability.restriction-ended");
  }

  @Test
  void aReportNotAdoptedGoesBackToTheGroupAndLenienceIsRecordedWithItsGrounds() {
    ProcessInstance pi = paths.reportSentBack();
    assertEnded(pi);
    assertThat(variable(pi, "leniency")).isEqualTo("lighter");
    assertThat((String) variable(pi, "leniencyGrounds")).contains("第十八条");
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
        .activityId("Task_DiscussReport").count()).isEqualTo(2);
  }

  @Test
  void anExemptionHasNoMeasureAndStillGivesTheSubjectTheAppealWindow() {
    ProcessInstance pi = paths.withoutMeasures("exempted");
    assertEnded(pi);
    assertThat(variable(pi, "suggestedMeasures")).isEqualTo("免予问责");
    assertThat(variable(pi, "decisionMeasures")).isEqualTo("免予问责");
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
        .activityId("Timer_AppealWindowClosed").count()).isEqualTo(1);
  }

  @Test
  void notHoldingAccountableOtherThanSuggestedNeedsBothGrounds() {
    ProcessInstance pi = paths.withoutMeasures("notAccountable");
    assertEnded(pi);
    assertThat(variable(pi, "decisionMeasures")).isEqualTo("不予问责");
    assertThat(variable(pi, "deviationReason")).isEqualTo("属于不予问责的情形");
  }

  @Test
  void anOrganisationIsHeardThroughItsSecretaryAndGiven检查() {
    ProcessInstance pi = paths.organisationInspected();
    assertEnded(pi);
    assertThat(variable(pi, "subjectName")).isEqualTo("第一党支部");
    assertThat(variable(pi, "measureCategories")).isEqualTo("检查：第一种形态");
    assertThat(history.createHistoricIdentityLinkLogQuery().taskId(history.createHistoricTaskInstanceQuery()
        .processInstanceId(pi.getId()).taskDefinitionKey("Task_StateCase").singleResult().getId()).list())
        .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("C1-B1.secretary"));
  }
}
