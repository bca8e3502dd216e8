package cn.dangjian.workflow.membership;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.workflow.casework.VoteTallyValidator;
import cn.dangjian.workflow.support.ProcessScenario;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * The member development scenario on the shared {@link ProcessScenario} driver: start data and a {@link Case} driver
 * that completes the steps of a case with valid data.
 */
public abstract class MemberDevelopmentScenario extends ProcessScenario {

  public static final String PROCESS = "memberDevelopment";

  public static Map<String, Object> application(String name, LocalDate birthDate, LocalDate applicationDate,
      String branchCode) {
    Map<String, Object> v = new HashMap<>();
    v.put("applicantName", name);
    v.put("gender", "女");
    v.put("ethnicity", "汉族");
    v.put("birthDate", birthDate.toString());
    v.put("idCardNumber", TestIds.idCard(birthDate, false));
    v.put("education", "大学本科");
    v.put("unit", "示范街道社区服务中心 干事");
    v.put("phone", "13912345678");
    v.put("applicationDate", applicationDate.toString());
    v.put("branchCode", branchCode);
    return v;
  }

  /** The record types the case has written so far, in order. */
  protected abstract List<String> recordsOf(ProcessInstance pi);





  protected static Map<String, Object> tally(String prefix, int due, int present, int inFavour, int against,
      int abstain) {
    return vars(VoteTallyValidator.field(prefix, "Due"), due, VoteTallyValidator.field(prefix, "Present"), present,
        VoteTallyValidator.field(prefix, "For"), inFavour, VoteTallyValidator.field(prefix, "Against"), against,
        VoteTallyValidator.field(prefix, "Abstain"), abstain);
  }


  /** A case from application (2025-03-03) to conversion (2027-06-15) with valid data at every step. */
  protected Case convertedCase() {
    return newCase().start().talk(LocalDate.of(2025, 3, 10)).activist(LocalDate.of(2025, 4, 15), "designate")
        .file("Task_FileActivist", LocalDate.of(2025, 4, 20)).contactPersons(LocalDate.of(2025, 4, 21))
        .probationEnds(LocalDate.of(2026, 4, 22)).train(LocalDate.of(2026, 4, 22), false)
        .developmentTarget(LocalDate.of(2026, 4, 23), "designate")
        .file("Task_FileDevelopmentTarget", LocalDate.of(2026, 4, 24)).sponsors(LocalDate.of(2026, 4, 25))
        .politicalReview(LocalDate.of(2026, 5, 6), "passed").shortTraining(LocalDate.of(2026, 5, 11), 3, 24)
        .branchCommitteeReview(LocalDate.of(2026, 5, 15), "approve").preReview(LocalDate.of(2026, 5, 20), "pass")
        .admissionForm(LocalDate.of(2026, 5, 22)).admissionVote(LocalDate.of(2026, 5, 25), 7, 6, 5, 1, 0)
        .committeeTalk(LocalDate.of(2026, 6, 1)).approval(LocalDate.of(2026, 6, 10), "approve")
        .file("Task_FileAdmission", LocalDate.of(2026, 6, 12)).partyGroup(LocalDate.of(2026, 6, 15))
        .oath(LocalDate.of(2026, 6, 20)).probationEnds(LocalDate.of(2027, 5, 25))
        .conversionApplication(LocalDate.of(2027, 5, 25)).conversionVote(LocalDate.of(2027, 6, 1), "convert", null, 7, 7)
        .conversionApproval(LocalDate.of(2027, 6, 15), "convert", null).archive(LocalDate.of(2027, 6, 20));
  }

  protected Case newCase() {
    return new Case();
  }

  /**
   * Drives one case through the steps with valid data (branch C1-B1: 7 members with voting rights;
   * committee C1: 4). Dates: each step sets the clock to its date first.
   */
  public class Case {
    public ProcessInstance pi;
    public String rulePack;
    public LocalDate applicationDate = LocalDate.of(2025, 3, 3);
    public String branchCode = "C1-B1";
    /** The 支部大会's tally on the branch's decisions where the branch has no 支委会 (第八条); null with one. */
    public Map<String, Object> decisionTally;

