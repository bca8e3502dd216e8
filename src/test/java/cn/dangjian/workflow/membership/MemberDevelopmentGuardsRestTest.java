package cn.dangjian.workflow.membership;

import static cn.dangjian.workflow.support.TaskDoors.json;
import static cn.dangjian.workflow.support.TaskDoors.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.dangjian.workflow.casework.OpenCaseSubjects;
import cn.dangjian.workflow.support.TaskDoors;
import cn.dangjian.workflow.web.InvalidInputException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The guards of issue 12 walked over HTTP, as Tasklist ({@code submit-form}) and an integration ({@code complete},
 * our API) call them: each refusal is a 400 naming the field and the article, and the case stays where it was.
 */
class MemberDevelopmentGuardsRestTest extends MemberDevelopmentRestTestBase {

  // ---- item 1: conversion only after probation, approval only after the branch meeting ----

  private static Map<String, Object> conversionVote(LocalDate day) {
    return with(vars("conversionMeetingDate", day.toString(), "conversionProposal", "convert"),
        tally("conversion", 7, 7, 7, 0, 0));
  }

  private static Map<String, Object> conversionApproval(LocalDate day) {
    return with(vars("conversionApprovalDate", day.toString(), "conversionApprovalDecision", "approve",
        "conversionApprovalReason", "党委会议集体讨论"), tally("conversionCommittee", 4, 4, 4, 0, 0));
  }

  @Test
  void refusesAConversionMeetingBeforeProbationEndsAndAnApprovalBeforeTheMeeting() {
    // admitted by the meeting of 2026-05-25: probation ends 2027-05-25; the application may come a month early
    Case c = newCase().untilProbation().probationEnds(LocalDate.of(2027, 5, 25))
        .conversionApplication(LocalDate.of(2027, 5, 10));
    at(LocalDate.of(2027, 5, 26));
    for (String door : new String[] {"submit-form", "complete"}) {
      refused(taskDoor(c.pi, "Task_ConversionVote", door, "b1-secretary", conversionVote(LocalDate.of(2027, 5, 20))),
          "conversionMeetingDate", "早于预备期满之日（2027-05-25）", "《中国共产党发展党员工作细则》第三十二条");
    }
    assertThat(runtime.getVariable(c.pi.getId(), "conversionMeetingDate")).isNull();

    HttpResponse<String> onTime = taskDoor(c.pi, "Task_ConversionVote", "submit-form", "b1-secretary",
        conversionVote(LocalDate.of(2027, 5, 25)));
    assertThat(onTime.statusCode()).as(onTime.body()).isEqualTo(204);
    runJobs(c.pi);

    at(LocalDate.of(2027, 6, 10));
    for (String door : new String[] {"submit-form", "complete"}) {
      refused(taskDoor(c.pi, "Task_ConversionApproval", door, "committee-secretary",
          conversionApproval(LocalDate.of(2027, 5, 24))), "conversionApprovalDate",
          "早于支部大会讨论转正的日期（2027-05-25）", "《中国共产党发展党员工作细则》第三十四条");
    }
    HttpResponse<String> approved = taskDoor(c.pi, "Task_ConversionApproval", "submit-form", "committee-secretary",
        conversionApproval(LocalDate.of(2027, 6, 8)));
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(204);
    assertThat(runtime.getVariable(c.pi.getId(), "conversionDate")).isEqualTo("2027-05-25");
  }
  // ---- item 3: no transfer of a concluded case; one outcome, one 归档目录 ----

