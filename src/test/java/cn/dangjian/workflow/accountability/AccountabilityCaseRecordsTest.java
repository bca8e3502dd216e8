package cn.dangjian.workflow.accountability;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.workflow.records.DossierVerification;
import cn.dangjian.workflow.records.DossierVerifier;
import cn.dangjian.workflow.records.RecordAttachmentReader;
import cn.dangjian.workflow.records.StoredRecord;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The signed records of a full 问责 case with an appeal: one dossier under the case number, its hash chain and
 * signatures intact, the decision carrying each measure's 四种形态 category and the restriction periods, the
 * restriction processes' records in the same dossier, closed by the index.
 */
class AccountabilityCaseRecordsTest extends AccountabilityCaseScenario {

  @Autowired DossierVerifier verifier;
  @Autowired RecordAttachmentReader attachments;

  private String data(StoredRecord record) {
    return new String(attachments.read(records.pdf(record.id()).orElseThrow()).orElseThrow(), StandardCharsets.UTF_8);
  }

  @Test
  void theDossierOfAFullCaseIsSignedChainedAndClosed() {
    ProcessInstance pi = new AccountabilityCasePaths(this).fullWithAppeal();
    String key = (String) variable(pi, "caseNumber");
    DossierVerification verification = verifier.verify(key);
    assertThat(verification.intact()).as("%s", verification).isTrue();
    assertThat(verification.recordCount()).isEqualTo(dossier(pi).size());
    StoredRecord decision = records.byBusinessKey(key).stream()
        .filter(r -> r.recordType().equals("accountability.decision")).findFirst().orElseThrow();
    assertThat(decision.title()).isEqualTo("问责决定书");
    assertThat(data(decision)).contains("警告：第二种形态；诫勉：第一种形态").contains("另违反工作纪律，并处警告")
        .contains("restrictionSummary");
    assertThat(records.byBusinessKey(key).stream().filter(r -> r.recordType().equals("accountability.restriction-ended"))
        .map(StoredRecord::processInstanceId)).hasSize(2).doesNotContain(pi.getId());
    assertThat(dossier(pi).get(dossier(pi).size() - 1)).isEqualTo("accountability.dossier-index");
  }
}
