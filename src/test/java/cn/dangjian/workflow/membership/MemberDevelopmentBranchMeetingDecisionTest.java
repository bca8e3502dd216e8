package cn.dangjian.workflow.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.dangjian.workflow.records.RecordContent;
import cn.dangjian.workflow.records.RecordSource;
import cn.dangjian.workflow.records.RecordTemplate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Decisions the 细则 gives to the 支委会 in a branch without one (第八条 "不设支部委员会的由支部大会"; demo branch C1-B3):
 * the 支部大会 decides, its convenor records the decision with attendance and a checked tally, and task names and
 * record titles say 支部大会; with a 支委会 (C1-B1) the decision records who attended.
 */
class MemberDevelopmentBranchMeetingDecisionTest extends MemberDevelopmentTestBase {

  @Autowired FormService forms;
  @Autowired ApplicationContext context;

  private List<String> candidateGroups(Case c, String key) {
    return tasks.getIdentityLinksForTask(task(c.pi, key).getId()).stream()
        .filter(l -> "candidate".equals(l.getType())).map(IdentityLink::getGroupId).toList();
  }

  private RecordContent record(Case c, String type) {
    RecordTemplate template = context.getBean(type, RecordTemplate.class);
    return template.compose(new RecordSource(type, c.pi.getBusinessKey(), c.pi.getId(), PROCESS, "Step",
        Instant.parse("2025-04-15T02:00:00Z"), "b3-secretary", runtime.getVariables(c.pi.getId())));
  }

  @Test
  void withoutACommitteeTheGeneralMeetingDecidesWithACheckedTally() {
    Case c = newCase();
    c.branchCode = "C1-B3";
    c.start().talk(LocalDate.of(2025, 3, 10));
    assertThat(task(c.pi, "Task_DesignateActivist").getName()).isEqualTo("支部大会研究确定入党积极分子");
    assertThat(candidateGroups(c, "Task_DesignateActivist"))
        .as("the convenor records it, not every member").containsExactlyInAnyOrder("C1-B3.secretary",
            "C1-B3.deputy-secretary");

    at(LocalDate.of(2025, 4, 15));
    String taskId = task(c.pi, "Task_DesignateActivist").getId();
    assertThatThrownBy(() -> forms.submitTaskForm(taskId, vars("recommendationSource", "党员推荐", "activistDecision",
        "designate", "activistDecisionDate", "2025-04-15", "decisionAttendance", "许文")))
        .hasMessageContaining("decisionVoteDue");
    assertThatThrownBy(() -> forms.submitTaskForm(taskId, with(vars("recommendationSource", "党员推荐",
        "activistDecision", "designate", "activistDecisionDate", "2025-04-15", "decisionAttendance", "许文、邓华、彭亮"),
        tally("decision", 4, 3, 2, 1, 0)))).hasMessageContaining("第八条").hasMessageContaining("支部大会表决未获通过");
    assertThatThrownBy(() -> forms.submitTaskForm(taskId, with(vars("recommendationSource", "党员推荐",
        "activistDecision", "designate", "activistDecisionDate", "2025-04-15", "decisionAttendance", "许文、邓华、彭亮"),
        tally("decision", 4, 3, 4, 0, 0)))).hasMessageContaining("decisionVoteFor");
    assertThat(c.pi).isWaitingAt("Task_DesignateActivist");

    c.decisionTally = tally("decision", 4, 4, 3, 1, 0);
    c.activist(LocalDate.of(2025, 4, 15), "designate");
    assertThat(c.pi).isWaitingAt("Task_FileActivist").variables().containsEntry("decisionBody", "支部大会");
    RecordContent decision = record(c, "membership.activist-decision");
    assertThat(decision.title()).isEqualTo("支部大会决定（入党积极分子）");
    assertThat(decision.data()).containsEntry("decisionAttendance", "王喆、李娜、张伟").containsKey("tally");
  }

  @Test
  void withACommitteeTheDecisionRecordsWhoAttended() {
    Case c = newCase().start().talk(LocalDate.of(2025, 3, 10));
    assertThat(task(c.pi, "Task_DesignateActivist").getName()).isEqualTo("支委会研究确定入党积极分子");
    assertThat(candidateGroups(c, "Task_DesignateActivist")).containsExactly("C1-B1.committee");
    at(LocalDate.of(2025, 4, 15));
    assertThatThrownBy(() -> forms.submitTaskForm(task(c.pi, "Task_DesignateActivist").getId(), vars(
        "recommendationSource", "党员推荐", "activistDecision", "designate", "activistDecisionDate", "2025-04-15")))
        .hasMessageContaining("decisionAttendance");

    c.activist(LocalDate.of(2025, 4, 15), "designate");
    RecordContent decision = record(c, "membership.activist-decision");
    assertThat(decision.title()).isEqualTo("支部委员会决定（入党积极分子）");
    assertThat(decision.data()).containsEntry("decisionAttendance", "王喆、李娜、张伟").doesNotContainKey("tally");
  }
}
