package cn.dangjian.workflow.membership;

import static cn.dangjian.workflow.support.TaskDoors.GUARDED;
import static cn.dangjian.workflow.support.TaskDoors.accepted;
import static cn.dangjian.workflow.support.TaskDoors.forbidden;
import static cn.dangjian.workflow.support.TaskDoors.json;
import static cn.dangjian.workflow.support.TaskDoors.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The paths of issue 12 items 2, 5, 6, 7, 8, 11 and 12 walked over HTTP as the people who may act walk them: each
 * refusal at Tasklist's door ({@code /engine-rest/task/{id}/submit-form}) and at the integration's
 * ({@code /complete}) is a 400 naming the field and the article; then the new path is taken through
 * {@code submit-form}. Earlier steps are driven through the Java API ({@link MemberDevelopmentScenario.Case}). Where
 * the rule is not a sentence but a right (item 6: the old branch after a transfer), the refusal is 403.
 */
class MemberDevelopmentPathsRestTest extends MemberDevelopmentRestTestBase {

  private static final String ARTICLES = "《中国共产党发展党员工作细则》";

  // ---- item 2: the 党委 approves or does not approve the branch's resolution, never another outcome ----

  private static Map<String, Object> conversionApproval(String day, String decision, String reason) {
    return with(vars("conversionApprovalDate", day, "conversionApprovalDecision", decision, "conversionApprovalReason",
        reason), tally("conversionCommittee", 4, 4, decision.equals("approve") ? 4 : 1, decision.equals("approve")
        ? 0 : 3, 0));
  }

  @Test
  void theCommitteeCannotSubstituteAnOutcomeAndNotApprovedGoesBackToTheBranch() {
    Case c = newCase().untilProbation().probationEnds(LocalDate.of(2027, 5, 25))
        .conversionApplication(LocalDate.of(2027, 5, 25)).conversionVote(LocalDate.of(2027, 6, 1), "extend", 6, 7, 6);
    at(LocalDate.of(2027, 6, 15));
    for (String door : GUARDED) {
      refused(taskDoor(c.pi, "Task_ConversionApproval", door, "committee-secretary",
          conversionApproval("2027-06-15", "cancel", "改为取消")), "conversionApprovalDecision",
          "不能另作结论", ARTICLES + "第三十三条");
    }
    for (String door : GUARDED) {
      refused(taskDoor(c.pi, "Task_ConversionApproval", door, "committee-secretary",
          with(conversionApproval("2027-06-15", "approve", "同意"), vars("conversionOutcome", "cancel"))),
          "conversionOutcome", "没有字段 conversionOutcome");
    }
    assertThat(c.pi).isWaitingAt("Task_ConversionApproval");

    submit(c.pi, "Task_ConversionApproval", "committee-secretary",
        conversionApproval("2027-06-15", "notApproved", "延长期限依据不足，请支部重新讨论"));
    assertThat(c.pi).isWaitingAt("Task_ConversionVote").variables()
        .containsEntry("conversionOutcome", ConversionResolution.RETURNED)
        .containsEntry("conversionReturnReason", "延长期限依据不足，请支部重新讨论").doesNotContainKey("caseOutcome");

    c.conversionVote(LocalDate.of(2027, 6, 22), "extend", 6, 7, 6);
    at(LocalDate.of(2027, 6, 30));
    // the branch's resolution is what the 党委 approves, through the integration's door as through Tasklist's
    accepted(taskDoor(c.pi, "Task_ConversionApproval", "complete", "committee-secretary",
        conversionApproval("2027-06-30", "approve", "同意支部大会决议")));
    runJobs(c.pi);
    assertThat(c.pi).isWaitingAt("Timer_ProbationEnds").variables().containsEntry("conversionOutcome", "extend")
        .containsEntry("probationExtensionMonths", 6).doesNotContainKey("caseOutcome");
  }

  // ---- item 5: a branch without a 支委会 (C1-B3): its 支部大会 decides, the convenor records a checked tally ----

