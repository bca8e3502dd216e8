package cn.dangjian.workflow.accountability;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dangjian.workflow.support.HttpClientSupport;
import java.net.http.HttpResponse;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A 问责 case is visible to the competent body and those above it, never to the subject's peers below: another
 * branch's secretary, and the subject's own branch secretary, see nothing; the subject sees only the task addressed
 * to them. A subject who sits on the competent body recuses (回避): no candidate of its tasks, not assignable, not
 * counted in its tally, no grant on the case.
 */
class AccountabilityCaseAccessTest extends AccountabilityCaseScenario {

  private HttpResponse<String> get(String user, String path) {
    return new HttpClientSupport(port).get("/engine-rest" + path, user);
  }

  @Test
  void otherBranchesAndTheSubjectsPeersSeeNothingTheSubjectSeesTheirTask() {
    ProcessInstance pi = start(individual(SUBJECT, "C1-B1"));
    approve(pi);
    investigate(pi);
    String statement = task(pi, "Task_StateCase").getId();

    for (String outsider : new String[] {"b2-secretary", "b1-secretary"}) {
      assertThat(get(outsider, "/process-instance?processInstanceIds=" + pi.getId()).body()).as(outsider)
          .isEqualTo("[]");
      assertThat(get(outsider, "/history/process-instance?processInstanceId=" + pi.getId()).body()).as(outsider)
          .isEqualTo("[]");
      assertThat(get(outsider, "/task?processInstanceId=" + pi.getId()).body()).as(outsider).isEqualTo("[]");
      assertThat(get(outsider, "/task/" + statement).statusCode()).as(outsider).isIn(403, 404);
    }

    HttpResponse<String> own = get(SUBJECT, "/task?processInstanceId=" + pi.getId());
    assertThat(own.body()).contains(statement).contains("\"assignee\":\"" + SUBJECT + "\"");
    assertThat(get(SUBJECT, "/process-instance?processInstanceIds=" + pi.getId()).body()).isEqualTo("[]");
    assertThat(get("committee-secretary", "/process-instance?processInstanceIds=" + pi.getId()).body())
        .contains(pi.getId());

    String statementBody = "{\"variables\": {\"statement\": {\"value\": \"无异议\"}, \"signature\": {\"value\": \"signed\"}}}";
    HttpClientSupport http = new HttpClientSupport(port);
    assertThat(http.postJson("/engine-rest/task/" + statement + "/submit-form", "b1-secretary", statementBody)
        .statusCode()).as("the subject's branch secretary cannot state the case for them").isIn(403, 404);
    HttpResponse<String> stated = http.postJson("/engine-rest/task/" + statement + "/submit-form", SUBJECT,
        statementBody);
    assertThat(stated.statusCode()).as(stated.body()).isEqualTo(204);
    assertThat(runtime.getVariable(pi.getId(), "statementBy")).isEqualTo(SUBJECT);
  }

  @AfterEach
  void signOut() {
    identity.clearAuthentication();
  }

