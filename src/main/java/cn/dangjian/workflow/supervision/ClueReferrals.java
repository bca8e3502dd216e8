package cn.dangjian.workflow.supervision;

import cn.dangjian.workflow.casework.CaseOutcome;
import cn.dangjian.workflow.engine.EngineContext;
import cn.dangjian.workflow.identity.OrganisationModel;
import cn.dangjian.workflow.identity.Role;
import cn.dangjian.workflow.web.ForbiddenException;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What a branch keeps of a clue it sent up (《纪检监察机关处理检举控告工作规则》第十五条、第十八条): once referred the case
 * is the 纪委's alone — the branch has no grant on it and no task — and the branch sees one row per clue in
 * {@code dj_clue_referral}: the case number, the matter, when it went up, the status and, once the 纪委 closes the
 * case, the result fed back to it. Neither the reporter nor the handling appears there.
 */
@Component("clueReferrals")
public class ClueReferrals {

  static final String REFERRED = "referred";
  static final String CLOSED = "closed";
  /** The roles that act for an organisation and may read its referrals: office holders and the discipline member. */
  private static final Set<Role> STAFF = Set.of(Role.SECRETARY, Role.DEPUTY_SECRETARY, Role.ORGANISER,
      Role.DISCIPLINE_MEMBER);

  private final JdbcTemplate jdbc;
  private final OrganisationModel organisations;

  public ClueReferrals(JdbcTemplate jdbc, OrganisationModel organisations) {
    this.jdbc = jdbc;
    this.organisations = organisations;
  }

  /** One referral, as the referring organisation sees it. */
  public record Referral(String caseNumber, String receivingOrganisationName, String summary, LocalDate referredOn,
      boolean direct, String status, LocalDate closedOn, String feedback) {}

  /**
   * Service task after the branch sent the clue up (or, for a clue about its principal leader, at once): the row the
   * branch keeps; the clue now arrives at the 纪委 on the referral date.
   */
  public void refer(DelegateExecution execution) {
    boolean direct = Boolean.TRUE.equals(execution.getVariable("aboutPrincipalLeader"));
    LocalDate referred = direct ? EngineContext.today() : LocalDate.parse((String) execution.getVariable("forwardDate"));
    execution.setVariable("referredOn", referred.toString());
    execution.setVariable("arrivedOn", referred.toString());
    execution.setVariable("referred", true);
    jdbc.update("insert into dj_clue_referral (case_number, process_instance_id, referring_organisation_code,"
        + " referring_organisation_name, commission_code, commission_name, summary, referred_on, direct, status)"
        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", execution.getProcessBusinessKey(), execution.getProcessInstanceId(),
        execution.getVariable("receivingOrganisationCode"), execution.getVariable("receivingOrganisationName"),
        execution.getVariable("commissionCode"), execution.getVariable("commissionName"),
        execution.getVariable("summary"), Date.valueOf(referred), direct, REFERRED);
  }

  /**
   * Service task when the 纪委 closes the case: the closing date, and for a referred clue the result fed back to the
   * referring organisation (第十八条) — how the case ended, never who reported it.
   */
  public void close(DelegateExecution execution) {
    LocalDate closed = EngineContext.today();
    execution.setVariable("closedOn", closed.toString());
    String outcome = (String) execution.getVariable(CaseOutcome.VARIABLE);
    String feedback = execution.getVariable("commissionName") + "已于" + closed + "办结该问题线索：" + ClueGuards.OUTCOMES
        .getOrDefault(outcome, outcome) + "。";
    execution.setVariable("referralFeedback", feedback);
    if (Boolean.TRUE.equals(execution.getVariable("referred"))) {
      jdbc.update("update dj_clue_referral set status = ?, closed_on = ?, feedback = ? where case_number = ?", CLOSED,
          Date.valueOf(closed), feedback, execution.getProcessBusinessKey());
    }
  }

  /** The referrals of the organisations {@code userId} acts for (书记、副书记、组织委员、纪检委员), newest first. */
  public List<Referral> forStaff(String userId) {
    Set<String> codes = new HashSet<>();
    organisations.person(userId).ifPresent(person -> person.roles().forEach((code, roles) -> {
      if (roles.stream().anyMatch(STAFF::contains)) {
        codes.add(code);
      }
    }));
    if (codes.isEmpty()) {
      throw new ForbiddenException("报送纪委的问题线索只有报送组织的书记、副书记、组织委员和纪检委员可以查看");
    }
    String in = String.join(",", codes.stream().map(c -> "?").toList());
    return jdbc.query("select case_number, referring_organisation_name, summary, referred_on, direct, status,"
        + " closed_on, feedback from dj_clue_referral where referring_organisation_code in (" + in + ")"
        + " order by referred_on desc, case_number desc", (rs, n) -> new Referral(rs.getString(1), rs.getString(2),
            rs.getString(3), rs.getDate(4).toLocalDate(), rs.getBoolean(5), rs.getString(6),
            rs.getDate(7) == null ? null : rs.getDate(7).toLocalDate(), rs.getString(8)), codes.toArray());
  }
}