  @Test
  void withoutACommitteeTheConvenorRecordsTheGeneralMeetingsDecisionWithACheckedTally() {
    Case c = newCase();
    c.branchCode = "C1-B3";
    c.start().talk(LocalDate.of(2025, 3, 10));
    at(LocalDate.of(2025, 4, 15));
    Map<String, Object> decision = vars("recommendationSource", "党员推荐", "activistDecision", "designate",
        "activistDecisionDate", "2025-04-15", "decisionAttendance", "许文、邓华、彭亮、周洁");
    for (String door : GUARDED) {
      refused(taskDoor(c.pi, "Task_DesignateActivist", door, "b3-secretary", with(decision, tally("decision", 4, 3, 2, 1, 0))),
          "activistDecision", "支部大会表决未获通过", ARTICLES + "第八条");
    }
    forbidden(taskDoor(c.pi, "Task_DesignateActivist", "complete", "b3-member1",
        with(decision, tally("decision", 4, 4, 3, 1, 0))));
    assertThat(c.pi).isWaitingAt("Task_DesignateActivist");

    submit(c.pi, "Task_DesignateActivist", "b3-secretary", with(decision, tally("decision", 4, 4, 3, 1, 0)));
    assertThat(c.pi).isWaitingAt("Task_FileActivist").variables().containsEntry("decisionBody", "支部大会")
        .containsEntry("decisionVoteFor", 3);
    assertThat(recordsOf(c.pi)).contains("membership.activist-decision");
  }

  // ---- item 6 (and the claimed task): the old branch loses its rights, the new branch receives the file ----

  @Test
  void aTransferMovesTheRightsToActEvenOnAClaimedTaskAndTheNewBranchReviewsTheFile() {
    Case c = newCase().start();
    String talk = task(c.pi, "Task_TalkWithApplicant").getId();
    accepted(doors().claim(talk, "b1-secretary"));
    assertThat(tasks.createTaskQuery().taskId(talk).singleResult().getAssignee()).isEqualTo("b1-secretary");

    at(LocalDate.of(2025, 3, 5));
    HttpResponse<String> transferred = http().postJson("/api/membership/cases/" + c.pi.getBusinessKey()
        + "/transfer", "b1-secretary", json(Map.of("targetBranchCode", "C1-B3", "transferReason", "工作调动")));
    assertThat(transferred.statusCode()).as(transferred.body()).isEqualTo(200);
    runJobs(c.pi);

    assertThat(tasks.createTaskQuery().taskId(talk).singleResult().getAssignee())
        .as("unassigned: back to the new branch's candidate groups").isNull();
    assertThat(task(c.pi, "Task_TalkWithApplicant")).hasCandidateGroup("C1-B3.secretary");
    Map<String, Object> talkValues = vars("talkDate", "2025-03-05", "talker", "王喆", "talkSummary", "了解入党动机");
    for (String door : GUARDED) {
      forbidden(doors().post(talk, door, "b1-secretary", talkValues));
    }
    assertThat(c.pi).isWaitingAt("Task_TalkWithApplicant", "Task_ReviewTransferredFile");

    for (String reader : new String[] {"b1-secretary", "b3-secretary"}) {
      HttpResponse<String> history = http().get("/engine-rest/history/process-instance/" + c.pi.getId(), reader);
      assertThat(history.statusCode()).as(reader + ": " + history.body()).isEqualTo(200);
      assertThat(http().get("/engine-rest/history/task?processInstanceId=" + c.pi.getId(), reader).body())
          .as(reader + " reads the case's tasks").contains("Task_TalkWithApplicant");
    }

    at(LocalDate.of(2025, 3, 6));
    for (String door : GUARDED) {
      refused(taskDoor(c.pi, "Task_ReviewTransferredFile", door, "b3-secretary", vars("transferReceivedDate", "2025-03-07",
          "transferReviewOpinion", "材料齐全")), "transferReceivedDate");
    }
    submit(c.pi, "Task_ReviewTransferredFile", "b3-secretary", vars("transferReceivedDate", "2025-03-06",
        "transferReviewOpinion", "入党申请书、谈话记录齐全，接收"));
    accepted(doors().post(talk, "submit-form", "b3-secretary", with(talkValues, vars("talkDate", "2025-03-06"))));
    runJobs(c.pi);
    assertThat(c.pi).hasPassed("End_TransferDone").isWaitingAt("Task_DesignateActivist");
    assertThat(recordsOf(c.pi)).contains("membership.branch-transfer", "membership.transfer-review");
  }