    /** Who attended the meeting that decided, and the tally where the 支部大会 decided. */
    public Map<String, Object> meeting(Map<String, Object> values) {
      Map<String, Object> all = with(values, vars("decisionAttendance", "王喆、李娜、张伟"));
      return decisionTally == null ? all : with(all, decisionTally);
    }

    public Case pack(String pack) {
      this.rulePack = pack;
      return this;
    }

    public Case applied(LocalDate date) {
      this.applicationDate = date;
      return this;
    }

    public Case start() {
      at(applicationDate);
      Map<String, Object> v = application("林晓", LocalDate.of(2000, 6, 15), applicationDate, branchCode);
      if (rulePack != null) {
        v.put("rulePack", rulePack);
      }
      pi = runtime.startProcessInstanceByKey(PROCESS, v);
      runJobs(pi);
      return this;
    }

    public Case talk(LocalDate day) {
      at(day);
      complete(pi, "Task_TalkWithApplicant", vars("talkDate", day.toString(), "talker", "王喆", "talkSummary", "了解入党动机"));
      return this;
    }

    public Case activist(LocalDate day, String decision) {
      at(day);
      complete(pi, "Task_DesignateActivist", meeting(vars("recommendationSource", "党员推荐", "activistDecision", decision,
          "activistDecisionDate", day.toString(), "activistDecisionReason", decision.equals("designate") ? null : "表现待观察")));
      return this;
    }

    public Case file(String key, LocalDate day) {
      at(day);
      complete(pi, key, vars("filingDate", day.toString(), "filingNumber", "备-" + day));
      return this;
    }

    public Case contactPersons(LocalDate day) {
      at(day);
      complete(pi, "Task_AssignContactPersons", meeting(vars("contactPerson1", "b1-member1", "contactPerson2",
          "b1-member2")));
      return this;
    }

    public Case train(LocalDate day, boolean localPublicNotice) {
      at(day);
      complete(pi, "Task_TrainActivist", vars("trainingSummary", "表现良好", "thoughtReports", 4, "proposalDate",
          day.toString(), "localPublicNotice", localPublicNotice));
      return this;
    }

    public Case developmentTarget(LocalDate day, String decision) {
      at(day);
      complete(pi, "Task_DesignateDevelopmentTarget", meeting(vars("opinionsSummary", "党小组、联系人、党员和群众均无异议",
          "developmentTargetDecision", decision, "developmentTargetDate", day.toString(), "developmentTargetReason",
          decision.equals("designate") ? null : "群众意见较多")));
      return this;
    }

    public Case sponsors(LocalDate day) {
      at(day);
      complete(pi, "Task_AssignSponsors", meeting(vars("sponsor1", "b1-member1", "sponsor2", "b1-member2")));
      return this;
    }

    public Case politicalReview(LocalDate day, String result) {
      at(day);
      complete(pi, "Task_PoliticalReview", vars("politicalReviewDate", day.toString(), "politicalReviewConclusion",
          result.equals("passed") ? "政治审查合格" : "政治审查不合格", "politicalReviewResult", result));
      return this;
    }

    public Case shortTraining(LocalDate from, int days, int hours) {
      LocalDate to = from.plusDays(Math.max(days, 1) - 1);
      at(to.plusDays(1));
      complete(pi, "Task_ShortTraining", vars("trainingFrom", from.toString(), "trainingTo", to.toString(),
          "trainingDays", days, "trainingHours", hours, "trainingProvider", "示范街道党校"));
      return this;
    }

    public Case branchCommitteeReview(LocalDate day, String decision) {
      at(day);
      complete(pi, "Task_BranchCommitteeReview", meeting(vars("branchCommitteeReviewDate", day.toString(),
          "branchCommitteeReviewOpinion", "集体审查意见", "branchCommitteeReviewDecision", decision)));
      return this;
    }

    public Case preReview(LocalDate day, String decision) {
      at(day);
      complete(pi, "Task_CommitteePreReview", vars("preReviewDate", day.toString(), "preReviewOpinion", "预审意见",
          "preReviewDecision", decision));
      return this;
    }

