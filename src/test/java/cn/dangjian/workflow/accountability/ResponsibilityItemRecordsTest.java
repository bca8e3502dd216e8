package cn.dangjian.workflow.accountability;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.workflow.records.DossierVerification;
import cn.dangjian.workflow.records.DossierVerifier;
import cn.dangjian.workflow.records.RecordAttachmentReader;
import cn.dangjian.workflow.records.RecordStore;
import cn.dangjian.workflow.records.StoredRecord;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The signed records of a responsibility item driven up the whole ladder with the real record writer (the same
 * context as the 问责 case tests): 提醒函, 督办函, 约谈记录 with its minutes, 通报, 问责建议书 and the decision on the
 * proposal, each under its Chinese title in the item's one dossier, signatures and hash chain intact.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ResponsibilityItemRecordsTest extends ResponsibilityItemDriver {

  @Autowired RecordStore store;
  @Autowired DossierVerifier verifier;
  @Autowired RecordAttachmentReader attachments;

  @Override
  protected List<String> recordTypes(String processInstanceId) {
    return records(processInstanceId).stream().map(StoredRecord::recordType).toList();
  }

  private List<StoredRecord> records(String processInstanceId) {
    String key = history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult()
        .getBusinessKey();
    return store.byBusinessKey(key);
  }

  private String data(StoredRecord record) {
    return new String(attachments.read(store.pdf(record.id()).orElseThrow()).orElseThrow(), StandardCharsets.UTF_8);
  }

  @Test
  void theWholeLadderWritesEveryLetterSignedIntoOneIntactDossier() {
    Item item = newItem().start();
    ResponsibilityItemPaths.LADDER.forEach(item::reach);
    item.overdueReminder().supervisionLetter().admonitionTalk().circulation().proposal().decideProposal("decline");
    item.completeOn(today());

    assertThat(item.records()).containsExactly("responsibility.assignment", "responsibility.overdue-reminder",
        "responsibility.supervision-letter", "responsibility.admonition-talk", "responsibility.circulation",
        "responsibility.accountability-proposal", "responsibility.proposal-decision", "responsibility.completion",
        "responsibility.dossier-index");
    Map<String, StoredRecord> byType = new LinkedHashMap<>();
    records(item.pi.getId()).forEach(r -> byType.put(r.recordType(), r));
    assertThat(byType.get("responsibility.overdue-reminder").title()).isEqualTo("提醒函");
    assertThat(byType.get("responsibility.supervision-letter").title()).isEqualTo("督办函");
    assertThat(byType.get("responsibility.admonition-talk").title()).isEqualTo("约谈记录");
    assertThat(byType.get("responsibility.circulation").title()).isEqualTo("通报");
    assertThat(byType.get("responsibility.accountability-proposal").title()).isEqualTo("问责建议书");
    assertThat(byType.get("responsibility.proposal-decision").title()).isEqualTo("关于是否启动问责的决定");
    assertThat(byType.get("responsibility.dossier-index").title()).isEqualTo("责任清单事项归档目录");

    assertThat(data(byType.get("responsibility.admonition-talk"))).contains("约谈王喆同志，指出逾期问题，本人表示立即整改。", "周建国");
    assertThat(data(byType.get("responsibility.circulation"))).contains("第一党支部未按期落实“三会一课”制度，予以通报。");
    assertThat(data(byType.get("responsibility.accountability-proposal"))).contains("建议对第一党支部启动问责");
    assertThat(data(byType.get("responsibility.proposal-decision"))).contains("不启动问责", "逾期系客观原因所致");

    DossierVerification verification = verifier.verify(item.pi.getBusinessKey());
    assertThat(verification.intact()).as("%s", verification).isTrue();
    assertThat(verification.recordCount()).isEqualTo(9);
    assertThat(verification.records()).allSatisfy(check -> {
      assertThat(check.signatureValid()).as(check.title()).isTrue();
      assertThat(check.hashMatches()).as(check.title()).isTrue();
      assertThat(check.linkIntact()).as(check.title()).isTrue();
    });
    assertThat(verification.records()).extracting(DossierVerification.RecordCheck::title).contains("提醒函", "督办函",
        "约谈记录", "通报", "问责建议书", "关于是否启动问责的决定");
  }
}
