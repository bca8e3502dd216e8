package cn.dangjian.workflow.records;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.workflow.audit.RecordAccessLog;
import cn.dangjian.workflow.membership.TestIds;
import cn.dangjian.workflow.support.HttpClientSupport;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Those who assemble the dossiers (细则第三十七条) read them, read only, every read logged: the secretary of C1-B1 its
 * own branch's cases, the 党委's 组织委员 and the 组织部门 (C1-OD) the cases of every branch below C1; another
 * branch's dossier and a confidential case are 404 to them, and a member without those duties gets 403.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class DossierAssemblersAccessTest {

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired RecordIssuer issuer;
  @Autowired ProbeRecordTemplate probe;
  @Autowired RecordAccessLog accessLog;

  HttpClientSupport http;
  StoredRecord branch1;
  StoredRecord branch2;
  StoredRecord confidential;

  @BeforeEach
  void cases() {
    http = new HttpClientSupport(port);
    branch1 = recordOf(memberDevelopmentCase("C1-B1"));
    branch2 = recordOf(memberDevelopmentCase("C1-B2"));
    confidential = recordOf(runtime.startProcessInstanceByKey("confidentialProbe",
        "CONF-" + RecordWriterProcessTest.uniqueKey(), Map.of("organisationCode", "C1-B1")));
  }

  private ProcessInstance memberDevelopmentCase(String branch) {
    LocalDate birth = LocalDate.of(1997, 7, 7);
    Map<String, Object> v = new HashMap<>();
    v.putAll(Map.of("applicantName", "郭佳", "gender", "女", "ethnicity", "汉族", "birthDate", birth.toString(),
        "idCardNumber", TestIds.idCard(birth, false), "education", "大学本科", "unit", "社区", "phone", "13912345678",
        "applicationDate", "2025-03-03", "branchCode", branch));
    return runtime.startProcessInstanceByKey("memberDevelopment", v);
  }

  private StoredRecord recordOf(ProcessInstance instance) {
    return issuer.issue(new RecordSource(ProbeRecordTemplate.TYPE, instance.getBusinessKey(), instance.getId(),
        "memberDevelopment", "Task_WriteReceipt", Instant.now(), "b1-secretary", Map.of("applicantName", "郭佳")), probe);
  }

  private int status(String path, String user) {
    return http.get(path, user).statusCode();
  }

  private void reads(String user, StoredRecord record) {
    String key = record.businessKey();
    assertThat(status("/api/dossiers/" + key, user)).as(user + " exports " + key).isEqualTo(200);
    assertThat(status("/api/dossiers/" + key + "/verification", user)).isEqualTo(200);
    assertThat(status("/api/records/" + record.id() + "/pdf", user)).isEqualTo(200);
    assertThat(status("/api/records/" + record.id() + "/verification", user)).isEqualTo(200);
    assertThat(http.get("/api/records?businessKey=" + key, user).body()).contains(record.id());
    assertThat(http.get("/api/dossiers?limit=1000", user).body()).contains("\"" + key + "\"");
    assertThat(http.postJson("/api/dossiers/" + key, user, "{}").statusCode()).as("read only").isIn(403, 405);
  }

  private void seesNothingOf(String user, StoredRecord record) {
    String key = record.businessKey();
    assertThat(status("/api/dossiers/" + key, user)).as(user + " exports " + key).isEqualTo(404);
    assertThat(status("/api/dossiers/" + key + "/verification", user)).isEqualTo(404);
    assertThat(status("/api/records/" + record.id(), user)).isEqualTo(404);
    assertThat(status("/api/records/" + record.id() + "/pdf", user)).isEqualTo(404);
    assertThat(status("/api/records/" + record.id() + "/verification", user)).isEqualTo(404);
    assertThat(http.get("/api/records?businessKey=" + key, user).body()).isEqualTo("[]");
    assertThat(http.get("/api/records?processInstanceId=" + record.processInstanceId(), user).body()).isEqualTo("[]");
    assertThat(http.get("/api/dossiers?limit=1000", user).body()).doesNotContain("\"" + key + "\"");
  }

  @Test
  void theBranchSecretaryReadsOwnBranchsDossiersOnly() {
    reads("b1-secretary", branch1);
    seesNothingOf("b1-secretary", branch2);
    seesNothingOf("b1-secretary", confidential);
    reads("b2-secretary", branch2);
    seesNothingOf("b2-secretary", branch1);
  }

  @Test
  void theCommitteesOrganiserAndTheOrganisationDepartmentReadTheBranchesBelow() {
    for (String user : List.of("committee-organiser", "od-officer")) {
      reads(user, branch1);
      reads(user, branch2);
      seesNothingOf(user, confidential);
    }
  }

  @Test
  void othersGet403AndEveryReadIsLogged() {
    for (String user : List.of("b1-member1", "b1-organiser", "inspector")) {
      assertThat(status("/api/dossiers/" + branch1.businessKey(), user)).as(user).isEqualTo(403);
      assertThat(status("/api/records/" + branch1.id() + "/pdf", user)).as(user).isEqualTo(403);
    }
    assertThat(status("/api/dossiers/" + branch1.businessKey(), "b1-secretary")).isEqualTo(200);
    assertThat(status("/api/records/" + branch2.id() + "/pdf", "b1-secretary")).isEqualTo(404);
    List<RecordAccessLog.Entry> log = accessLog.recent(20);
    assertThat(log).anySatisfy(e -> {
      assertThat(e.username()).isEqualTo("b1-secretary");
      assertThat(e.action()).isEqualTo("EXPORT_DOSSIER");
      assertThat(e.dossierKey()).isEqualTo(branch1.businessKey());
      assertThat(e.outcome()).isEqualTo("OK");
    });
    assertThat(log).anySatisfy(e -> {
      assertThat(e.username()).isEqualTo("b1-secretary");
      assertThat(e.action()).isEqualTo("DOWNLOAD_RECORD");
      assertThat(e.recordId()).isEqualTo(branch2.id());
      assertThat(e.outcome()).isEqualTo("NOT_FOUND");
    });
  }
}
