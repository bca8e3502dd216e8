package cn.dangjian.workflow.accountability;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.workflow.casework.CaseStages;
import java.io.File;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every step of the accountability families belongs to a stage of the case overview (案件进展). */
class AccountabilityStagesTest {

  @ParameterizedTest
  @CsvSource({"responsibility-item.bpmn, responsibilityItem", "accountability-case.bpmn, accountabilityCase"})
  void everyUserTaskHasAStage(String file, String processKey) {
    AccountabilityFamilies families = new AccountabilityFamilies();
    CaseStages stages = processKey.equals("responsibilityItem") ? families.responsibilityItemStages()
        : families.accountabilityCaseStages();
    assertThat(stages.processKey()).isEqualTo(processKey);
    assertThat(Bpmn.readModelFromFile(new File("processes/" + file)).getModelElementsByType(UserTask.class))
        .allSatisfy(task -> assertThat(stages.stageOf(task.getId())).as(task.getId()).isPresent());
  }
}
