package cn.dangjian.workflow.records;

import cn.dangjian.workflow.records.DossierVerification.BrokenLink;
import cn.dangjian.workflow.records.DossierVerification.RecordCheck;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Re-checks a dossier from the stored files: each PDF's hash against the register, each signature, and
 * the chain. A record's link is intact when it sits at the next position and both the register and
 * the signed file itself (its JSON attachment) name the previous record's hash. Reports the first
 * broken link: a removed record breaks the link of the one after it, an altered one its own.
 */
@Component
public class DossierVerifier {

  private final RecordStore store;
  private final RecordSignatureVerifier signatures;
  private final RecordAttachmentReader attachments;

  public DossierVerifier(RecordStore store, RecordSignatureVerifier signatures, RecordAttachmentReader attachments) {
    this.store = store;
    this.signatures = signatures;
    this.attachments = attachments;
  }

  public DossierVerification verify(String dossierKey) {
    return verify(dossierKey, Integer.MAX_VALUE);
  }

  /** Checks the chain from its start up to and including {@code lastPosition}. */
  public DossierVerification verify(String dossierKey, int lastPosition) {
    List<StoredRecord> records = store.dossier(dossierKey);
    List<RecordCheck> checks = new ArrayList<>();
    BrokenLink broken = null;
    String previousSha256 = null;
    int expected = 1;
    for (StoredRecord record : records) {
      if (record.chainPosition() > lastPosition) {
        break;
      }
      RecordCheck check = check(record, expected, previousSha256);
      checks.add(check);
      if (broken == null && !check.ok()) {
        broken = new BrokenLink(record.chainPosition(), record.id(), record.title(), check.problems().get(0));
      }
      previousSha256 = record.sha256();
      expected = record.chainPosition() + 1;
    }
    RecordStore.ChainHead registered = store.registeredHead(dossierKey);
    if (broken == null && lastPosition == Integer.MAX_VALUE && registered.position() >= expected) {
      broken = new BrokenLink(registered.position(), null, null, "案卷登记的最后一件是第 " + registered.position()
          + " 件，但第 " + expected + " 件至第 " + registered.position() + " 件缺失（文书被删除）");
    } else if (broken == null && lastPosition == Integer.MAX_VALUE && registered.position() == expected - 1
        && registered.sha256() != null && !registered.sha256().equals(previousSha256)) {
      broken = new BrokenLink(registered.position(), null, null, "案卷登记的最后一件文书摘要与现存文书不符");
    }
    return new DossierVerification(dossierKey, checks.size(), broken == null, broken, checks);
  }

  public RecordCheck check(StoredRecord record, int expectedPosition, String previousSha256) {
    List<String> problems = new ArrayList<>();
    byte[] pdf = store.pdf(record.id()).orElse(new byte[0]);
    boolean link = true;
    if (record.chainPosition() != expectedPosition) {
      link = false;
      problems.add(expectedPosition < record.chainPosition()
          ? "第 " + expectedPosition + " 件至第 " + (record.chainPosition() - 1) + " 件缺失（文书被删除）"
          : "链位置重复或错乱");
    }
    if (!Objects.equals(record.previousSha256(), previousSha256)) {
      link = false;
      problems.add("登记的前件摘要与前一件文书的摘要不符");
    }
    String actual = RecordIssuer.sha256(pdf);
    boolean hashMatches = actual.equals(record.sha256());
    if (!hashMatches) {
      problems.add("文件内容与登记的 SHA-256 摘要不符（文件被改动）");
    }
    SignatureCheck signature = signatures.verify(pdf);
    if (!signature.valid()) {
      problems.add("签名无效：" + String.join("；", signature.problems()));
    } else if (!Objects.equals(signature.certificateSha256(), record.signerFingerprint())) {
      problems.add("签名证书与登记的签名证书不符");
    }
    JsonNode embedded = embeddedChain(pdf);
    if (embedded == null) {
      link = false;
      problems.add("文件中缺少文书数据附件，无法核对摘要链");
    } else {
      String embeddedPrevious = embedded.path("previousSha256").isNull() || embedded.path("previousSha256").isMissingNode()
          ? null : embedded.path("previousSha256").asText();
      if (!Objects.equals(embeddedPrevious, previousSha256)
          || embedded.path("position").asInt() != expectedPosition
          || !record.dossierKey().equals(embedded.path("dossierKey").asText())) {
        link = false;
        problems.add("签名文件中记载的链信息（案卷、位置、前件摘要）与案卷不符");
      }
    }
    return new RecordCheck(record.chainPosition(), record.id(), record.recordType(), record.title(), record.sha256(),
        signature.valid(), hashMatches, link, signature, List.copyOf(problems));
  }

  private JsonNode embeddedChain(byte[] pdf) {
    try {
      Optional<byte[]> json = attachments.read(pdf);
      return json.isEmpty() ? null : RecordJson.read(json.get()).path("chain");
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
