package cn.dangjian.workflow.casework;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.workflow.support.HttpClientSupport;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The confidential policy: a report about someone in branch C1-B1 is seen by the 纪委 (C1-D) only, never by the
 * branch (its secretary may be the subject) nor by the committee above it, through the engine API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class ConfidentialCaseAccessTest {

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired CaseAccess caseAccess;
  @Autowired AuthorizationService authorizations;

  @Test
  void onlyTheDisciplineCommissionSeesAConfidentialCase() {
    String id = runtime.startProcessInstanceByKey("confidentialProbe", Map.of("organisationCode", "C1-B1")).getId();
    HttpClientSupport http = new HttpClientSupport(port);
    assertThat(caseAccess.confidentialViewers("C1-B1")).containsExactly("C1-D");
    assertThat(authorizations.createAuthorizationQuery().resourceId(id).list())
        .as("the case's grants: the 纪委 only, removed with the case's history")
        .isNotEmpty().allSatisfy(grant -> {
          assertThat(grant.getGroupId()).isEqualTo("C1-D");
          assertThat(grant.getRootProcessInstanceId()).isEqualTo(id);
        });
    for (String path : new String[] {"/engine-rest/process-instance/count?processInstanceIds=" + id,
        "/engine-rest/history/process-instance/count?processInstanceId=" + id,
        "/engine-rest/task/count?processInstanceId=" + id}) {
      assertThat(http.get(path, "inspector").body()).as("inspector " + path).isEqualTo("{\"count\":1}");
      for (String outsider : new String[] {"b1-secretary", "b1-member1", "committee-secretary"}) {
        assertThat(http.get(path, outsider).body()).as(outsider + " " + path).isEqualTo("{\"count\":0}");
      }
    }
  }
}
