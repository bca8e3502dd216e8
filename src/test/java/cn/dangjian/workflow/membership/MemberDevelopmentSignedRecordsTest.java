package cn.dangjian.workflow.membership;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.workflow.records.DossierVerification;
import cn.dangjian.workflow.records.DossierVerifier;
import cn.dangjian.workflow.records.PdfArchiver;
import cn.dangjian.workflow.records.RecordQueries;
import cn.dangjian.workflow.records.RecordStore;
import cn.dangjian.workflow.records.StoredRecord;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
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

  @Override
  protected List<String> recordsOf(ProcessInstance pi) {
    return storedRecords(pi).stream().map(StoredRecord::recordType).toList();
  }

  @Test
  void convertedCaseLeavesASignedVerifiableDossierWhoseIndexListsEveryRecord() throws Exception {
    Case c = newCase().start().talk(LocalDate.of(2025, 3, 10)).activist(LocalDate.of(2025, 4, 15), "designate")
        .file("Task_FileActivist", LocalDate.of(2025, 4, 20)).contactPersons(LocalDate.of(2025, 4, 21));
    assertThat(recordsOf(c.pi)).startsWith("membership.application-receipt", "membership.talk-record");
    assertThat(text(storedRecords(c.pi).get(0))).contains("林晓", "入党申请受理回执");

    c.probationEnds(LocalDate.of(2026, 4, 22)).train(LocalDate.of(2026, 4, 22), false)
        .developmentTarget(LocalDate.of(2026, 4, 23), "designate")
        .file("Task_FileDevelopmentTarget", LocalDate.of(2026, 4, 24)).sponsors(LocalDate.of(2026, 4, 25))
        .politicalReview(LocalDate.of(2026, 5, 6), "passed").shortTraining(LocalDate.of(2026, 5, 11), 3, 24)
        .branchCommitteeReview(LocalDate.of(2026, 5, 15), "approve").preReview(LocalDate.of(2026, 5, 20), "pass")
        .admissionForm(LocalDate.of(2026, 5, 22)).admissionVote(LocalDate.of(2026, 5, 25), 7, 6, 5, 1, 0)
        .committeeTalk(LocalDate.of(2026, 6, 1)).approval(LocalDate.of(2026, 6, 10), "approve")
        .file("Task_FileAdmission", LocalDate.of(2026, 6, 12)).partyGroup(LocalDate.of(2026, 6, 15))
        .oath(LocalDate.of(2026, 6, 20)).probationEnds(LocalDate.of(2027, 5, 25))
        .conversionApplication(LocalDate.of(2027, 5, 25)).conversionVote(LocalDate.of(2027, 6, 1), "convert", null, 7, 7)
        .conversionApproval(LocalDate.of(2027, 6, 15), "convert", null).archive(LocalDate.of(2027, 6, 20));

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
    try (PDDocument document = Loader.loadPDF(store.pdf(record.id()).orElseThrow())) {
      return new ObjectMapper().readTree(PdfArchiver.readAttachment(document));
    }
  }
}