  @Test
  void aConcludedCaseIsNotTransferredAndItsDossierGetsOneIndex() {
    Case c = newCase().untilProbation().probationEnds(LocalDate.of(2027, 5, 25))
        .conversionApplication(LocalDate.of(2027, 5, 25)).conversionVote(LocalDate.of(2027, 6, 1), "convert", null, 7, 7)
        .conversionApproval(LocalDate.of(2027, 6, 15), "convert", null);
    assertThat(c.pi).isWaitingAt("Task_ArchiveDossier");
    assertThat(recordsOf(c.pi)).endsWith("membership.dossier-index");
    Map<String, Object> before = runtime.getVariables(c.pi.getId());
    java.util.List<String> recordsBefore = java.util.List.copyOf(recordsOf(c.pi));
    at(LocalDate.of(2027, 6, 16));

    String caseApi = "/api/membership/cases/" + c.pi.getBusinessKey();
    refused(http().postJson(caseApi + "/transfer", "b1-secretary",
        json(Map.of("targetBranchCode", "C1-B2", "transferReason", "工作调动"))), "targetBranchCode",
        "已作出结论（converted）", "不能再转接到其他组织");
    refused(http().postJson("/engine-rest/message", "demo", json(Map.of("messageName", "BranchTransfer",
        "processInstanceId", c.pi.getId(), "processVariables", Map.of("targetBranchCode", Map.of("value", "C1-B2"),
            "transferReason", Map.of("value", "工作调动"))))), "targetBranchCode", "不能再转接到其他组织");
    refused(http().postJson(caseApi + "/withdrawal", "b1-secretary",
        json(Map.of("withdrawalDate", "2027-06-16", "withdrawalReason", "本人申请"))), "withdrawalDate", "不能再撤回入党申请");
    runJobs(c.pi);
    assertThat(runtime.getVariables(c.pi.getId())).isEqualTo(before);
    assertThat(recordsOf(c.pi)).isEqualTo(recordsBefore);
    assertThat(management.createJobQuery().processInstanceId(c.pi.getId()).withException().count()).isZero();

    c.archive(LocalDate.of(2027, 6, 20));
    assertThat(c.pi).isEnded();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(c.pi.getId())
        .variableName("caseOutcome").singleResult().getValue()).isEqualTo("converted");
    assertThat(recordsOf(c.pi)).filteredOn("membership.dossier-index"::equals).hasSize(1);
    assertThat(http().postJson(caseApi + "/transfer", "b1-secretary",
        json(Map.of("targetBranchCode", "C1-B2", "transferReason", "工作调动"))).statusCode()).isEqualTo(404);
  }

  // ---- item 13: only the 党委's members are due on its vote ----

  @Test
  void theCommitteesVoteCountsOnlyItsMembers() {
    Case c = newCase().untilAdmissionVote().admissionVote(LocalDate.of(2026, 5, 25), 7, 6, 5, 1, 0)
        .committeeTalk(LocalDate.of(2026, 6, 1));
    at(LocalDate.of(2026, 6, 10));
    Map<String, Object> approval = with(vars("approvalDate", "2026-06-10", "admissionApprovalDecision", "approve",
        "approvalReason", "党委会议集体讨论"), tally("committee", 6, 6, 6, 0, 0));
    for (String door : new String[] {"submit-form", "complete"}) {
      refused(taskDoor(c.pi, "Task_CommitteeApproval", door, "committee-secretary", approval), "committeeVoteDue",
          "应到人数（6）不能多于党委委员人数（4）", "《中国共产党发展党员工作细则》第二十五条");
    }
    HttpResponse<String> approved = taskDoor(c.pi, "Task_CommitteeApproval", "submit-form", "committee-secretary",
        with(approval, tally("committee", 4, 4, 3, 1, 0)));
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(204);
  }

  // ---- item 4: written opinions of absent members (第二十一条) ----

  private static Map<String, Object> admissionVote(int present, int inFavour, int against, int writtenFor) {
    return with(with(vars("meetingDate", "2026-05-25", "meetingMinutes", "逐个表决"),
        tally("", 7, present, inFavour, against, 0)), vars("voteWrittenFor", writtenFor, "voteWrittenAgainst", 0,
        "voteWrittenAbstain", 0));
  }

  @Test
  void writtenOpinionsOfAbsentMembersCountInTheVotesButNotInTheQuorum() {
    Case c = newCase().untilAdmissionVote();
    at(LocalDate.of(2026, 5, 25));
    for (String door : new String[] {"submit-form", "complete"}) {
      refused(taskDoor(c.pi, "Task_BranchMeetingVote", door, "b1-secretary", admissionVote(4, 3, 1, 4)),
          "voteWrittenFor", "不能多于应到人数减实到人数（7 − 4 = 3）", "第二十一条");
    }
    // 3 present of 7 is no quorum, whatever was written
    HttpResponse<String> noQuorum = taskDoor(c.pi, "Task_BranchMeetingVote", "submit-form", "b1-secretary",
        admissionVote(3, 3, 0, 4));
    assertThat(noQuorum.statusCode()).as(noQuorum.body()).isEqualTo(204);
    runJobs(c.pi);
    assertThat(runtime.getVariable(c.pi.getId(), "admissionVoteResult")).isEqualTo("noQuorum");
    // 3 in favour at the meeting are not more than half of 7; with one written opinion in favour they are
    HttpResponse<String> passed = taskDoor(c.pi, "Task_BranchMeetingVote", "submit-form", "b1-secretary",
        admissionVote(4, 3, 1, 1));
    assertThat(passed.statusCode()).as(passed.body()).isEqualTo(204);
    runJobs(c.pi);
    assertThat(runtime.getVariable(c.pi.getId(), "admissionVoteResult")).isEqualTo("passed");
    assertThat(c.pi).isWaitingAt("Task_CommitteeTalk");
  }

  // ---- item 9: one person, one open case ----

  private HttpResponse<String> startOverRest(String door, String user, Map<String, Object> application) {
    return http().postJson("/engine-rest/process-definition/key/memberDevelopment/" + door, user,
        json(Map.of("variables", TaskDoors.typed(application))));
  }

  @Autowired OpenCaseSubjects openCases;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void onePersonHasOneOpenCaseAcrossBranches() {
    LocalDate birth = LocalDate.of(1999, 9, 9);
    at(LocalDate.of(2025, 3, 3));
    Map<String, Object> first = application("周敏", birth, LocalDate.of(2025, 3, 3), "C1-B1");
    HttpResponse<String> started = startOverRest("start", "b1-secretary", first);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String caseNumber = started.body().replaceAll(".*\"businessKey\":\"([^\"]+)\".*", "$1");
    long open = runtime.createProcessInstanceQuery().count();

    Map<String, Object> again = application("周敏", birth, LocalDate.of(2025, 3, 3), "C1-B2");
    again.put("idCardNumber", first.get("idCardNumber"));
    for (String door : new String[] {"start", "submit-form"}) {
      refused(startOverRest(door, "b2-secretary", again), "idCardNumber", "已有进行中的党员发展案件 " + caseNumber,
          "同一人只能有一个在办的党员发展案件（已有案件 " + caseNumber + "）", "没有专门条款", "一人一档");
    }
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(open);

    // two starts at once both pass the query; the second to hold the person in the database is refused the same way
    String idCard = (String) first.get("idCardNumber");
    assertThat(openCases.holderOf("membership", idCard)).contains(caseNumber);
    assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status ->
        openCases.hold("membership", idCard, "a-concurrent-start", "idCardNumber", holder -> "已有案件 " + holder)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("已有案件 " + caseNumber);

    // once that case has ended, the person may apply again
    ProcessInstance withdrawn = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult();
    runJobs(withdrawn);
    HttpResponse<String> withdrawal = http().postJson("/api/membership/cases/" + caseNumber + "/withdrawal",
        "b1-secretary", json(Map.of("withdrawalDate", "2025-03-03", "withdrawalReason", "本人书面撤回")));
    assertThat(withdrawal.statusCode()).as(withdrawal.body()).isEqualTo(200);
    runJobs(withdrawn);
    assertThat(withdrawn).isEnded();
    assertThat(openCases.holderOf("membership", idCard)).as("the ended case releases the person").isEmpty();
    HttpResponse<String> afterwards = startOverRest("start", "b2-secretary", again);
    assertThat(afterwards.statusCode()).as(afterwards.body()).isEqualTo(200);
    assertThat(openCases.holderOf("membership", idCard))
        .contains(afterwards.body().replaceAll(".*\"businessKey\":\"([^\"]+)\".*", "$1"));
  }

  // ---- item 10: the rule pack in force on the application date; only administrators choose another ----

  private String startedPack(HttpResponse<String> started) {
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String id = started.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
    return (String) runtime.getVariable(id, "rulePack");
  }

  @Test
  void theRulePackIsTheOneInForceOnTheApplicationDate() {
    at(LocalDate.of(2026, 11, 25));
    LocalDate birth = LocalDate.of(1998, 1, 2);
    assertThat(startedPack(startOverRest("start", "b1-secretary",
        application("吴青", birth, LocalDate.of(2026, 5, 17), "C1-B1")))).isEqualTo("2014");
    HttpResponse<String> inForce2026 = startOverRest("submit-form", "b1-secretary",
        application("吴青", birth, LocalDate.of(2026, 5, 18), "C1-B1"));
    assertThat(inForce2026.statusCode()).as(inForce2026.body()).isEqualTo(200);
    String id = inForce2026.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
    assertThat(runtime.getVariables(id)).containsEntry("rulePack", "2026")
        .containsEntry("rulePackTitle", "《中国共产党发展党员工作细则》（2026年修订，据报道）");

    long before = runtime.createProcessInstanceQuery().count();
    Map<String, Object> asksFor2014 = application("吴青", birth, LocalDate.of(2026, 11, 20), "C1-B1");
    asksFor2014.put("rulePack", "2014");
    for (String door : new String[] {"start", "submit-form"}) {
      refused(startOverRest(door, "b1-secretary", asksFor2014), "rulePack");
    }
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(before);
    assertThat(startedPack(startOverRest("start", "demo", asksFor2014))).as("an administrator may override")
        .isEqualTo("2014");
  }
}
