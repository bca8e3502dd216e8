package cn.dangjian.workflow.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The applicant withdraws (message ApplicantWithdrew); the case moves to another branch (message BranchTransfer). */
class MemberDevelopmentWithdrawalAndTransferTest extends MemberDevelopmentTestBase {

  @Test
  void withdrawsApplication() {
    Case c = newCase().start().talk(LocalDate.of(2025, 3, 10));
    at(LocalDate.of(2025, 3, 20));
    assertThatThrownBy(() -> runtime.createMessageCorrelation("ApplicantWithdrew")
        .processInstanceBusinessKey(c.pi.getBusinessKey()).setVariable("withdrawalDate", "2025-03-20").correlate())
        .hasMessageContaining("withdrawalReason");
    assertThat(c.pi).isActive().isWaitingAt("Task_DesignateActivist");
    runtime.createMessageCorrelation("ApplicantWithdrew").processInstanceBusinessKey(c.pi.getBusinessKey())
        .setVariable("withdrawalDate", "2025-03-20").setVariable("withdrawalReason", "个人原因").correlate();
    runJobs(c.pi);
    assertThat(c.pi).isEnded().hasPassed("End_Withdrawn");
    assertThat(recordsOf(c.pi)).endsWith("membership.withdrawal", "membership.dossier-index");
  }

  @Test
  void transfersToAnotherBranchAndTimersKeepCounting() {
    Case c = newCase().start();
    List<Date> timersBefore = management.createJobQuery().processInstanceId(c.pi.getId()).timers().list().stream()
        .map(Job::getDuedate).sorted().collect(Collectors.toList());
    at(LocalDate.of(2025, 3, 5));
    runtime.createMessageCorrelation("BranchTransfer").processInstanceBusinessKey(c.pi.getBusinessKey())
        .setVariable("targetBranchCode", "C1-B2").setVariable("transferReason", "工作调动").correlate();
    runJobs(c.pi);
    assertThat(c.pi).isWaitingAt("Task_TalkWithApplicant", "Task_ReviewTransferredFile").variables()
        .containsEntry("branchCode", "C1-B2").containsEntry("previousBranchCode", "C1-B1");
    assertThat(task(c.pi, "Task_TalkWithApplicant")).hasCandidateGroup("C1-B2.secretary");
    assertThat(tasks.getIdentityLinksForTask(task(c.pi, "Task_TalkWithApplicant").getId()))
        .noneMatch(l -> l.getGroupId() != null && l.getGroupId().startsWith("C1-B1"));
    assertThat(management.createJobQuery().processInstanceId(c.pi.getId()).timers().list().stream()
        .map(Job::getDuedate).sorted().collect(Collectors.toList())).isEqualTo(timersBefore);
    assertThat(recordsOf(c.pi)).contains("membership.branch-transfer");
    c.talk(LocalDate.of(2025, 3, 10));
    assertThat(task(c.pi, "Task_DesignateActivist")).hasCandidateGroup("C1-B2.committee");
    assertThatThrownBy(() -> runtime.createMessageCorrelation("BranchTransfer")
        .processInstanceBusinessKey(c.pi.getBusinessKey()).setVariable("targetBranchCode", "C1-OD")
        .setVariable("transferReason", "x").correlate()).hasMessageContaining("不是党支部");
  }

  @Test
  void transferRoutesOpenTasksAgainFromTheOrganisationModel() {
    Case c = newCase().start().talk(LocalDate.of(2025, 3, 10));
    assertThat(task(c.pi, "Task_DesignateActivist")).hasCandidateGroup("C1-B1.committee");
    at(LocalDate.of(2025, 3, 12));
    runtime.createMessageCorrelation("BranchTransfer").processInstanceBusinessKey(c.pi.getBusinessKey())
        .setVariable("targetBranchCode", "C1-B3").setVariable("transferReason", "工作调动").correlate();
    runJobs(c.pi);
    // C1-B3 has no 支委会: its general meeting decides, its convenor records the decision (第八条)
    assertThat(tasks.getIdentityLinksForTask(task(c.pi, "Task_DesignateActivist").getId()))
        .filteredOn(l -> l.getGroupId() != null).extracting(l -> l.getGroupId())
        .containsExactlyInAnyOrder("C1-B3.secretary", "C1-B3.deputy-secretary");
    assertThat(runtime.getVariable(c.pi.getId(), "organisationCode")).isEqualTo("C1-B3");
  }

  @Autowired WebApplicationContext web;

