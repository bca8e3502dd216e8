package cn.dangjian.workflow.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dangjian.workflow.engine.EngineContext;
import cn.dangjian.workflow.support.HttpClientSupport;
import cn.dangjian.workflow.web.InvalidInputException;
import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The start contract of {@code accountabilityCase}: the REST start and the Tasklist start form take the same
 * variables; invalid input is a 4xx naming every bad field and leaves no instance; a responsibility item's delegate
 * starts it as the engine; the start approval goes to the principal leader 第九条 names.
 */
class AccountabilityCaseStartTest extends AccountabilityCaseScenario {

  private static final String START = "/engine-rest/process-definition/key/accountabilityCase/start";

  @AfterEach
  void signOut() {
    identity.clearAuthentication();
  }

  private HttpResponse<String> restStart(String user, Map<String, Object> values) {
    StringBuilder json = new StringBuilder("{\"variables\": {");
    values.forEach((k, v) -> json.append(json.charAt(json.length() - 1) == '{' ? "" : ",").append('"').append(k)
        .append("\": {\"value\": \"").append(v).append("\", \"type\": \"String\"}"));
    return new HttpClientSupport(port).postJson(START, user, json.append("}}").toString());
  }

  private long cases() {
    return runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).count();
  }

  @Test
  void theCompetentBodyStartsACaseOverRestAndItsPrincipalLeaderApprovesIt() {
    HttpResponse<String> response = restStart("committee-secretary", individual(SUBJECT, "C1-B1"));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.body()).contains("\"businessKey\":\"WZ-C1-");
    String id = response.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
    Task approval = tasks.createTaskQuery().processInstanceId(id).singleResult();
    assertThat(approval.getTaskDefinitionKey()).isEqualTo("Task_ApproveStart");
    assertThat(tasks.getIdentityLinksForTask(approval.getId())).anySatisfy(l -> assertThat(l.getGroupId())
        .isEqualTo("C1.secretary"));
  }

  @Test
  void invalidInputIsRefusedNamingEveryFieldAndNoCaseIsCreated() {
    long before = cases();
    HttpResponse<String> form = restStart("committee-secretary", vars("subjectType", "person",
        "subjectOrganisationCode", "C1-B1", "grounds", " ", "competentOrganisationCode", "C1"));
    assertThat(form.statusCode()).as(form.body()).isEqualTo(400);
    assertThat(form.body()).contains("\"field\":\"subjectType\"", "\"field\":\"grounds\"");
    HttpResponse<String> rules = restStart("committee-secretary", vars("subjectType", "individual",
        "subjectOrganisationCode", "C1-B9", "grounds", "事由", "competentOrganisationCode", "C1-B2"));
    assertThat(rules.statusCode()).as(rules.body()).isEqualTo(400);
    assertThat(rules.body()).contains("\"field\":\"subjectOrganisationCode\"",
        "\"field\":\"competentOrganisationCode\"").contains("不能作出问责决定");
    assertThat(cases()).isEqualTo(before);

    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROCESS, vars("subjectType", "individual",
        "subjectOrganisationCode", "C1-B1", "subjectPerson", "b2-member1", "grounds", "事由",
        "competentOrganisationCode", "C1-B1")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(InvalidInputException.Problem::field).containsExactly("subjectPerson",
                "competentOrganisationCode"))
        .hasMessageContaining("不属于问责对象所在组织").hasMessageContaining("第十二条");
    assertThat(cases()).isEqualTo(before);
  }

  @Test
  void aBodyWithoutPowersOverTheSubjectCannotDecideAndAStarterMustActForTheCompetentBody() {
    long before = cases();
    HttpResponse<String> itself = restStart("committee-secretary", organisation("C1", "C1"));
    assertThat(itself.statusCode()).isEqualTo(400);
    assertThat(itself.body()).contains("competentOrganisationCode").contains("没有管理权限");
    HttpResponse<String> branch = restStart("b1-secretary", individual(SUBJECT, "C1-B1"));
    assertThat(branch.statusCode()).as(branch.body()).isEqualTo(400);
    assertThat(branch.body()).contains("competentOrganisationCode").contains("不属于该组织或其上级组织");
    HttpResponse<String> forged = restStart("committee-secretary", with(individual(SUBJECT, "C1-B1"),
        vars("caseOutcome", "closed")));
    assertThat(forged.statusCode()).isEqualTo(400);
    assertThat(forged.body()).contains("caseOutcome");
    assertThat(cases()).isEqualTo(before);
  }

  @Test
  void aResponsibilityItemStartsACaseAsTheEngineWithItsFactsAndNumber() {
    ProcessInstance pi = EngineContext.asEngine(identity, () -> runtime.startProcessInstanceByKey(PROCESS,
        vars("subjectType", "organisation", "subjectOrganisationCode", "C1-B2", "competentOrganisationCode", "C1",
            "sourceCaseNumber", "ZR-C1-2026-0007", "grounds", "责任清单事项“党员教育”逾期，提醒、督办、约谈、通报后仍未完成")));
    assertThat(runtime.getVariable(pi.getId(), "sourceCaseNumber")).isEqualTo("ZR-C1-2026-0007");
    assertThat(runtime.getVariable(pi.getId(), "subjectName")).isEqualTo("第二党支部");
    assertThat(pi.getBusinessKey()).startsWith("WZ-C1-");
    assertThat(task(pi, "Task_ApproveStart")).isNotNull();
  }

  @Test
  void aCommissionInvestigatingABranchOfItsCommitteeNeedsTheCommitteesPrincipalLeader() {
    ProcessInstance branch = start(organisation("C1-B1", "C1-D"));
    assertThat(tasks.getIdentityLinksForTask(task(branch, "Task_ApproveStart").getId()))
        .anySatisfy(l -> assertThat(l.getGroupId()).isEqualTo("C1.secretary"));
    ProcessInstance person = start(with(individual(SUBJECT, "C1-B1"), vars("competentOrganisationCode", "C1-D")));
    assertThat(tasks.getIdentityLinksForTask(task(person, "Task_ApproveStart").getId()))
        .anySatisfy(l -> assertThat(l.getGroupId()).isEqualTo("C1-D.secretary"));
  }

  @Test
  void theInvestigationGroupHasAtLeastTwoDistinctPeopleAndNotTheSubject() {
    ProcessInstance pi = start(individual(SUBJECT, "C1-B1"));
    next(1);
    String taskId = task(pi, "Task_ApproveStart").getId();
    assertThatThrownBy(() -> tasks.complete(taskId, vars("startApprovalDate", day.toString(), "startDecision",
        "approve", "startApprovalOpinion", "同意", "investigator1", "committee-member", "investigator2",
        "committee-member", "investigator3", SUBJECT)))
        .rootCause().isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(InvalidInputException.Problem::field).containsExactly("investigator2", "investigator3"))
        .hasMessageContaining("重复").hasMessageContaining("回避");
    assertThatThrownBy(() -> tasks.complete(taskId, vars("startApprovalDate", day.toString(), "startDecision",
        "approve", "startApprovalOpinion", "同意", "investigator1", "committee-member")))
        .hasMessageContaining("调查组至少由2人组成").hasMessageContaining("第十条");
    assertThat(task(pi, "Task_ApproveStart").getId()).isEqualTo(taskId);
  }
}
