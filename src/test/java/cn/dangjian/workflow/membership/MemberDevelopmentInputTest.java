package cn.dangjian.workflow.membership;

import cn.dangjian.workflow.web.InvalidInputException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/** Bad inputs are refused with the field named, and nothing changes. */
class MemberDevelopmentInputTest extends MemberDevelopmentTestBase {

  private void refusedAtStart(Map<String, Object> variables, String... messageParts) {
    long before = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).count();
    long historic = history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS).count();
    var thrown = assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROCESS, variables))
        .isInstanceOf(InvalidInputException.class);
    for (String part : messageParts) {
      thrown.hasMessageContaining(part);
    }
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).count()).isEqualTo(before);
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS).count()).isEqualTo(historic);
  }

  @Test
  void rejectsApplicantUnder18() {
    at(LocalDate.of(2026, 11, 25));
    refusedAtStart(application("周小", LocalDate.of(2009, 1, 10), LocalDate.of(2026, 11, 20), "C1-B1"),
        "birthDate", "未满18周岁");
  }

  @Test
  void rejectsWrongIdCardChecksum() {
    at(LocalDate.of(2026, 11, 25));
    Map<String, Object> v = application("周小", LocalDate.of(1999, 1, 10), LocalDate.of(2026, 11, 20), "C1-B1");
    String id = (String) v.get("idCardNumber");
    v.put("idCardNumber", id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0'));
    refusedAtStart(v, "身份证号码（idCardNumber）校验位错误");
  }

  @Test
  void rejectsFutureApplicationDate() {
    at(LocalDate.of(2026, 11, 25));
    refusedAtStart(application("周小", LocalDate.of(1999, 1, 10), LocalDate.of(2026, 12, 1), "C1-B1"),
        "applicationDate", "不能晚于今天");
  }

  @Test
  void rejectsUnknownBranchAndRulePack() {
    at(LocalDate.of(2026, 11, 25));
    refusedAtStart(application("周小", LocalDate.of(1999, 1, 10), LocalDate.of(2026, 11, 20), "C9"), "branchCode");
    Map<String, Object> v = application("周小", LocalDate.of(1999, 1, 10), LocalDate.of(2026, 11, 20), "C1-B1");
    v.put("rulePack", "1990");
    refusedAtStart(v, "rulePack");
  }

  @Test
  void numbersCasesPerBranchAndYear() {
    at(LocalDate.of(2026, 11, 25));
    ProcessInstance first = runtime.startProcessInstanceByKey(PROCESS,
        application("甲", LocalDate.of(1999, 1, 10), LocalDate.of(2026, 11, 20), "C1-B3"));
    ProcessInstance second = runtime.startProcessInstanceByKey(PROCESS,
        application("乙", LocalDate.of(1999, 1, 11), LocalDate.of(2026, 11, 20), "C1-B3"));
    int n = Integer.parseInt(first.getBusinessKey().substring("DY-C1-B3-2026-".length()));
    assertThat(second.getBusinessKey()).isEqualTo(String.format("DY-C1-B3-2026-%04d", n + 1));
    assertThat(first).variables().containsEntry("caseNumber", first.getBusinessKey())
        .containsEntry("caseTitle", "党员发展：甲").containsEntry("branchName", "第三党支部");
    ProcessInstance given = runtime.startProcessInstanceByKey(PROCESS, "EXT-42",
        application("丙", LocalDate.of(1999, 1, 12), LocalDate.of(2026, 11, 20), "C1-B3"));
    assertThat(given).variables().containsEntry("caseNumber", "EXT-42");
    // a branch without 支委会: its general meeting decides; its convenor records the decision (第八条)
    runJobs(first);
    complete(first, "Task_TalkWithApplicant", vars("talkDate", "2026-11-25", "talker", "书记", "talkSummary", "谈话"));
    assertThat(task(first, "Task_DesignateActivist")).hasCandidateGroup("C1-B3.secretary");
  }

  @Test
  void concurrentStartsGetDistinctCaseNumbers() throws Exception {
    at(LocalDate.of(2026, 11, 25));
    var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<String>> keys = new java.util.ArrayList<>();
      for (int i = 0; i < 8; i++) {
        LocalDate birth = LocalDate.of(1990, 1, 1).plusDays(i);
        keys.add(pool.submit(() -> runtime.startProcessInstanceByKey(PROCESS,
            application("并发" + birth.getDayOfMonth(), birth, LocalDate.of(2026, 11, 20), "C1-B2")).getBusinessKey()));
      }
      Set<String> distinct = new java.util.HashSet<>();
      for (var key : keys) {
        distinct.add(key.get());
      }
      assertThat(distinct).hasSize(8).allMatch(k -> k.startsWith("DY-C1-B2-2026-"));
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void rejectsOneSponsorAndKeepsTaskOpen() {
    Case c = newCase().untilDevelopmentTarget().developmentTarget(LocalDate.of(2026, 4, 23), "designate")
        .file("Task_FileDevelopmentTarget", LocalDate.of(2026, 4, 24));
    at(LocalDate.of(2026, 4, 25));
    String id = task(c.pi, "Task_AssignSponsors").getId();
    assertThatThrownBy(() -> tasks.complete(id, vars("sponsor1", "b1-member1")))
        .hasMessageContaining("sponsor2").hasMessageContaining("两名正式党员");
    assertThatThrownBy(() -> tasks.complete(id, vars("sponsor1", "b1-member1", "sponsor2", "b1-member5")))
        .hasMessageContaining("留党察看");
    assertThat(c.pi).isWaitingAt("Task_AssignSponsors");
    assertThat(runtime.getVariable(c.pi.getId(), "sponsor1")).isNull();
  }

  @Test
  void rejectsContactPersonFromAnotherBranch() {
    Case c = newCase().start().talk(LocalDate.of(2025, 3, 10)).activist(LocalDate.of(2025, 4, 15), "designate")
        .file("Task_FileActivist", LocalDate.of(2025, 4, 20));
    assertThatThrownBy(() -> tasks.complete(task(c.pi, "Task_AssignContactPersons").getId(),
        vars("contactPerson1", "b2-member1"))).hasMessageContaining("contactPerson1").hasMessageContaining("不是本支部");
    assertThat(c.pi).isWaitingAt("Task_AssignContactPersons");
  }

  @Test
  void rejectsStepDatedBeforeThePreviousStep() {
    Case c = newCase().start();
    at(LocalDate.of(2025, 3, 10));
    assertThatThrownBy(() -> tasks.complete(task(c.pi, "Task_TalkWithApplicant").getId(), vars("talkDate",
        "2025-02-01", "talker", "王喆", "talkSummary", "x"))).hasMessageContaining("talkDate")
        .hasMessageContaining("不能早于上一步骤的日期");
    assertThat(c.pi).isWaitingAt("Task_TalkWithApplicant");
  }
}
