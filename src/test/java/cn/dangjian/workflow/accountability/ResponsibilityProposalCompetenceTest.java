package cn.dangjian.workflow.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.dangjian.workflow.identity.MemberStatus;
import cn.dangjian.workflow.identity.Organisation;
import cn.dangjian.workflow.identity.OrganisationDirectory;
import cn.dangjian.workflow.identity.OrganisationModel;
import cn.dangjian.workflow.identity.OrganisationType;
import cn.dangjian.workflow.identity.Person;
import cn.dangjian.workflow.identity.Role;
import cn.dangjian.workflow.web.InvalidInputException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A model with three levels (党委 P → 党总支 P-G → 党支部 P-G-B1), which the demo organisation does not have: the rungs
 * of an item of P-G-B1 go to the leaders one level up, the 党总支, whoever assigned it; and a proposal on an item the
 * 党总支 assigned may only be accepted by a body that may decide 问责 (第十二条), else the decision is refused naming
 * the field — the linked case never fails to open as an incident.
 */
class ResponsibilityProposalCompetenceTest {

  private final OrganisationModel model = new OrganisationModel(List.of(
      new Organisation("P", "某街道党工委", OrganisationType.PARTY_COMMITTEE, null, true),
      new Organisation("P-G", "某社区党总支", OrganisationType.GENERAL_BRANCH, "P", true),
      new Organisation("P-G-B1", "第一党支部", OrganisationType.BRANCH, "P-G", true)),
      List.of(person("p-secretary", "P", Role.SECRETARY), person("g-secretary", "P-G", Role.SECRETARY),
          person("g-organiser", "P-G", Role.ORGANISER), person("b-secretary", "P-G-B1", Role.SECRETARY)));
  private final ResponsibilityItemGuards guards =
      new ResponsibilityItemGuards(null, null, new AccountabilityCaseValidator(model));

  private static Person person(String id, String organisation, Role role) {
    return new Person(id, id, null, MemberStatus.FULL, false, Map.of(organisation, List.of(role)));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theRungsOfAnItemGoToTheLeadersOneLevelUpNotToTheAssigningCommittee() {
    OrganisationDirectory organisations = new OrganisationDirectory(model);
    assertThat(organisations.leadersAbove("P-G-B1"))
        .isEqualTo(String.join(",", "P-G.secretary", "P-G.deputy-secretary", "P-G.organiser"))
        .isEqualTo(organisations.branchLeaders("P-G"));
    assertThat(organisations.leadersAbove("P-G")).isEqualTo(organisations.branchLeaders("P"));
  }

  @Test
  void acceptingAProposalIsRefusedWhenTheDecidingBodyMayNotDecide() {
    DelegateTask byGeneralBranch = proposalDecision("P-G", "start");
    assertThatThrownBy(() -> guards.proposalDecision(byGeneralBranch))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("proposalDecision");
          assertThat(e.getMessage()).contains("不能决定启动问责", "党总支", "不能作出问责决定", "第十二条");
        });
    assertThatCode(() -> guards.proposalDecision(proposalDecision("P-G", "decline"))).doesNotThrowAnyException();
    assertThatCode(() -> guards.proposalDecision(proposalDecision("P", "start"))).doesNotThrowAnyException();
  }

  private static DelegateTask proposalDecision(String competent, String decision) {
    ClockUtil.setCurrentTime(java.util.Date.from(LocalDate.of(2026, 6, 1).atStartOfDay(
        cn.dangjian.workflow.calendar.CaseTime.ZONE).plusHours(10).toInstant()));
    Map<String, Object> v = new HashMap<>();
    v.put("itemTitle", "落实“三会一课”制度");
    v.put("ownerOrganisationCode", "P-G-B1");
    v.put("ownerOrganisationName", "第一党支部");
    v.put("assigningOrganisationCode", "P-G");
    v.put("competentOrganisationCode", competent);
    v.put("deadline", "2026-03-31");
    v.put("proposalDate", "2026-05-20");
    v.put("proposalText", "建议启动问责");
    v.put("proposalDecisionDate", "2026-05-25");
    v.put("proposalDecision", decision);
    v.put("proposalDecisionReason", "逾期时间长");
    DelegateTask task = mock(DelegateTask.class);
    when(task.getVariable(anyString())).thenAnswer(i -> v.get(i.<String>getArgument(0)));
    DelegateExecution execution = mock(DelegateExecution.class);
    when(execution.getProcessBusinessKey()).thenReturn("ZR-P-G-2026-0001");
    when(task.getExecution()).thenReturn(execution);
    return task;
  }
}
