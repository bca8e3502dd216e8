package cn.dangjian.workflow.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.dangjian.workflow.records.RecordIssuer;
import cn.dangjian.workflow.records.RecordStore;
import cn.dangjian.workflow.records.RecordTemplates;
import cn.dangjian.workflow.records.StoredRecord;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A closed case's dossier, read by an auditor through the API: exporting and verifying it, twice, leaves
 * it exactly as the process closed it, with the one index the process wrote.
 */
class MemberDevelopmentClosedDossierTest extends MemberDevelopmentScenario {

  @Autowired WebApplicationContext web;
  @Autowired RecordStore store;
  @Autowired RecordTemplates templates;
  @Autowired ObjectMapper json;

  @Override
  protected List<String> recordsOf(ProcessInstance pi) {
    return store.dossier(pi.getBusinessKey()).stream().map(StoredRecord::recordType).toList();
  }

  @Test
  void exportAndVerificationOfAClosedCaseLeaveItsDossierAsTheProcessClosedIt() throws Exception {
    Case c = withdrawnCase();
    String key = c.pi.getBusinessKey();
    List<StoredRecord> closed = store.dossier(key);
    assertThat(recordsOf(c.pi)).containsExactly("membership.application", "membership.application-receipt",
        "membership.withdrawal", "membership.dossier-index");
    StoredRecord index = closed.get(closed.size() - 1);

    MockMvc mvc = MockMvcBuilders.webAppContextSetup(web).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    for (int round = 0; round < 2; round++) {
      byte[] zip = mvc.perform(get("/api/dossiers/" + key).with(httpBasic("auditor", "auditor")))
          .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
      Map<String, byte[]> entries = unzip(zip);
      assertThat(RecordIssuer.sha256(entries.get("index.pdf"))).isEqualTo(index.sha256());
      JsonNode manifest = json.readTree(entries.get("manifest.json"));
      assertThat(manifest.path("closed").asBoolean()).isTrue();
      assertThat(manifest.path("index").path("type").asText()).isEqualTo("membership.dossier-index");
      assertThat(manifest.path("recordCount").asInt()).isEqualTo(closed.size());

      mvc.perform(get("/api/dossiers/" + key + "/verification").with(httpBasic("auditor", "auditor")))
          .andExpect(status().isOk()).andExpect(jsonPath("$.intact").value(true))
          .andExpect(jsonPath("$.recordCount").value(closed.size()));
    }

    List<StoredRecord> after = store.dossier(key);
    assertThat(after).isEqualTo(closed);
    assertThat(after).filteredOn(r -> templates.isDossierIndex(r.recordType())).extracting(StoredRecord::recordType)
        .containsExactly("membership.dossier-index");
  }

  private Case withdrawnCase() {
    Case c = newCase().start();
    at(LocalDate.of(2025, 3, 20));
    runtime.createMessageCorrelation("ApplicantWithdrew").processInstanceBusinessKey(c.pi.getBusinessKey())
        .setVariable("withdrawalDate", "2025-03-20").setVariable("withdrawalReason", "个人原因").correlate();
    runJobs(c.pi);
    BpmnAwareTests.assertThat(c.pi).isEnded().hasPassed("End_Withdrawn");
    return c;
  }

  private static Map<String, byte[]> unzip(byte[] bytes) throws Exception {
    Map<String, byte[]> entries = new HashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
        entries.put(entry.getName(), zip.readAllBytes());
      }
    }
    return entries;
  }
}
