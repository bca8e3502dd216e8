package cn.dangjian.workflow.records;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The auditors' HTTP contract: paths, JSON, errors, access rules and the access log. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class RecordApiTest {

  @Autowired TestRestTemplate rest;
  @Autowired RecordIssuer issuer;
  @Autowired ProbeRecordTemplate probe;
  @Autowired JdbcTemplate jdbc;
  @Autowired ObjectMapper json;

  String key;
  StoredRecord record;

  @BeforeEach
  void dossier() {
    key = RecordWriterProcessTest.uniqueKey();
    record = issuer.issue(new RecordSource(ProbeRecordTemplate.TYPE, key, "pi-" + key, "TestRecordsProbe",
        "Task_WriteReceipt", Instant.now(), "b1-secretary", Map.of("applicantName", "王喆")), probe);
  }

  @Test
  void anonymousGets401() throws Exception {
    for (String path : List.of("/api/records?businessKey=" + key, "/api/records/" + record.id() + "/pdf",
        "/api/records/" + record.id() + "/verification", "/api/dossiers", "/api/dossiers/" + key)) {
      ResponseEntity<String> response = rest.exchange(path, HttpMethod.GET, new HttpEntity<>(jsonHeaders()), String.class);
      assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
      assertThat(json.readTree(response.getBody()).path("status").asInt()).isEqualTo(401);
    }
  }

  @Test
  void aMemberWithoutDossierDutiesGets403() throws Exception {
    for (String path : List.of("/api/records?businessKey=" + key, "/api/records/" + record.id() + "/pdf",
        "/api/records/" + record.id() + "/verification", "/api/dossiers", "/api/dossiers/" + key)) {
      ResponseEntity<String> response = as("b1-member1").getForEntity(path, String.class);
      assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(json.readTree(response.getBody()).path("message").asText()).contains("无权访问");
    }
  }

  @Test
  void wrongPasswordGets401() {
    // an unknown user: a wrong password for a real one would delay that user's next logins (Camunda)
    ResponseEntity<String> response = rest.withBasicAuth("no-such-user", "wrong")
        .getForEntity("/api/records?businessKey=" + key, String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void auditorListsRecordsByBusinessKeyAndByProcessInstance() throws Exception {
    for (String query : List.of("businessKey=" + key, "processInstanceId=pi-" + key)) {
      ResponseEntity<String> response = as("auditor").getForEntity("/api/records?" + query, String.class);
      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
      JsonNode list = json.readTree(response.getBody());
      assertThat(list).hasSize(1);
      JsonNode item = list.get(0);
      assertThat(item.path("id").asText()).isEqualTo(record.id());
      assertThat(item.path("type").asText()).isEqualTo(ProbeRecordTemplate.TYPE);
      assertThat(item.path("title").asText()).isEqualTo("入党申请受理回执");
      assertThat(item.path("businessKey").asText()).isEqualTo(key);
      assertThat(item.path("processInstanceId").asText()).isEqualTo("pi-" + key);
      assertThat(item.path("createdAt").asText()).isNotBlank();
      assertThat(item.path("sha256").asText()).isEqualTo(record.sha256());
    }
  }

  @Test
  void auditorDownloadsPdfWithChineseFileName() {
    ResponseEntity<byte[]> response = as("auditor").getForEntity("/api/records/" + record.id() + "/pdf", byte[].class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PDF)).isTrue();
    String disposition = response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
    assertThat(disposition).startsWith("attachment;").contains("filename=\"record-" + record.id() + ".pdf\"");
    String encoded = disposition.substring(disposition.indexOf("filename*=UTF-8''") + "filename*=UTF-8''".length());
    assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8)).isEqualTo("入党申请受理回执.pdf");
    assertThat(RecordIssuer.sha256(response.getBody())).isEqualTo(record.sha256());
  }

  @Test
  void verificationReportsValidSignatureAndIntactChain() throws Exception {
    ResponseEntity<String> response = as("auditor").getForEntity("/api/records/" + record.id() + "/verification", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode body = json.readTree(response.getBody());
    assertThat(body.path("signatureValid").asBoolean()).isTrue();
    assertThat(body.path("hashMatches").asBoolean()).isTrue();
    assertThat(body.path("chainIntact").asBoolean()).isTrue();
    assertThat(body.path("details")).isEmpty();
  }

  @Test
  void verificationReportsTamperedRecord() throws Exception {
    byte[] pdf = jdbc.queryForObject("SELECT pdf FROM dj_record WHERE id = ?", byte[].class, record.id());
    pdf[200] ^= 0x01;
    jdbc.update("UPDATE dj_record SET pdf = ? WHERE id = ?", pdf, record.id());
    JsonNode body = json.readTree(as("auditor").getForEntity("/api/records/" + record.id() + "/verification",
        String.class).getBody());
    assertThat(body.path("signatureValid").asBoolean()).isFalse();
    assertThat(body.path("hashMatches").asBoolean()).isFalse();
    assertThat(body.path("chainIntact").asBoolean()).isFalse();
    assertThat(body.path("firstBrokenLink").path("recordId").asText()).isEqualTo(record.id());
  }

  @Test
  void unknownIdGets404Json() throws Exception {
    for (String path : List.of("/api/records/00000000-0000-0000-0000-000000000000/pdf",
        "/api/records/00000000-0000-0000-0000-000000000000/verification", "/api/dossiers/NO-SUCH-CASE",
        "/api/dossiers/NO-SUCH-CASE/verification")) {
      ResponseEntity<String> response = as("auditor").getForEntity(path, String.class);
      assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
      assertThat(json.readTree(response.getBody()).path("status").asInt()).isEqualTo(404);
    }
  }

  @Test
  void malformedParametersGet400NamingTheField() throws Exception {
    assertField("/api/records/not-a-uuid/pdf", "id");
    assertField("/api/records/not-a-uuid/verification", "id");
    assertField("/api/records", "businessKey");
    assertField("/api/records?businessKey=a&processInstanceId=b", "businessKey");
    assertField("/api/records?processInstanceId=bad id!", "processInstanceId");
    assertField("/api/dossiers?limit=0", "limit");
    assertField("/api/dossiers?limit=abc", "limit");
  }

  @Test
  void downloadsAndVerificationsAreLogged() {
    as("auditor").getForEntity("/api/records/" + record.id() + "/pdf", byte[].class);
    as("demo").getForEntity("/api/records/" + record.id() + "/verification", String.class);
    as("auditor").getForEntity("/api/dossiers/" + key + "/verification", String.class);
    List<Map<String, Object>> log = jdbc.queryForList(
        "SELECT username, action, outcome, accessed_at FROM dj_record_access WHERE record_id = ? OR dossier_key = ? ORDER BY id",
        record.id(), key);
    List<String> lines = new ArrayList<>();
    for (Map<String, Object> row : log) {
      lines.add(row.get("USERNAME") + " " + row.get("ACTION") + " " + row.get("OUTCOME"));
      assertThat(row.get("ACCESSED_AT")).isNotNull();
    }
    assertThat(lines).contains("auditor DOWNLOAD_RECORD OK", "demo VERIFY_RECORD OK", "auditor VERIFY_DOSSIER OK");
  }

  @Test
  void administratorExportsDossierZip() throws Exception {
    ResponseEntity<byte[]> response = as("demo").getForEntity("/api/dossiers/" + key, byte[].class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.parseMediaType("application/zip"))).isTrue();
    List<String> names = new ArrayList<>();
    JsonNode manifest = null;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(response.getBody()))) {
      for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
        names.add(entry.getName());
        if (entry.getName().equals("manifest.json")) {
          manifest = json.readTree(zip.readAllBytes());
        }
      }
    }
    assertThat(names).as("an open dossier has no index yet").containsExactlyInAnyOrder("manifest.json",
        DossierService.fileName(record));
    assertThat(manifest.path("closed").asBoolean()).isFalse();
    assertThat(manifest.path("index").isNull()).isTrue();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dj_record WHERE dossier_key = ?", Integer.class, key))
        .as("exporting wrote nothing").isEqualTo(1);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dj_record_access WHERE dossier_key = ? AND action = 'EXPORT_DOSSIER'",
        Integer.class, key)).isEqualTo(1);
  }

  @Test
  void dossierListShowsTheCase() throws Exception {
    JsonNode list = json.readTree(as("auditor").getForEntity("/api/dossiers?limit=1000", String.class).getBody());
    List<String> keys = new ArrayList<>();
    list.forEach(d -> keys.add(d.path("dossierKey").asText()));
    assertThat(keys).contains(key);
  }

  @Test
  void auditorPageIsServedToAuditorsOnly() {
    ResponseEntity<String> page = as("auditor").getForEntity("/auditor/", String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("档案查阅与核验").contains("/assets/auditor.js");
    assertThat(as("b1-secretary").getForEntity("/auditor/", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.getForEntity("/assets/auditor.js", String.class).getBody()).contains("X-Requested-With");
  }

  @Test
  void openApiDocumentsTheRecordPaths() throws Exception {
    ResponseEntity<String> response = as("demo").getForEntity("/v3/api-docs", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode paths = json.readTree(response.getBody()).path("paths");
    assertThat(paths.has("/api/records")).isTrue();
    assertThat(paths.has("/api/records/{id}/pdf")).isTrue();
    assertThat(paths.has("/api/records/{id}/verification")).isTrue();
    assertThat(paths.has("/api/dossiers/{businessKey}")).isTrue();
  }

  private void assertField(String path, String field) throws Exception {
    ResponseEntity<String> response = as("auditor").getForEntity(path, String.class);
    assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(response.getBody()).path("field").asText()).as(path).isEqualTo(field);
  }

  private TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, user);
  }

  private static HttpHeaders jsonHeaders() {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.APPLICATION_JSON));
    return headers;
  }
}
