package cn.dangjian.workflow.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dangjian.workflow.identity.OrganisationDirectory;
import cn.dangjian.workflow.web.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;

/** The paths of {@code responsibilityItem} and the refusals of its start and its tasks. */
class ResponsibilityItemProcessTest extends ResponsibilityItemScenario {

  @Autowired OrganisationDirectory organisations;

  @Test
  void aProposalDecisionWithoutItsReasonIsRefused() {
    Item item = newItem().start();
    ResponsibilityItemPaths.LADDER.forEach(item::reach);
    item.proposal();
    String decision = task(item.pi, "Task_DecideAccountabilityProposal").getId();
    for (String decided : List.of("start", "decline")) {
      assertThatThrownBy(() -> tasks.complete(decision, vars("proposalDecisionDate", today().toString(),
          "proposalDecision", decided, "proposalDecisionReason", "  ")))
          .rootCause().isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
              .extracting(InvalidInputException.Problem::field).containsExactly("proposalDecisionReason"))
          .hasMessageContaining("理由");
    }
    assertThat(tasks.createTaskQuery().taskId(decision).count()).as("the decision stays open").isEqualTo(1);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("accountabilityCase")
        .variableValueEquals("sourceCaseNumber", item.pi.getBusinessKey()).count()).isZero();
  }

  @Test
  void everyRungIsATaskForTheLeadersOneLevelUpNeverAFixedPerson() {
    Item item = newItem().start();
    ResponsibilityItemPaths.LADDER.forEach(item::reach);
    List<String> leadersAbove = List.of(organisations.leadersAbove("C1-B1").split(","));
    assertThat(leadersAbove).containsExactly("C1.secretary", "C1.deputy-secretary", "C1.organiser");
    for (String rung : List.of("Task_IssueOverdueReminder", "Task_IssueSupervisionLetter", "Task_HoldAdmonitionTalk",
        "Task_IssueCirculation", "Task_DraftAccountabilityProposal")) {
      Task task = task(item.pi, rung);
      assertThat(task.getAssignee()).as(rung).isNull();
      List<IdentityLink> links = tasks.getIdentityLinksForTask(task.getId());
      assertThat(links).as(rung).extracting(IdentityLink::getUserId).containsOnlyNulls();
      assertThat(links).as(rung).extracting(IdentityLink::getGroupId).containsExactlyInAnyOrderElementsOf(leadersAbove);
    }
    item.proposal();
    assertThat(runtime.getVariable(item.pi.getId(), "competentOrganisationCode")).isEqualTo("C1");
    Task decision = task(item.pi, "Task_DecideAccountabilityProposal");
    assertThat(decision.getAssignee()).isNull();
    assertThat(tasks.getIdentityLinksForTask(decision.getId())).extracting(IdentityLink::getGroupId)
        .containsExactly(organisations.decidingBody("C1")).containsExactly("C1.committee");
  }

  @TestFactory
  Stream<DynamicTest> everyPath() {
    return new ResponsibilityItemPaths(this).all().entrySet().stream()
        .map(path -> DynamicTest.dynamicTest(path.getKey(), () -> path.getValue().run()));
  }

  @Test
  void rejectsAnInvalidStartNamingEveryField() {
    at(ASSIGNED);
    Map<String, Object> bad = item();
    bad.put("itemTitle", " ");
    bad.put("ownerOrganisationCode", "C1-B9");
    bad.put("leadershipTier", "minor");
    bad.put("deadline", "2026-02-27");
    bad.put("evidenceRequired", "perhaps");
    long before = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).count();
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROCESS, bad))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(InvalidInputException.Problem::field)
            .contains("itemTitle", "ownerOrganisationCode", "leadershipTier", "deadline", "evidenceRequired"));
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).count()).isEqualTo(before);
  }

  @Test
  void rejectsAnOwnerThatIsNotBelowTheAssigningOrganisation() {
    at(ASSIGNED);
    Map<String, Object> sideways = item();
    sideways.put("assigningOrganisationCode", "C1-B2");
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROCESS, sideways))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("不是交办组织");
  }

  @Test
  void rejectsAResponsibleLeaderOutsideTheOwnersLeadership() {
    at(ASSIGNED);
    Map<String, Object> stranger = item();
    stranger.put("responsibleLeader", "b2-secretary");
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROCESS, stranger))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("领导班子成员");
  }

  @Test
  void numbersTheItemForTheAssigningOrganisation() {
    Item item = newItem().start();
    assertThat(item.pi.getBusinessKey()).matches("ZR-C1-2026-\\d{4}");
    BpmnAwareTests.assertThat(item.pi).variables().containsEntry("rulePack", "responsibility-2026")
        .containsEntry("leadershipTierLabel", "主要领导责任").containsEntry("responsibleLeaderName", "王喆");
  }

  @Test
  void refusesCompletionWithoutTheRequiredAttachment() {
    Item item = new Item(item()).with("evidenceRequired", true).start();
    assertThat(refusal(() -> item.submit(LocalDate.of(2026, 3, 20)))).hasMessageContaining("须提交佐证材料");
    tasks.createAttachment("application/pdf", task(item.pi, "Task_SubmitEvidence").getId(), item.pi.getId(),
        "会议记录.pdf", "第一至第三季度会议记录", new java.io.ByteArrayInputStream("%PDF-1.7".getBytes()));
    item.completeOn(LocalDate.of(2026, 3, 20));
    BpmnAwareTests.assertThat(item.pi).isEnded().variables().containsEntry("evidenceAttachmentNames", "会议记录.pdf");
  }

  @Test
  void refusesARungDatedBeforeTheDeadline() {
    Item item = newItem().start().reach("Timer_OverdueReminder");
    assertThat(refusal(() -> complete(item.pi, "Task_IssueOverdueReminder", vars("reminderDate", "2026-03-31",
        "reminderNote", "请抓紧办理。")))).hasMessageContaining("应晚于完成期限");
  }

  @Test
  void refusesAReturnWithoutItsReasonAndAReviewBeforeTheCompletion() {
    Item item = newItem().start().submit(LocalDate.of(2026, 3, 18));
    at(LocalDate.of(2026, 3, 19));
    assertThat(refusal(() -> complete(item.pi, "Task_ReviewEvidence", vars("reviewDate", "2026-03-17",
        "evidenceDecision", "return", "reviewOpinion", " "))).problems())
        .extracting(InvalidInputException.Problem::field).containsExactlyInAnyOrder("reviewDate", "reviewOpinion");
  }

  /** The refusal a task guard threw, from under the engine's wrapping. */
  static InvalidInputException refusal(org.assertj.core.api.ThrowableAssert.ThrowingCallable work) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(work);
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof InvalidInputException refusal) {
        return refusal;
      }
    }
    throw new AssertionError("expected a refusal, got " + thrown, thrown);
  }
}
