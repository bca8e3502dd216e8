package cn.dangjian.workflow.identity;

import cn.dangjian.workflow.engine.EngineContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Member standing kept as data that decisions change: which restrictions are in force today (by the engine clock).
 * The organisation model's {@code underPartyProbation} is the starting state,
 * copied once into the table; decisions add restrictions ({@link RestrictionImposed}) and the end of their periods
 * lifts them ({@link RestrictionLifted}), both in the transaction of the step that announced them.
 */
@Component("memberStanding")
public class MemberStandingTable implements MemberStanding, ApplicationRunner {

  static final String STARTING_STATE = "organisation-model";

  private final JdbcTemplate jdbc;
  private final OrganisationModel organisations;

  public MemberStandingTable(DataSource dataSource, OrganisationModel organisations) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.organisations = organisations;
  }

  @Override
  public boolean underPartyProbation(String personId) {
    return inForce(personId, PARTY_PROBATION, EngineContext.today());
  }

  /** Whether a restriction of {@code measure} is in force on {@code day}. */
  public boolean inForce(String personId, String measure, LocalDate day) {
    Integer count = jdbc.queryForObject("select count(*) from dj_member_restriction where person_id = ? and measure = ?"
        + " and lifted_at is null and (valid_from is null or valid_from <= ?) and (valid_until is null or valid_until > ?)",
        Integer.class, personId, measure, Date.valueOf(day), Date.valueOf(day));
    return count != null && count > 0;
  }

  @EventListener
  public void imposed(RestrictionImposed event) {
    int updated = jdbc.update("update dj_member_restriction set valid_from = ?, valid_until = ?, lifted_at = null"
        + " where person_id = ? and case_number = ? and measure = ?", Date.valueOf(event.from()),
        Date.valueOf(event.until()), event.personId(), event.caseNumber(), event.measure());
    if (updated == 0) {
      jdbc.update("insert into dj_member_restriction (person_id, measure, case_number, valid_from, valid_until)"
          + " values (?, ?, ?, ?, ?)", event.personId(), event.measure(), event.caseNumber(), Date.valueOf(event.from()),
          Date.valueOf(event.until()));
    }
  }

  @EventListener
  public void lifted(RestrictionLifted event) {
    jdbc.update("update dj_member_restriction set lifted_at = ? where person_id = ? and case_number = ? and measure = ?"
        + " and lifted_at is null", new Timestamp(EngineContext.now().getTime()), event.personId(), event.caseNumber(),
        event.measure());
  }

  /** Copies the organisation model's starting state once; what decisions changed since is kept. */
  @Override
  public void run(ApplicationArguments args) {
    for (Person person : organisations.people()) {
      if (person.underPartyProbation()) {
        copyStartingState(person);
      }
    }
  }

  private void copyStartingState(Person person) {
    try {
      jdbc.update("insert into dj_member_restriction (person_id, measure, case_number) select ?, ?, ? where not exists"
          + " (select 1 from dj_member_restriction where person_id = ? and case_number = ? and measure = ?)",
          person.id(), PARTY_PROBATION, STARTING_STATE, person.id(), STARTING_STATE, PARTY_PROBATION);
    } catch (DuplicateKeyException anotherNodeCopiedIt) {
      // two nodes starting together: the other one's row is the same starting state
    }
  }
}
