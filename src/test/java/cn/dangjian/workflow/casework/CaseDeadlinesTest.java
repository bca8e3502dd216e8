package cn.dangjian.workflow.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.dangjian.workflow.calendar.CaseTime;
import cn.dangjian.workflow.calendar.WorkingDayCalendar;
import cn.dangjian.workflow.rules.RulePacks;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.Test;

/** Reminders and the escalation ladder counted in working days from a family's rule pack (March 2026: no holidays). */
class CaseDeadlinesTest {

  private final CaseDeadlines deadlines = new CaseDeadlines(
      new RulePacks(Map.of(), "classpath*:fixtures/rules-ladder/rules/*/*.yaml"), new WorkingDayCalendar());

  private static VariableScope caseDueOn(String deadline) {
    VariableScope scope = mock(VariableScope.class);
    when(scope.getVariable("rulePack")).thenReturn("probe-1");
    when(scope.getVariable("deadline")).thenReturn(deadline);
    return scope;
  }

  @Test
  void eachRungFallsDueItsGracePeriodAfterTheRungBefore() {
    VariableScope scope = caseDueOn("2026-03-02");
    assertThat(deadlines.rungs("probe-1", "overdue")).containsExactly("supervise", "interview", "notify");
    assertThat(deadlines.rungDue(scope, "deadline", "overdue", "supervise"))
        .isEqualTo(CaseTime.startOf(LocalDate.of(2026, 3, 6)));
    assertThat(deadlines.rungDue(scope, "deadline", "overdue", "interview"))
        .isEqualTo(CaseTime.startOf(LocalDate.of(2026, 3, 13)));
    assertThat(deadlines.rungDue(scope, "deadline", "overdue", "notify"))
        .isEqualTo(CaseTime.startOf(LocalDate.of(2026, 3, 20)));
  }

  @Test
  void remindsTheGivenNumberOfWorkingDaysBeforeTheDeadline() {
    assertThat(deadlines.workingDaysBefore(caseDueOn("2026-03-13"), "deadline", "reminderBefore"))
        .isEqualTo(CaseTime.startOf(LocalDate.of(2026, 3, 6)));
  }

  @Test
  void aRungOrLadderTheRulePackLacksIsAnError() {
    VariableScope scope = caseDueOn("2026-03-02");
    assertThatThrownBy(() -> deadlines.rungDue(scope, "deadline", "overdue", "accountability"))
        .hasMessageContaining("accountability");
    assertThatThrownBy(() -> deadlines.rungs("probe-1", "nosuchladder")).hasMessageContaining("nosuchladder");
  }
}
