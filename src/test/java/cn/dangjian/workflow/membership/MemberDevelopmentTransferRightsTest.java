package cn.dangjian.workflow.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A case transferred to another branch: the old branch loses its rights to act on the case (its grants on the open
 * tasks and on the running instance; the case's history stays readable to it), and the new branch receives and
 * reviews the transferred file (接收审查) before the transfer is done.
 */
class MemberDevelopmentTransferRightsTest extends MemberDevelopmentTestBase {

  @Autowired AuthorizationService authorizations;
  @Autowired IdentityService identity;
  @Autowired FormService forms;

  private List<String> grantedGroups(Resource resource, String resourceId) {
    return authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
        .resourceType(resource).resourceId(resourceId).list().stream().map(Authorization::getGroupId).toList();
  }

  @Test
  void theOldBranchLosesItsRightsToActAndTheNewBranchReviewsTheFile() {
    Case c = newCase().start();
    String talk = task(c.pi, "Task_TalkWithApplicant").getId();
    assertThat(grantedGroups(Resources.TASK, talk)).contains("C1-B1.secretary");
    at(LocalDate.of(2025, 3, 5));
    runtime.createMessageCorrelation("BranchTransfer").processInstanceBusinessKey(c.pi.getBusinessKey())
        .setVariable("targetBranchCode", "C1-B3").setVariable("transferReason", "工作调动").correlate();
    runJobs(c.pi);

    assertThat(grantedGroups(Resources.TASK, talk)).noneMatch(g -> g.startsWith("C1-B1"))
        .contains("C1-B3.secretary");
    assertThat(grantedGroups(Resources.PROCESS_INSTANCE, c.pi.getId())).doesNotContain("C1-B1").contains("C1-B3", "C1");
    assertThat(grantedGroups(Resources.HISTORIC_PROCESS_INSTANCE, c.pi.getId()))
        .as("what the old branch did stays readable to it").contains("C1-B1", "C1-B3", "C1");
    List<String> oldSecretaryGroups = identity.createGroupQuery().groupMember("b1-secretary").list().stream()
        .map(Group::getId).toList();
    identity.setAuthentication("b1-secretary", oldSecretaryGroups);
    try {
      assertThatThrownBy(() -> tasks.complete(talk, vars("talkDate", "2025-03-05", "talker", "王喆", "talkSummary", "x")))
          .isInstanceOf(AuthorizationException.class);
    } finally {
      identity.clearAuthentication();
    }

    assertThat(c.pi).isWaitingAt("Task_TalkWithApplicant", "Task_ReviewTransferredFile");
    assertThat(task(c.pi, "Task_ReviewTransferredFile")).hasCandidateGroup("C1-B3.secretary");
    at(LocalDate.of(2025, 3, 6));
    assertThatThrownBy(() -> forms.submitTaskForm(task(c.pi, "Task_ReviewTransferredFile").getId(), vars(
        "transferReceivedDate", "2025-03-07", "transferReviewOpinion", "材料齐全"))).hasMessageContaining("transferReceivedDate");
    complete(c.pi, "Task_ReviewTransferredFile", vars("transferReceivedDate", "2025-03-06", "transferReviewOpinion",
        "入党申请书、谈话记录齐全，接收"));
    assertThat(c.pi).hasPassed("End_TransferDone").isWaitingAt("Task_TalkWithApplicant");
    assertThat(recordsOf(c.pi)).endsWith("membership.branch-transfer", "membership.transfer-review");
  }
}