  // ---- item 7: 党小组意见 → 支委会审查 before the conversion vote (第三十三条) ----

  @Test
  void theConversionProcedureRunsThroughThePartyGroupAndTheBranchCommittee() {
    Case c = newCase().untilProbation().probationEnds(LocalDate.of(2027, 5, 25))
        .applyForConversion(LocalDate.of(2027, 5, 25));
    assertThat(c.pi).isWaitingAt("Task_PartyGroupConversionOpinion");
    at(LocalDate.of(2027, 5, 27));
    submit(c.pi, "Task_PartyGroupConversionOpinion", "b1-secretary", vars("partyGroupOpinionDate", "2027-05-27",
        "partyGroupOpinion", "预备期表现良好，同意按期转正"));
    assertThat(c.pi).isWaitingAt("Task_BranchCommitteeConversionReview");

    at(LocalDate.of(2027, 5, 28));
    Map<String, Object> review = vars("conversionReviewDate", "2027-05-28", "conversionReviewOpinion",
        "审查转正申请和党小组意见", "decisionAttendance", "王喆、李娜、张伟");
    for (String door : GUARDED) {
      refused(taskDoor(c.pi, "Task_BranchCommitteeConversionReview", door, "b1-secretary",
          with(review, vars("conversionReviewProposal", "admit"))), "conversionReviewProposal",
          "提请支部大会讨论的只能是", ARTICLES + "第三十三条");
    }
    submit(c.pi, "Task_BranchCommitteeConversionReview", "b1-secretary",
        with(review, vars("conversionReviewProposal", "convert")));
    assertThat(c.pi).isWaitingAt("Task_ConversionVote");
    assertThat(recordsOf(c.pi)).endsWith("membership.conversion-application",
        "membership.party-group-conversion-opinion", "membership.branch-committee-conversion-review");
  }

  // ---- item 8: the documents of the file (第三十七条) ----

  @Test
  void theTalkersOpinionAndTheAdmissionDocumentsAreRecordsOfTheDossier() {
    Case c = newCase().untilAdmissionVote().admissionVote(LocalDate.of(2026, 5, 25), 7, 6, 5, 1, 0);
    assertThat(recordsOf(c.pi)).startsWith("membership.application", "membership.application-receipt")
        .contains("membership.admission-form");
    at(LocalDate.of(2026, 6, 1));
    Map<String, Object> talk = vars("committeeTalkDate", "2026-06-01", "committeeTalker", "郑立新",
        "committeeTalkSummary", "谈话情况良好");
    for (String door : GUARDED) {
      refused(taskDoor(c.pi, "Task_CommitteeTalk", door, "committee-organiser", talk), "committeeTalkOpinion",
          "不能为空", "归入入党材料", ARTICLES + "第三十七条");
    }
    submit(c.pi, "Task_CommitteeTalk", "committee-organiser", with(talk, vars("committeeTalkOpinion", "同意接收为预备党员")));
    assertThat(recordsOf(c.pi)).endsWith("membership.committee-talk");

    at(LocalDate.of(2026, 6, 10));
    submit(c.pi, "Task_CommitteeApproval", "committee-secretary", with(vars("approvalDate", "2026-06-10",
        "admissionApprovalDecision", "approve", "approvalReason", "党委会议集体讨论"), tally("committee", 4, 4, 4, 0, 0)));
    assertThat(c.pi).variables().containsEntry("probationEndDate", "2027-05-25");
    assertThat(recordsOf(c.pi)).contains("membership.admission-approval");
  }

  // ---- item 11: 继续培养考察 after a failed vote ----

