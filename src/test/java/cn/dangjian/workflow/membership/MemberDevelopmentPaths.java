package cn.dangjian.workflow.membership;

import static cn.dangjian.workflow.membership.MemberDevelopmentScenario.at;
import static cn.dangjian.workflow.membership.MemberDevelopmentScenario.vars;

import cn.dangjian.workflow.membership.MemberDevelopmentScenario.Case;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The paths through {@code memberDevelopment} that the scenario classes take (happy path, deadlines, rejections and
 * deferrals, votes, probation, withdrawal and transfer, the 2026 公示), driven with the {@link Case} driver and
 * valid data only; the scenario classes add the assertions and the refused inputs. A path added to a scenario class
 * belongs here too, so that {@link MemberDevelopmentCoverageTest} measures it.
 */
final class MemberDevelopmentPaths {

  private final MemberDevelopmentScenario scenario;

  MemberDevelopmentPaths(MemberDevelopmentScenario scenario) {
    this.scenario = scenario;
  }

  /** Every path by name, in a fixed order. */
  Map<String, Runnable> all() {
    Map<String, Runnable> paths = new LinkedHashMap<>();
    paths.put("converted on time", scenario::convertedCase);
    paths.put("half-yearly assessment recorded", this::assessmentRecorded);
    paths.put("talk reminded, escalated, supervised", this::talkEscalated);
    paths.put("talk ends its open supervision", this::talkEndsSupervision);
    paths.put("approval extended once", this::approvalExtended);
    paths.put("approval over six months supervised", this::approvalEscalated);
    paths.put("approval ends its open supervision", this::approvalEndsSupervision);
    paths.put("approval recorded late but dated in time ends the extension task", this::approvalRecordedLateInTime);
    paths.put("conversion approval overdue, supervised", this::conversionEscalated);
    paths.put("conversion approval ends its open supervision", this::conversionApprovalEndsSupervision);
    paths.put("activist deferred, then rejected", this::activistDeferredThenRejected);
    paths.put("development target deferred, then rejected", this::developmentTargetDeferredThenRejected);
    paths.put("political review failed", this::politicalReviewFailed);
    paths.put("branch committee review rejects", this::branchCommitteeRejects);
    paths.put("pre-review rejects", this::preReviewRejects);
    paths.put("general meeting without quorum, then fails", this::admissionVoteNoQuorumThenFailed);
    paths.put("admission not approved", this::admissionNotApproved);
    paths.put("pre-review not passed, training continues, reviewed again", this::preReviewContinuesTraining);
    paths.put("general meeting fails, training continues", this::admissionVoteContinuesTraining);
    paths.put("admission not approved, training continues", this::approvalContinuesTraining);
    paths.put("conversion meeting repeated, probation extended, converted", this::probationExtended);
    paths.put("probationary status cancelled", this::statusCancelled);
    paths.put("conversion resolution not approved, back to the branch", this::conversionNotApproved);
    paths.put("2026 pack: mandatory 公示", this::publicNotice2026);
    paths.put("applicant withdraws", this::withdrawn);
    paths.put("transferred to another branch", this::transferred);
    return paths;
  }

  private Case newCase() {
    return scenario.newCase();
  }

  private Case activist() {
    return newCase().start().talk(day(2025, 3, 10)).activist(day(2025, 4, 15), "designate")
        .file("Task_FileActivist", day(2025, 4, 20)).contactPersons(day(2025, 4, 21));
  }

  private Case admissionVoted() {
    return newCase().untilAdmissionVote().admissionVote(day(2026, 5, 25), 7, 6, 5, 1, 0)
        .committeeTalk(day(2026, 6, 1));
  }

  private Case conversionVoted() {
    return newCase().untilProbation().probationEnds(day(2027, 5, 25)).conversionApplication(day(2027, 5, 25))
        .conversionVote(day(2027, 6, 1), "convert", null, 7, 7);
  }

  private Case reviewed() {
    return newCase().untilDevelopmentTarget().developmentTarget(day(2026, 4, 23), "designate")
        .file("Task_FileDevelopmentTarget", day(2026, 4, 24)).sponsors(day(2026, 4, 25));
  }

