package cn.dangjian.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.workflow.engine.ElBeanCalls.BeanCall;
import org.junit.jupiter.api.Test;

/** What {@link ElBeanCalls} takes for a bean reference, on the forms the processes use. */
class ElBeanCallsTest {

  @Test
  void aCallOnANameIsABeanCallWithItsArgumentCount() {
    assertThat(ElBeanCalls.in("${organisations.roleGroup(branchCode, 'SECRETARY')}", false))
        .containsExactly(new BeanCall("organisations", "roleGroup", 2));
    assertThat(ElBeanCalls.in("${ deadlines . talkDue ( execution ) }", false))
        .containsExactly(new BeanCall("deadlines", "talkDue", 1));
    assertThat(ElBeanCalls.in("#{rules.packs()}", false)).containsExactly(new BeanCall("rules", "packs", 0));
  }

  @Test
  void nestedCallsAreFoundAndStringsDoNotCount() {
    assertThat(ElBeanCalls.in("${workingDays.periodEnd(start, rules.days(rulePack, 'a, b) c.d(e'))}", false))
        .containsExactly(new BeanCall("workingDays", "periodEnd", 2), new BeanCall("rules", "days", 2));
    assertThat(ElBeanCalls.in("${x == 'it\\'s membership.withdraw(execution)'}", false)).isEmpty();
  }

  @Test
  void engineNamesVariablesPropertiesAndFunctionsAreNotBeans() {
    assertThat(ElBeanCalls.in("${task.setVariable('talkDone', false)}", false)).isEmpty();
    assertThat(ElBeanCalls.in("${execution.getVariable('branchCode')}", false)).isEmpty();
    assertThat(ElBeanCalls.in("${branchCode}", false)).isEmpty();
    assertThat(ElBeanCalls.in("${talkDone == true and not empty branchCode}", false)).isEmpty();
    assertThat(ElBeanCalls.in("${applicant.name}", false)).isEmpty();
    assertThat(ElBeanCalls.in("${dateTime().plusDays(1)}", false)).isEmpty();
  }

  @Test
  void aCallOnAResultChecksOnlyTheFirstCall() {
    assertThat(ElBeanCalls.in("${rules.pack(rulePack).period('probation')}", false))
        .containsExactly(new BeanCall("rules", "pack", 1));
  }

  @Test
  void aWholeNameIsABeanOnlyWhereABeanIsExpected() {
    assertThat(ElBeanCalls.in("${recordWriter}", true)).containsExactly(new BeanCall("recordWriter", null, 0));
    assertThat(ElBeanCalls.in("${recordWriter}", false)).isEmpty();
    assertThat(ElBeanCalls.in("recordWriter", true)).isEmpty();
  }

  @Test
  void everyExpressionOfACompositeTextIsRead() {
    assertThat(ElBeanCalls.expressions("due ${a.b(c)} or #{d}")).containsExactly("a.b(c)", "d");
    assertThat(ElBeanCalls.in("${a.b(c)}-${d.e()}", false))
        .containsExactly(new BeanCall("a", "b", 1), new BeanCall("d", "e", 0));
  }
}
