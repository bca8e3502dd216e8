package cn.dangjian.workflow.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.dangjian.workflow.web.InvalidInputException;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.Test;

/** An outcome once reached is never replaced (issue 12, item 3). */
class CaseOutcomeTest {

  @Test
  void recordsTheFirstOutcomeAndRefusesAnother() {
    VariableScope open = mock(VariableScope.class);
    CaseOutcome.record(open, "converted");
    verify(open).setVariable("caseOutcome", "converted");

    VariableScope concluded = mock(VariableScope.class);
    when(concluded.getVariable("caseOutcome")).thenReturn("converted");
    assertThat(CaseOutcome.reached(concluded)).isTrue();
    assertThatThrownBy(() -> CaseOutcome.record(concluded, "withdrawn")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("本案已作出结论（converted），不能再改为 withdrawn");
    verify(concluded, never()).setVariable("caseOutcome", "withdrawn");
  }
}
