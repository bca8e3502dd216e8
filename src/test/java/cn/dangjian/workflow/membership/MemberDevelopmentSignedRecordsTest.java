package cn.dangjian.workflow.membership;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.workflow.records.DossierVerification;
import cn.dangjian.workflow.records.DossierVerifier;
import cn.dangjian.workflow.records.RecordAttachmentReader;
import cn.dangjian.workflow.audit.RecordQueries;
import cn.dangjian.workflow.records.RecordStore;
import cn.dangjian.workflow.records.StoredRecord;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One case from application to conversion with the real records subsystem: every step's document is a
 * signed record in the case's dossier, the chain verifies, and the 归档目录 (step 25) lists every record
 * with its hash.
 */
class MemberDevelopmentSignedRecordsTest extends MemberDevelopmentScenario {

  @Autowired RecordQueries records;
  @Autowired RecordStore store;
  @Autowired DossierVerifier verifier;
  @Autowired RecordAttachmentReader attachments;

  @Override
  protected List<String> recordsOf(ProcessInstance pi) {
    return storedRecords(pi).stream().map(StoredRecord::recordType).toList();
  }

  @Test
  void convertedCaseLeavesASignedVerifiableDossierWhoseIndexListsEveryRecord() throws Exception {
    Case c = convertedCase();
    assertThat(recordsOf(c.pi)).startsWith("membership.application", "membership.application-receipt",
        "membership.talk-record");
    assertThat(text(storedRecords(c.pi).get(0))).contains("林晓", "入党申请书");
    assertThat(text(storedRecords(c.pi).get(1))).contains("林晓", "入党申请受理回执");
    String receipt = text(storedRecords(c.pi).get(1)).replaceAll("\\s", "");
    assertThat(receipt).as("the branch's 文号, the case number as a reference")
        .containsPattern("第一党支部〔\\d{4}〕\\d+号").contains("案件编号" + c.pi.getBusinessKey())
        .doesNotContain("〕" + c.pi.getBusinessKey());

    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(c.pi).isEnded().hasPassed("End_Converted");
    List<StoredRecord> dossier = storedRecords(c.pi);
    assertThat(dossier).extracting(StoredRecord::recordType).contains("membership.admission-resolution",
        "membership.conversion-approval").last().isEqualTo("membership.dossier-index");
    assertThat(dossier).extracting(StoredRecord::businessKey).containsOnly(c.pi.getBusinessKey());

    DossierVerification verification = verifier.verify(c.pi.getBusinessKey());
    assertThat(verification.intact()).as(String.valueOf(verification.firstBrokenLink())).isTrue();
    assertThat(verification.recordCount()).isEqualTo(dossier.size());
    assertThat(records.verify(dossier.get(0)).signatureValid()).isTrue();

    StoredRecord index = dossier.get(dossier.size() - 1);
    JsonNode listed = attachment(index).path("data").path("records");
    List<String> listedHashes = new ArrayList<>();
    listed.forEach(entry -> listedHashes.add(entry.path("sha256").asText()));
    assertThat(listedHashes).containsExactlyElementsOf(
        dossier.subList(0, dossier.size() - 1).stream().map(StoredRecord::sha256).toList());
    assertThat(text(index)).contains("归档目录", "已转为正式党员");

    StoredRecord resolution = dossier.stream().filter(r -> r.recordType().equals("membership.admission-resolution"))
        .findFirst().orElseThrow();
    assertThat(text(resolution)).as("the resolution shows the arithmetic").contains("应到", "实到", "赞成");
  }

  private List<StoredRecord> storedRecords(ProcessInstance pi) {
    return records.list(null, pi.getId());
  }

  private String text(StoredRecord record) throws Exception {
    try (PDDocument document = Loader.loadPDF(store.pdf(record.id()).orElseThrow())) {
      return new PDFTextStripper().getText(document);
    }
  }

  private JsonNode attachment(StoredRecord record) throws Exception {
    return new ObjectMapper().readTree(attachments.read(store.pdf(record.id()).orElseThrow()).orElseThrow());
  }
}
