package cn.dangjian.workflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.workflow.membership.MemberDevelopmentScenario;
import cn.dangjian.workflow.records.RecordTemplate;
import cn.dangjian.workflow.support.HttpClientSupport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 15, item 11: records are listed with their type's and their step's Chinese names, never only by ids.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class RecordNamesTest {

  private static final String CHINESE = ".*[\\u4e00-\\u9fff].*";

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired RepositoryService repository;
  @Autowired List<RecordTemplate> templates;

  @Test
  void everyRecordTypeOfTheFamiliesHasAChineseName() {
    List<RecordTemplate> production = templates.stream().filter(t -> !t.recordType().startsWith("test.")).toList();
    assertThat(production).hasSizeGreaterThan(20);
    for (RecordTemplate template : production) {
      assertThat(template.typeName()).as(template.recordType()).matches(CHINESE).isNotEqualTo(template.recordType());
    }
  }

  @Test
  void theRecordsOfACaseAreListedWithTheirTypesAndStepsByName() throws Exception {
    ProcessInstance instance = memberDevelopmentCase();
    for (Job job : management.createJobQuery().processInstanceId(instance.getId()).executable().list()) {
      management.executeJob(job.getId());
    }
    String body = new HttpClientSupport(port).get("/api/records?businessKey=" + instance.getBusinessKey(),
        "auditor").body();
    JsonNode records = new ObjectMapper().readTree(body);
    assertThat(records.size()).as("records of the case: %s", body).isGreaterThanOrEqualTo(1);
    for (JsonNode record : records) {
      FlowNode step = repository.getBpmnModelInstance(instance.getProcessDefinitionId())
          .getModelElementById(record.path("step").asText());
      assertThat(record.path("stepName").asText()).as("step of %s", record).isEqualTo(step.getName())
          .matches(CHINESE);
      assertThat(record.path("typeName").asText()).as("type of %s", record).matches(CHINESE)
          .isNotEqualTo(record.path("type").asText());
    }
  }

  private ProcessInstance memberDevelopmentCase() {
    Map<String, Object> v = MemberDevelopmentScenario.application("韩梅",
        LocalDate.of(1996, 6, 6), LocalDate.now().minusDays(3), "C1-B1");
    v.put("applicationText", "我志愿加入中国共产党。");
    return runtime.startProcessInstanceByKey("memberDevelopment", v);
  }
}
