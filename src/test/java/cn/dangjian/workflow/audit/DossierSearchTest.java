package cn.dangjian.workflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.workflow.membership.MemberDevelopmentScenario;
import cn.dangjian.workflow.support.HttpClientSupport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 15, item 11: the dossier list is searched by case number and by the person the case is about (the applicant
 * of a member development case), for those who may read the dossier only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class DossierSearchTest {

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;

  HttpClientSupport http;
  ProcessInstance instance;
  String applicant;

  @BeforeEach
  void aCaseWithRecords() {
    http = new HttpClientSupport(port);
    applicant = "欧阳" + "明珠慧芳晓霞".charAt((int) (System.nanoTime() % 6)) + "雯";
    Map<String, Object> v = MemberDevelopmentScenario.application(applicant,
        LocalDate.of(1995, 5, 5), LocalDate.now().minusDays(2), "C1-B1");
    instance = runtime.startProcessInstanceByKey("memberDevelopment", v);
    for (Job job : management.createJobQuery().processInstanceId(instance.getId()).executable().list()) {
      management.executeJob(job.getId());
    }
  }

  @Test
  void findsTheDossierByTheApplicantsNameAndByItsCaseNumber() throws Exception {
    JsonNode byName = search(applicant, "auditor");
    assertThat(byName).extracting(d -> d.path("dossierKey").asText()).contains(instance.getBusinessKey());
    assertThat(byName).allSatisfy(d -> assertThat(d.path("subject").asText()).contains(applicant));

    String numberPart = instance.getBusinessKey().substring(instance.getBusinessKey().lastIndexOf('-') - 4);
    JsonNode byNumber = search(numberPart.toLowerCase(), "auditor");
    assertThat(byNumber).extracting(d -> d.path("dossierKey").asText()).containsExactly(instance.getBusinessKey());
    assertThat(byNumber.get(0).path("subject").asText()).isEqualTo(applicant);

    assertThat(search("没有这样的人名", "auditor")).isEmpty();
    assertThat(search("%", "auditor")).as("a wildcard is searched for as a character").isEmpty();
  }

  @Test
  void theSearchFindsOnlyWhatTheReaderMaySee() throws Exception {
    assertThat(search(applicant, "b1-secretary")).extracting(d -> d.path("dossierKey").asText())
        .contains(instance.getBusinessKey());
    assertThat(search(applicant, "b2-secretary")).as("another branch's secretary").isEmpty();
  }

  @Test
  void aSearchTermLongerThanFiftyCharactersIsRefusedNamingTheField() throws Exception {
    HttpResponse<String> response = http.get("/api/dossiers?q=" + encode("党".repeat(51)), "auditor");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(new ObjectMapper().readTree(response.body()).toString()).contains("\"q\"").contains("检索词不能超过 50 个字");
  }

  private JsonNode search(String term, String user) throws Exception {
    HttpResponse<String> response = http.get("/api/dossiers?q=" + encode(term), user);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return new ObjectMapper().readTree(response.body());
  }

  private static String encode(String term) {
    return URLEncoder.encode(term, StandardCharsets.UTF_8);
  }
}