  @Test
  void theCompetentBodysOnlyPrincipalLeaderCannotBeTheSubjectOfItsCase() {
    at(day);
    long before = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).count();
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROCESS, individual("committee-secretary", "C1")))
        .isInstanceOfSatisfying(cn.dangjian.workflow.web.InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("competentOrganisationCode");
          assertThat(e.getMessage()).contains("应当回避", "第九条", "上级党组织");
        });
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).count()).isEqualTo(before);
  }

  @Test
  void aBodyAboveTheCompetentOneSeesTheCasePeersBelowDoNot() {
    ProcessInstance pi = start(with(individual(SUBJECT, "C1-B1"), vars("competentOrganisationCode", "C1-D")));
    String path = "/process-instance?processInstanceIds=" + pi.getId();
    for (String above : new String[] {"discipline-secretary", "committee-secretary", "committee-member"}) {
      assertThat(get(above, path).body()).as(above).contains(pi.getId());
      assertThat(get(above, "/history/process-instance?processInstanceId=" + pi.getId()).body()).as(above)
          .contains(pi.getId());
    }
    for (String below : new String[] {"od-officer", "b1-secretary", "b2-secretary", "b3-secretary", SUBJECT}) {
      assertThat(get(below, path).body()).as(below).isEqualTo("[]");
      assertThat(get(below, "/history/process-instance?processInstanceId=" + pi.getId()).body()).as(below)
          .isEqualTo("[]");
      assertThat(get(below, "/task?processInstanceId=" + pi.getId()).body()).as(below).isEqualTo("[]");
    }
  }

  @Test
  void aSubjectOnTheCompetentBodyRecusesFromEveryTaskButTheirOwnAndFromTheTally() {
    String member = "committee-member";
    HttpClientSupport http = new HttpClientSupport(port);
    ProcessInstance pi = start(individual(member, "C1"));
    assertThat(get(member, "/process-instance?processInstanceIds=" + pi.getId()).body()).isEqualTo("[]");
    assertThat(get(member, "/history/process-instance?processInstanceId=" + pi.getId()).body()).isEqualTo("[]");
    assertThat(get("committee-secretary", "/process-instance?processInstanceIds=" + pi.getId()).body())
        .contains(pi.getId());
    assertThat(get(member, "/task?processInstanceId=" + pi.getId()).body()).isEqualTo("[]");

    next(1);
    complete(pi, "Task_ApproveStart", vars("startApprovalDate", day.toString(), "startDecision", "approve",
        "startApprovalOpinion", "同意启动问责调查", "investigator1", "committee-organiser", "investigator2", "inspector"));
    investigate(pi);
    next(1);
    String statement = task(pi, "Task_StateCase").getId();
    HttpResponse<String> stated = http.postJson("/engine-rest/task/" + statement + "/submit-form", member,
        "{\"variables\": {\"statement\": {\"value\": \"对事实无异议\"}, \"signature\": {\"value\": \"signed\"}}}");
    assertThat(stated.statusCode()).as(stated.body()).isEqualTo(204);
    runJobs(pi);
    writeReport(pi, report("minor", "adverse", false, false, false));

    String discussion = task(pi, "Task_DiscussReport").getId();
    List<IdentityLink> candidates = tasks.getIdentityLinksForTask(discussion).stream()
        .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType())).toList();
    assertThat(candidates).extracting(IdentityLink::getGroupId).doesNotContain("C1.committee");
    assertThat(candidates).extracting(IdentityLink::getUserId)
        .contains("committee-secretary", "committee-organiser").doesNotContain(member);
    assertThat(get(member, "/task?processInstanceId=" + pi.getId()).body()).isEqualTo("[]");
    assertThat(get("committee-secretary", "/task?processInstanceId=" + pi.getId()).body()).contains(discussion);
    assertThat(http.postJson("/engine-rest/task/" + discussion + "/claim", member, "{\"userId\": \"" + member + "\"}")
        .statusCode()).as("the subject cannot claim").isIn(403, 404);
    HttpResponse<String> assigned = http.postJson("/engine-rest/task/" + discussion + "/assignee", "demo",
        "{\"userId\": \"" + member + "\"}");
    assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(400);
    assertThat(assigned.body()).contains("\"field\":\"subjectPerson\"", "应当回避");
    assertThatThrownBy(() -> tasks.setAssignee(discussion, member)).isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("应当回避");
    assertThat(tasks.createTaskQuery().taskId(discussion).singleResult().getAssignee()).isNull();

    // Not even as an administrator: the subject never completes the body's task.
    identity.setAuthentication(member, List.of("camunda-admin"));
    assertThatThrownBy(() -> tasks.complete(discussion, vars())).isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("应当回避");
    identity.clearAuthentication();

    long all = tallies.votingMembers("C1");
    assertThat(tallies.votingMembers("C1", member)).isEqualTo(all - 1);
    next(2);
    String tally = "{\"variables\": {\"discussionDate\": {\"value\": \"" + day + "\"}, \"reportVoteDue\": {\"value\": %d},"
        + " \"reportVotePresent\": {\"value\": %d}, \"reportVoteFor\": {\"value\": %d}, \"reportVoteAgainst\": {\"value\": 0},"
        + " \"reportVoteAbstain\": {\"value\": 0}, \"discussionMinutes\": {\"value\": \"集体讨论\"}}}";
    HttpResponse<String> bySubject = http.postJson("/engine-rest/task/" + discussion + "/submit-form", member,
        tally.formatted(all - 1, all - 1, all - 1));
    assertThat(bySubject.statusCode()).as("the subject cannot complete: " + bySubject.body()).isIn(403, 404);
    HttpResponse<String> counted = http.postJson("/engine-rest/task/" + discussion + "/submit-form",
        "committee-secretary", tally.formatted(all, all, all));
    assertThat(counted.statusCode()).as(counted.body()).isEqualTo(400);
    assertThat(counted.body()).contains("\"field\":\"reportVoteDue\"", "不含应当回避的冯海燕");
    HttpResponse<String> recused = http.postJson("/engine-rest/task/" + discussion + "/submit-form",
        "committee-secretary", tally.formatted(all - 1, all - 1, all - 1));
    assertThat(recused.statusCode()).as(recused.body()).isEqualTo(204);
    runJobs(pi);

    String decide = task(pi, "Task_Decide").getId();
    assertThat(tasks.getIdentityLinksForTask(decide)).extracting(IdentityLink::getUserId).doesNotContain(member);
    assertThat(tasks.getIdentityLinksForTask(decide)).extracting(IdentityLink::getGroupId).doesNotContain("C1.committee");
    assertThat(get(member, "/task?processInstanceId=" + pi.getId()).body()).isEqualTo("[]");
  }
}