    public Case admissionForm(LocalDate day) {
      at(day);
      complete(pi, "Task_FillAdmissionForm", vars("admissionFormDate", day.toString(), "admissionStatement",
          "我志愿加入中国共产党", "sponsorOpinions", "同意"));
      return this;
    }

    public Case admissionVote(LocalDate day, int due, int present, int inFavour, int against, int abstain) {
      at(day);
      boolean fails = present * 2 > due && inFavour * 2 <= due;
      complete(pi, "Task_BranchMeetingVote", with(vars("meetingDate", day.toString(), "meetingMinutes", "逐个表决",
          "voteDueReason", due < 7 ? "党员外出学习，经支委会同意不计入" : null, "admissionVoteFollowUp",
          fails ? "reject" : null), tally("", due, present, inFavour, against, abstain)));
      return this;
    }

    /** The further training after a failed step ends; the 支委会 reviews again. */
    public Case continueTraining(LocalDate day) {
      at(day);
      complete(pi, "Task_ContinueTraining", vars("continuedTrainingEndDate", day.toString(), "continuedTrainingSummary",
          "继续培养考察，表现有进步"));
      return this;
    }

    public Case committeeTalk(LocalDate day) {
      at(day);
      complete(pi, "Task_CommitteeTalk", vars("committeeTalkDate", day.toString(), "committeeTalker", "郑立新",
          "committeeTalkSummary", "谈话情况良好", "committeeTalkOpinion", "同意接收为预备党员"));
      return this;
    }

    public Case approval(LocalDate day, String decision) {
      at(day);
      complete(pi, "Task_CommitteeApproval", with(vars("approvalDate", day.toString(), "admissionApprovalDecision",
          decision, "approvalReason", "党委会议集体讨论"), decision.equals("approve")
          ? tally("committee", 4, 4, 4, 0, 0) : tally("committee", 4, 4, 1, 3, 0)));
      return this;
    }

    public Case partyGroup(LocalDate day) {
      at(day);
      complete(pi, "Task_AssignToBranchAndGroup", vars("partyGroupDate", day.toString(), "partyGroup", "第一党小组"));
      return this;
    }

    public Case oath(LocalDate day) {
      at(day);
      complete(pi, "Task_TakeOath", vars("oathDate", day.toString(), "oathHost", "王喆"));
      return this;
    }

    /** Moves the clock to a day and lets the timers due by then fire. */
    public Case probationEnds(LocalDate day) {
      at(day);
      runJobs(pi);
      return this;
    }

    /**
     * The written application, then the 党小组's opinion and the 支委会's review on the same day (第三十三条), ready for
     * the branch meeting.
     */
    public Case conversionApplication(LocalDate day) {
      return applyForConversion(day).partyGroupConversionOpinion(day).branchCommitteeConversionReview(day, "convert");
    }

    public Case partyGroupConversionOpinion(LocalDate day) {
      at(day);
      complete(pi, "Task_PartyGroupConversionOpinion", vars("partyGroupOpinionDate", day.toString(), "partyGroupOpinion",
          "预备期表现良好，同意按期转正"));
      return this;
    }

    public Case branchCommitteeConversionReview(LocalDate day, String proposal) {
      at(day);
      complete(pi, "Task_BranchCommitteeConversionReview", meeting(vars("conversionReviewDate", day.toString(),
          "conversionReviewOpinion", "审查转正申请和党小组意见", "conversionReviewProposal", proposal)));
      return this;
    }

    /** The written application alone (第三十二条、第三十三条). */
    public Case applyForConversion(LocalDate day) {
      at(day);
      complete(pi, "Task_ApplyForConversion", vars("conversionApplicationDate", day.toString(), "probationSummary",
          "预备期表现良好"));
      return this;
    }

