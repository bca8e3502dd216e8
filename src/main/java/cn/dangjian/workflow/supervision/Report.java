package cn.dangjian.workflow.supervision;

import cn.dangjian.workflow.identity.Organisation;
import java.time.LocalDate;

/**
 * A report as received (受理登记), checked; the reporter's identity is not part of it ({@link ReporterIdentity}).
 *
 * @param kind {@code massIssue} (群众诉求) or {@code clue} (问题线索)
 * @param subjectOrganisation for a clue, the organisation of the person reported on; {@code null} for a mass issue
 * @param redirectTo a body outside the Party's handling (法院, 其他机关) the matter is redirected to, not accepted
 * @param repeatOf the case number of the first report of the same matter (重复举报)
 */
public record Report(Organisation receivingOrganisation, String channel, LocalDate receivedOn, String summary,
    String content, String kind, String subjectName, Organisation subjectOrganisation, boolean realName,
    String redirectTo, String redirectReason, String repeatOf) {

  public static final String MASS_ISSUE = "massIssue";
  public static final String CLUE = "clue";

  public boolean clue() {
    return CLUE.equals(kind);
  }
}