  private void assessmentRecorded() {
    Case c = activist().probationEnds(day(2025, 10, 22));
    at(day(2025, 10, 28));
    scenario.complete(c.pi, "Task_AssessActivist", vars("assessmentDate", "2025-10-28", "assessmentOpinion", "进步明显"));
  }

  private void talkEscalated() {
    Case c = newCase().start().probationEnds(day(2025, 4, 4));
    scenario.complete(c.pi, "Task_SuperviseOverdueTalk", vars("supervisionDate", "2025-04-04", "supervisionNote",
        "已督促支部"));
    c.talk(day(2025, 4, 7));
  }

  private void talkEndsSupervision() {
    newCase().start().probationEnds(day(2025, 4, 4)).talk(day(2025, 4, 8));
  }

  private void approvalExtended() {
    Case c = admissionVoted().probationEnds(day(2026, 8, 26));
    scenario.complete(c.pi, "Task_ExtendApproval", vars("approvalExtensionReason", "党委换届，会议推迟"));
    c.approval(day(2026, 9, 10), "approve");
  }

  private void approvalEscalated() {
    Case c = admissionVoted().probationEnds(day(2026, 8, 26));
    scenario.complete(c.pi, "Task_ExtendApproval", vars("approvalExtensionReason", "材料补充"));
    c.probationEnds(day(2026, 11, 26));
    scenario.complete(c.pi, "Task_SuperviseOverdueApproval", vars("supervisionDate", "2026-11-26", "supervisionNote",
        "督办"));
    c.approval(day(2026, 11, 30), "approve");
  }

  private void approvalEndsSupervision() {
    Case c = admissionVoted().probationEnds(day(2026, 8, 26));
    scenario.complete(c.pi, "Task_ExtendApproval", vars("approvalExtensionReason", "材料补充"));
    c.probationEnds(day(2026, 11, 26)).approval(day(2026, 11, 27), "approve");
  }

  private void approvalRecordedLateInTime() {
    Case c = admissionVoted().probationEnds(day(2026, 8, 26));
    at(day(2026, 8, 27));
    scenario.complete(c.pi, "Task_CommitteeApproval", MemberDevelopmentScenario.with(vars("approvalDate", "2026-08-20",
        "admissionApprovalDecision", "approve", "approvalReason", "会后补录"),
        MemberDevelopmentScenario.tally("committee", 4, 4, 4, 0, 0)));
  }

  private void conversionEscalated() {
    Case c = conversionVoted().probationEnds(day(2027, 9, 2));
    scenario.complete(c.pi, "Task_SuperviseOverdueConversion", vars("supervisionDate", "2027-09-02",
        "supervisionNote", "督办"));
    c.conversionApproval(day(2027, 9, 5), "convert", null).archive(day(2027, 9, 10));
  }

  private void conversionApprovalEndsSupervision() {
    conversionVoted().probationEnds(day(2027, 9, 2)).conversionApproval(day(2027, 9, 3), "convert", null);
  }

  private void activistDeferredThenRejected() {
    newCase().start().talk(day(2025, 3, 10)).activist(day(2025, 4, 15), "defer").activist(day(2025, 10, 15), "reject")
        .archive(day(2025, 10, 20));
  }

  private void developmentTargetDeferredThenRejected() {
    newCase().untilDevelopmentTarget().developmentTarget(day(2026, 4, 23), "defer").train(day(2026, 7, 1), false)
        .developmentTarget(day(2026, 7, 2), "reject").archive(day(2026, 7, 10));
  }

  private void politicalReviewFailed() {
    reviewed().politicalReview(day(2026, 5, 6), "failed").archive(day(2026, 5, 7));
  }

  private void branchCommitteeRejects() {
    reviewed().politicalReview(day(2026, 5, 6), "passed").shortTraining(day(2026, 5, 11), 3, 24)
        .branchCommitteeReview(day(2026, 5, 15), "reject").archive(day(2026, 5, 16));
  }

  private void preReviewRejects() {
    reviewed().politicalReview(day(2026, 5, 6), "passed").shortTraining(day(2026, 5, 11), 3, 24)
        .branchCommitteeReview(day(2026, 5, 15), "approve").preReview(day(2026, 5, 20), "reject")
        .archive(day(2026, 5, 21));
  }

