package cn.dangjian.workflow.casework;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.workflow.membership.MemberDevelopmentTestBase;
import cn.dangjian.workflow.records.RecordIssued;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Numbers per family, and the events a case's life publishes for modules that keep figures. */
@RecordApplicationEvents
@Import(CasePlatformTest.ProbeFamily.class)
class CasePlatformTest extends MemberDevelopmentTestBase {

  static final CaseFamily PROBE = new CaseFamily("probe", "TS", "测试", "routingProbe");

  @TestConfiguration
  static class ProbeFamily {
    @Bean
    CaseFamily probeFamily() {
      return PROBE;
    }
  }

  @Autowired CaseNumbers numbers;
  @Autowired CaseFamilies families;
  @Autowired ApplicationEvents events;
  @Autowired ApplicationEventPublisher publisher;

  @Test
  void twoFamiliesCountTheirCasesSeparately() {
    String first = numbers.next(PROBE, "C1-B2", 2031);
    String second = numbers.next(PROBE, "C1-B2", 2031);
    String membership = numbers.next(families.byKey("membership"), "C1-B2", 2031);
    assertThat(first).isEqualTo("TS-C1-B2-2031-0001");
    assertThat(second).isEqualTo("TS-C1-B2-2031-0002");
    assertThat(membership).isEqualTo("DY-C1-B2-2031-0001");
  }

  @Test
  void openingACasePublishesCaseOpenedWithItsNumber() {
    Case c = newCase().start();
    assertThat(c.pi.getBusinessKey()).startsWith("DY-C1-B1-2025-");
    assertThat(events.stream(CaseOpened.class)).singleElement().satisfies(opened -> {
      assertThat(opened.family()).isEqualTo("membership");
      assertThat(opened.caseNumber()).isEqualTo(c.pi.getBusinessKey());
      assertThat(opened.organisationCode()).isEqualTo("C1-B1");
      assertThat(opened.processInstanceId()).isEqualTo(c.pi.getId());
    });
    assertThat(runtime.getVariables(c.pi.getId())).containsEntry("caseFamily", "membership")
        .containsEntry("organisationCode", "C1-B1").containsEntry("caseNumber", c.pi.getBusinessKey());
  }

  @Test
  void theIndexOfADossierClosesTheCase() {
    publisher.publishEvent(new RecordIssued("r1", "membership.talk-record", "DY-C1-B1-2026-0001",
        "DY-C1-B1-2026-0001", "pi-1", "memberDevelopment", Instant.parse("2026-05-01T02:00:00Z"), false));
    assertThat(events.stream(CaseClosed.class)).isEmpty();
    publisher.publishEvent(new RecordIssued("r2", "membership.dossier-index", "DY-C1-B1-2026-0001",
        "DY-C1-B1-2026-0001", "pi-1", "memberDevelopment", Instant.parse("2026-05-02T02:00:00Z"), true));
    assertThat(events.stream(CaseClosed.class)).singleElement()
        .isEqualTo(new CaseClosed("DY-C1-B1-2026-0001", "pi-1", "memberDevelopment", Instant.parse("2026-05-02T02:00:00Z")));
  }

  @Test
  void aNumberGivenByTheStarterMustBeUnused() {
    Case first = newCase().start();
    at(LocalDate.of(2025, 3, 3));
    var thrown = org.assertj.core.api.Assertions.catchThrowable(() -> runtime.startProcessInstanceByKey(PROCESS,
        first.pi.getBusinessKey(), application("乙", LocalDate.of(1999, 1, 11), LocalDate.of(2025, 3, 3), "C1-B1")));
    assertThat(thrown).hasMessageContaining("已被其他案件使用");
  }
}
