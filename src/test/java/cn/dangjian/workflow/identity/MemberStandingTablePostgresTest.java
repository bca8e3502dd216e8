package cn.dangjian.workflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.workflow.support.PostgresDatabases;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Member standing on PostgreSQL (the production database), migrated by Flyway: the organisation model's starting
 * state copied once (again on the next start, and by a second node, without a duplicate), a restriction in force from
 * its first day to the day before its end, and lifted early.
 */
class MemberStandingTablePostgresTest {

  private static PostgresDatabases.Database database;
  private static MemberStandingTable standing;

  @BeforeAll
  static void migrate() {
    database = PostgresDatabases.create(PostgresDatabases.Kind.EMBEDDED);
    DriverManagerDataSource dataSource = database.migrated();
    standing = new MemberStandingTable(dataSource,
        OrganisationModelLoader.load(new ClassPathResource("organisation/demo.yaml")));
  }

  @AfterAll
  static void drop() {
    PostgresDatabases.drop(database);
  }

  @Test
  void startingStateAndDecisionsOnPostgres() {
    standing.run(null);
    standing.run(null);
    assertThat(standing.underPartyProbation("b1-member5")).isTrue();
    assertThat(standing.underPartyProbation("b1-member1")).isFalse();

    LocalDate from = LocalDate.of(2026, 3, 10);
    standing.imposed(new RestrictionImposed("b1-member1", "WZ-C1-2026-0001", "留党察看", from, from.plusYears(1)));
    assertThat(standing.inForce("b1-member1", "留党察看", from.minusDays(1))).isFalse();
    assertThat(standing.inForce("b1-member1", "留党察看", from)).isTrue();
    assertThat(standing.inForce("b1-member1", "留党察看", from.plusYears(1).minusDays(1))).isTrue();
    assertThat(standing.inForce("b1-member1", "留党察看", from.plusYears(1))).isFalse();

    standing.lifted(new RestrictionLifted("b1-member1", "WZ-C1-2026-0001", "留党察看"));
    assertThat(standing.inForce("b1-member1", "留党察看", from)).isFalse();
  }
}
