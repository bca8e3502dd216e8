package cn.dangjian.workflow.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.workflow.casework.CaseStages;
import java.io.File;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/** Every step of the supervision families belongs to a stage of the case overview (案件进展). */
class SupervisionStagesTest {

  @Test
  void everyUserTaskOfTheMassIssueRegisterHasAStage() {
    CaseStages stages = new SupervisionFamilies().massIssueStages();
    assertThat(stages.processKey()).isEqualTo("massIssue");
    assertThat(Bpmn.readModelFromFile(new File("processes/mass-issue.bpmn")).getModelElementsByType(UserTask.class))
        .allSatisfy(task -> assertThat(stages.stageOf(task.getId())).as(task.getId()).isPresent());
  }

  @Test
  void everyUserTaskOfClueHandlingHasAStage() {
    CaseStages stages = new SupervisionFamilies().clueStages();
    assertThat(stages.processKey()).isEqualTo("clueHandling");
    assertThat(Bpmn.readModelFromFile(new File("processes/clue-handling.bpmn")).getModelElementsByType(UserTask.class))
        .allSatisfy(task -> assertThat(stages.stageOf(task.getId())).as(task.getId()).isPresent());
  }
}
