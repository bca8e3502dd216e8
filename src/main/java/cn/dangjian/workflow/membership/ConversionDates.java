package cn.dangjian.workflow.membership;

import java.time.LocalDate;

/**
 * The order of the conversion steps: the 支部大会 discusses the conversion only once probation has ended, and the
 * 党委 approves only a resolution the branch has already adopted. Each refusal names the article.
 */
final class ConversionDates {

  private ConversionDates() {}

  /** The conversion meeting on or after the last day of probation (预备期满). */
  static void meetingAfterProbation(LocalDate meeting, LocalDate probationEnd, String article) {
    if (meeting.isBefore(probationEnd)) {
      throw new MembershipValidationException("conversionMeetingDate", "支部大会日期（conversionMeetingDate）" + meeting
          + " 早于预备期满之日（" + probationEnd + "）：预备期满后，党支部方可讨论其能否转为正式党员（" + article + "）");
    }
  }

  /** The 党委's approval on or after the branch meeting whose resolution it approves. */
  static void approvalAfterMeeting(LocalDate approval, LocalDate meeting, String article) {
    if (meeting != null && approval.isBefore(meeting)) {
      throw new MembershipValidationException("conversionApprovalDate", "党委会议日期（conversionApprovalDate）" + approval
          + " 早于支部大会讨论转正的日期（" + meeting + "）：上级党委审批的是支部大会的转正决议（" + article + "）");
    }
  }
}