  private void admissionVoteNoQuorumThenFailed() {
    newCase().untilAdmissionVote().admissionVote(day(2026, 5, 25), 7, 3, 3, 0, 0)
        .admissionVote(day(2026, 6, 1), 7, 5, 3, 1, 1).archive(day(2026, 6, 5));
  }

  private void preReviewContinuesTraining() {
    reviewed().politicalReview(day(2026, 5, 6), "passed").shortTraining(day(2026, 5, 11), 3, 24)
        .branchCommitteeReview(day(2026, 5, 15), "approve").preReview(day(2026, 5, 20), "continueTraining")
        .continueTraining(day(2026, 11, 20)).branchCommitteeReview(day(2026, 11, 25), "approve")
        .preReview(day(2026, 11, 30), "pass");
  }

  private void admissionVoteContinuesTraining() {
    Case c = newCase().untilAdmissionVote();
    at(day(2026, 5, 25));
    scenario.complete(c.pi, "Task_BranchMeetingVote", MemberDevelopmentScenario.with(vars("meetingDate", "2026-05-25",
        "meetingMinutes", "逐个表决", "admissionVoteFollowUp", "continueTraining"),
        MemberDevelopmentScenario.tally("", 7, 5, 3, 1, 1)));
    c.continueTraining(day(2026, 11, 25));
  }

  private void approvalContinuesTraining() {
    admissionVoted().approval(day(2026, 6, 10), "continueTraining").continueTraining(day(2026, 12, 10));
  }

  private void admissionNotApproved() {
    admissionVoted().approval(day(2026, 6, 10), "reject").archive(day(2026, 6, 11));
  }

  private void probationExtended() {
    newCase().untilProbation().probationEnds(day(2027, 5, 25)).conversionApplication(day(2027, 5, 25))
        .conversionVote(day(2027, 5, 28), "convert", null, 6, 3).conversionVote(day(2027, 6, 1), "extend", 6, 7, 6)
        .conversionApproval(day(2027, 6, 15), "extend", 6).probationEnds(day(2027, 11, 25))
        .conversionApplication(day(2027, 11, 25)).conversionVote(day(2027, 12, 1), "convert", null, 7, 7)
        .conversionApproval(day(2027, 12, 10), "convert", null).archive(day(2027, 12, 15));
  }

  private void statusCancelled() {
    newCase().untilProbation().probationEnds(day(2027, 5, 25)).conversionApplication(day(2027, 5, 26))
        .conversionVote(day(2027, 6, 1), "cancel", null, 7, 5).conversionApproval(day(2027, 6, 20), "cancel", null)
        .archive(day(2027, 6, 25));
  }

  private void conversionNotApproved() {
    conversionVoted().conversionNotApproved(day(2027, 6, 15), "须重新讨论")
        .conversionVote(day(2027, 6, 22), "convert", null, 7, 7).conversionApproval(day(2027, 6, 30), "convert", null);
  }

  private void publicNotice2026() {
    newCase().pack("2026").untilAdmissionVote();
  }

  private void withdrawn() {
    Case c = newCase().start().talk(day(2025, 3, 10));
    at(day(2025, 3, 20));
    scenario.runtime.createMessageCorrelation("ApplicantWithdrew").processInstanceBusinessKey(c.pi.getBusinessKey())
        .setVariable("withdrawalDate", "2025-03-20").setVariable("withdrawalReason", "个人原因").correlate();
    scenario.runJobs(c.pi);
  }

  private void transferred() {
    Case c = newCase().start();
    at(day(2025, 3, 5));
    scenario.runtime.createMessageCorrelation("BranchTransfer").processInstanceBusinessKey(c.pi.getBusinessKey())
        .setVariable("targetBranchCode", "C1-B2").setVariable("transferReason", "工作调动").correlate();
    scenario.runJobs(c.pi);
    scenario.complete(c.pi, "Task_ReviewTransferredFile", vars("transferReceivedDate", "2025-03-05",
        "transferReviewOpinion", "材料齐全，接收"));
  }

  private static LocalDate day(int year, int month, int dayOfMonth) {
    return LocalDate.of(year, month, dayOfMonth);
  }
}
