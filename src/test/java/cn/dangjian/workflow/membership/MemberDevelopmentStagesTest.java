package cn.dangjian.workflow.membership;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.workflow.casework.CaseStages;
import java.io.File;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/** Every step of member development belongs to a stage of the case overview (案件进展). */
class MemberDevelopmentStagesTest {

  @Test
  void everyUserTaskHasAStage() {
    CaseStages stages = new MembershipFamily().memberDevelopmentStages();
    assertThat(Bpmn.readModelFromFile(new File("processes/member-development.bpmn"))
        .getModelElementsByType(UserTask.class))
        .allSatisfy(task -> assertThat(stages.stageOf(task.getId())).as(task.getId()).isPresent());
  }
}