    public Case conversionVote(LocalDate day, String proposal, Integer months, int present, int inFavour) {
      at(day);
      complete(pi, "Task_ConversionVote", with(vars("conversionMeetingDate", day.toString(), "conversionProposal",
          proposal, "proposedExtensionMonths", months, "conversionProposalReason",
          proposal.equals("convert") ? null : "预备期间表现未完全达到要求"), tally("conversion", 7, present, inFavour,
          present - inFavour, 0)));
      return this;
    }

    /**
     * The 党委 approves the branch's resolution, which must be {@code outcome} (with {@code months} of extension): the
     * 党委 approves or does not approve the resolution, it never enters an outcome of its own (第三十三条).
     */
    public Case conversionApproval(LocalDate day, String outcome, Integer months) {
      assertThat(runtime.getVariable(pi.getId(), "conversionProposal")).as("the branch's resolution").isEqualTo(outcome);
      if (months != null) {
        assertThat(((Number) runtime.getVariable(pi.getId(), "proposedExtensionMonths")).intValue()).isEqualTo(months);
      }
      at(day);
      complete(pi, "Task_ConversionApproval", with(vars("conversionApprovalDate", day.toString(),
          "conversionApprovalDecision", "approve", "conversionApprovalReason", "党委会议集体讨论"),
          tally("conversionCommittee", 4, 4, 3, 1, 0)));
      return this;
    }

    /** The 党委 does not approve the branch's resolution: back to the branch meeting with the reason. */
    public Case conversionNotApproved(LocalDate day, String reason) {
      at(day);
      complete(pi, "Task_ConversionApproval", with(vars("conversionApprovalDate", day.toString(),
          "conversionApprovalDecision", "notApproved", "conversionApprovalReason", reason),
          tally("conversionCommittee", 4, 4, 1, 3, 0)));
      return this;
    }

    public Case archive(LocalDate day) {
      at(day);
      complete(pi, "Task_ArchiveDossier", vars("archiveDate", day.toString(), "archiveLocation", "示范街道党工委组织办"));
      return this;
    }

    /** Application 2025-03-03 … development target designated 2026-04-23 (no 公示 under the 2014 pack). */
    public Case untilDevelopmentTarget() {
      start().talk(LocalDate.of(2025, 3, 10)).activist(LocalDate.of(2025, 4, 15), "designate")
          .file("Task_FileActivist", LocalDate.of(2025, 4, 20)).contactPersons(LocalDate.of(2025, 4, 21))
          .probationEnds(LocalDate.of(2025, 10, 22)).probationEnds(LocalDate.of(2026, 4, 22))
          .train(LocalDate.of(2026, 4, 22), false);
      return this;
    }

    public Case untilAdmissionVote() {
      untilDevelopmentTarget();
      LocalDate target = LocalDate.of(2026, 4, 23);
      if ("2026".equals(rulePack)) {
        // mandatory 公示 of 5 working days from 2026-04-22: 22, 23, 24, 27, 28
        probationEnds(LocalDate.of(2026, 4, 29));
        target = LocalDate.of(2026, 4, 29);
      }
      developmentTarget(target, "designate")
          .file("Task_FileDevelopmentTarget", target.plusDays(1)).sponsors(target.plusDays(2))
          .politicalReview(LocalDate.of(2026, 5, 6), "passed").shortTraining(LocalDate.of(2026, 5, 11), 3, 24)
          .branchCommitteeReview(LocalDate.of(2026, 5, 15), "approve").preReview(LocalDate.of(2026, 5, 20), "pass")
          .admissionForm(LocalDate.of(2026, 5, 22));
      return this;
    }

    /** … admitted by the meeting of 2026-05-25, approved 2026-06-10, oath 2026-06-20. */
    public Case untilProbation() {
      untilAdmissionVote().admissionVote(LocalDate.of(2026, 5, 25), 7, 6, 5, 1, 0)
          .committeeTalk(LocalDate.of(2026, 6, 1)).approval(LocalDate.of(2026, 6, 10), "approve")
          .file("Task_FileAdmission", LocalDate.of(2026, 6, 12)).partyGroup(LocalDate.of(2026, 6, 15))
          .oath(LocalDate.of(2026, 6, 20));
      return this;
    }
  }
}