  @Test
  void aProbationaryMemberCannotWithdrawAndAnOutcomeIsNeverReplaced() throws Exception {
    Case c = newCase().start().talk(LocalDate.of(2025, 3, 10)).activist(LocalDate.of(2025, 4, 15), "designate")
        .file("Task_FileActivist", LocalDate.of(2025, 4, 20)).contactPersons(LocalDate.of(2025, 4, 21))
        .probationEnds(LocalDate.of(2026, 4, 22)).train(LocalDate.of(2026, 4, 22), false)
        .developmentTarget(LocalDate.of(2026, 4, 23), "designate")
        .file("Task_FileDevelopmentTarget", LocalDate.of(2026, 4, 24)).sponsors(LocalDate.of(2026, 4, 25))
        .politicalReview(LocalDate.of(2026, 5, 6), "passed").shortTraining(LocalDate.of(2026, 5, 11), 3, 24)
        .branchCommitteeReview(LocalDate.of(2026, 5, 15), "approve").preReview(LocalDate.of(2026, 5, 20), "pass")
        .admissionForm(LocalDate.of(2026, 5, 22)).admissionVote(LocalDate.of(2026, 5, 25), 7, 6, 5, 1, 0)
        .committeeTalk(LocalDate.of(2026, 6, 1)).approval(LocalDate.of(2026, 6, 10), "approve");
    at(LocalDate.of(2026, 6, 11));
    Map<String, Object> before = runtime.getVariables(c.pi.getId());
    List<String> recordsBefore = List.copyOf(recordsOf(c.pi));
    MockMvc mvc = MockMvcBuilders.webAppContextSetup(web).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    mvc.perform(post("/api/membership/cases/" + c.pi.getBusinessKey() + "/withdrawal")
            .with(httpBasic("b1-secretary", "b1-secretary")).contentType(MediaType.APPLICATION_JSON)
            .content("{\"withdrawalDate\":\"2026-06-11\",\"withdrawalReason\":\"本人申请\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("《中国共产党章程》第七条")));
    assertThatThrownBy(() -> runtime.createMessageCorrelation("ApplicantWithdrew").processInstanceId(c.pi.getId())
        .setVariable("withdrawalDate", "2026-06-11").setVariable("withdrawalReason", "本人申请").correlate())
        .hasMessageContaining("不能再撤回入党申请");
    runJobs(c.pi);
    assertThat(runtime.getVariables(c.pi.getId())).isEqualTo(before);
    assertThat(recordsOf(c.pi)).isEqualTo(recordsBefore);
    assertThat(c.pi).isNotEnded();
  }

  @Test
  void branchSecretaryRecordsWithdrawalAndTransferThroughTheApi() throws Exception {
    MockMvc mvc = MockMvcBuilders.webAppContextSetup(web).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    Case c = newCase().start();
    String base = "/api/membership/cases/" + c.pi.getBusinessKey();
    mvc.perform(post(base + "/transfer").with(httpBasic("b2-secretary", "b2-secretary"))
            .contentType(MediaType.APPLICATION_JSON).content("{\"targetBranchCode\":\"C1-B2\",\"transferReason\":\"x\"}"))
        .andExpect(status().isNotFound());
    mvc.perform(post(base + "/transfer").with(httpBasic("b1-member1", "b1-member1"))
            .contentType(MediaType.APPLICATION_JSON).content("{\"targetBranchCode\":\"C1-B2\",\"transferReason\":\"x\"}"))
        .andExpect(status().isNotFound());
    mvc.perform(post(base + "/transfer").with(httpBasic("b1-secretary", "b1-secretary"))
            .contentType(MediaType.APPLICATION_JSON).content("{\"targetBranchCode\":\"C1-OD\",\"transferReason\":\"x\"}"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("targetBranchCode"));
    mvc.perform(post(base + "/transfer").with(httpBasic("b1-secretary", "b1-secretary"))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"targetBranchCode\":\"C1-B2\",\"transferReason\":\"工作调动\"}"))
        .andExpect(status().isOk());
    assertThat(runtime.getVariable(c.pi.getId(), "branchCode")).isEqualTo("C1-B2");
    mvc.perform(post(base + "/withdrawal").with(httpBasic("b2-secretary", "b2-secretary"))
            .contentType(MediaType.APPLICATION_JSON).content("{\"withdrawalDate\":\"2025-03-03\"}"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("withdrawalReason"));
    mvc.perform(post(base + "/withdrawal").with(httpBasic("b2-secretary", "b2-secretary"))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"withdrawalDate\":\"2025-03-03\",\"withdrawalReason\":\"本人书面撤回\"}"))
        .andExpect(status().isOk());
    runJobs(c.pi);
    assertThat(c.pi).isEnded().hasPassed("End_Withdrawn");
  }
}