  @Test
  void aFailedVoteSendsTheDevelopmentTargetBackToTrainingOverRest() {
    Case c = newCase().untilAdmissionVote();
    at(LocalDate.of(2026, 5, 25));
    Map<String, Object> vote = with(vars("meetingDate", "2026-05-25", "meetingMinutes", "逐个表决"),
        tally("", 7, 5, 3, 1, 1));
    for (String door : GUARDED) {
      refused(taskDoor(c.pi, "Task_BranchMeetingVote", door, "b1-secretary", vote), "admissionVoteFollowUp",
          "继续培养考察", ARTICLES + "第二十条、第二十一条");
    }
    submit(c.pi, "Task_BranchMeetingVote", "b1-secretary", with(vote, vars("admissionVoteFollowUp", "continueTraining")));
    assertThat(c.pi).isWaitingAt("Task_ContinueTraining").variables()
        .containsEntry("continuedTrainingStep", "支部大会讨论").doesNotContainKey("caseOutcome");

    at(LocalDate.of(2026, 11, 20));
    submit(c.pi, "Task_ContinueTraining", "b1-secretary", vars("continuedTrainingEndDate", "2026-11-20",
        "continuedTrainingSummary", "继续培养考察，表现有进步"));
    assertThat(c.pi).isWaitingAt("Task_BranchCommitteeReview");
    assertThat(recordsOf(c.pi)).endsWith("membership.continued-training");
  }

  // ---- item 12: the extension task ends when an approval dated in time is recorded ----

  @Test
  void anApprovalRecordedLateButDatedInTimeEndsTheExtensionTaskOverRest() {
    Case c = newCase().untilAdmissionVote().admissionVote(LocalDate.of(2026, 5, 25), 7, 6, 5, 1, 0)
        .committeeTalk(LocalDate.of(2026, 6, 1)).probationEnds(LocalDate.of(2026, 8, 26));
    assertThat(c.pi).isWaitingAt("Task_CommitteeApproval", "Task_ExtendApproval");
    at(LocalDate.of(2026, 8, 27));
    Map<String, Object> approval = with(vars("admissionApprovalDecision", "approve", "approvalReason",
        "8月20日党委会议集体讨论，会后补录"), tally("committee", 4, 4, 4, 0, 0));
    for (String door : GUARDED) {
      refused(taskDoor(c.pi, "Task_CommitteeApproval", door, "committee-secretary",
          with(approval, vars("approvalDate", "2026-08-27"))), "approvalDate", "超过3个月审批期限",
          ARTICLES + "第二十五条");
    }
    submit(c.pi, "Task_CommitteeApproval", "committee-secretary", with(approval, vars("approvalDate", "2026-08-20")));
    assertThat(c.pi).isWaitingAt("Task_FileAdmission").hasPassed("End_ApprovalExtensionObsolete");
    assertThat(tasks.createTaskQuery().processInstanceId(c.pi.getId()).taskDefinitionKey("Task_ExtendApproval").count())
        .as("the extension task ends with the approval").isZero();
  }

  // ---- articles from the case's rule pack: the same refusal cites 2014's 第二十一条 and the 2026 pack's article ----

  @Test
  void theArticleOfARefusalComesFromTheCasesRulePack() {
    Map<String, String> articles = Map.of("2014", ARTICLES + "第二十一条", "2026", "《中国共产党发展党员工作细则》（2026年修订）第二十三条");
    articles.forEach((pack, article) -> {
      Case c = newCase().pack(pack).untilAdmissionVote();
      at(LocalDate.of(2026, 5, 25));
      Map<String, Object> vote = with(with(vars("meetingDate", "2026-05-25", "meetingMinutes", "逐个表决"),
          tally("", 7, 4, 3, 1, 0)), vars("voteWrittenFor", 4, "voteWrittenAgainst", 0, "voteWrittenAbstain", 0));
      for (String door : GUARDED) {
        HttpResponse<String> response = taskDoor(c.pi, "Task_BranchMeetingVote", door, "b1-secretary", vote);
        refused(response, "voteWrittenFor", "不能多于应到人数减实到人数（7 − 4 = 3）", article);
        assertThat(response.body()).as(pack).doesNotContain(articles.get(pack.equals("2014") ? "2026" : "2014"));
      }
    });
  }
}
