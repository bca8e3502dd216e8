package cn.dangjian.workflow.audit;

import cn.dangjian.workflow.records.DossierVerification;
import cn.dangjian.workflow.records.DossierVerifier;
import cn.dangjian.workflow.records.RecordStore;
import cn.dangjian.workflow.records.RecordVerification;
import cn.dangjian.workflow.records.StoredRecord;
import cn.dangjian.workflow.web.FieldValidationException;
import cn.dangjian.workflow.web.NotFoundException;
import cn.dangjian.workflow.records.DossierVerification.RecordCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/** Read access to records for the API: checked parameters, 404 for unknown ids, verification of one record. */
@Service
public class RecordQueries {

  static final Pattern RECORD_ID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  static final Pattern PROCESS_INSTANCE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9:._-]{0,63}");

  private final RecordStore store;
  private final DossierVerifier verifier;

  public RecordQueries(RecordStore store, DossierVerifier verifier) {
    this.store = store;
    this.verifier = verifier;
  }

  public List<StoredRecord> list(String businessKey, String processInstanceId) {
    boolean byKey = businessKey != null;
    boolean byInstance = processInstanceId != null;
    if (byKey == byInstance) {
      throw new FieldValidationException("businessKey", "请提供 businessKey 或 processInstanceId 两者之一");
    }
    if (byKey) {
      return store.byBusinessKey(checkDossierKey("businessKey", businessKey));
    }
    if (!PROCESS_INSTANCE_ID.matcher(processInstanceId).matches()) {
      throw new FieldValidationException("processInstanceId", "processInstanceId 格式不正确");
    }
    return store.byProcessInstance(processInstanceId);
  }

  public StoredRecord get(String id) {
    checkRecordId(id);
    return store.find(id).orElseThrow(() -> new NotFoundException("文书不存在：" + id));
  }

  public byte[] pdf(StoredRecord record) {
    return store.pdf(record.id()).orElseThrow(() -> new NotFoundException("文书不存在：" + record.id()));
  }

  public RecordVerification verify(StoredRecord record) {
    DossierVerification chain = verifier.verify(record.dossierKey(), record.chainPosition());
    RecordCheck own = chain.records().stream().filter(c -> c.recordId().equals(record.id())).findFirst()
        .orElseGet(() -> verifier.check(record, record.chainPosition(), record.previousSha256()));
    List<String> details = new ArrayList<>(own.problems());
    if (chain.firstBrokenLink() != null && !chain.firstBrokenLink().recordId().equals(record.id())) {
      details.add("摘要链在第 " + chain.firstBrokenLink().position() + " 件处断开：" + chain.firstBrokenLink().problem());
    }
    return new RecordVerification(record.id(), record.dossierKey(), record.chainPosition(), own.signatureValid(),
        own.hashMatches(), chain.intact(), own.signature(), chain.firstBrokenLink(), List.copyOf(details));
  }

  static void checkRecordId(String id) {
    if (id == null || !RECORD_ID.matcher(id).matches()) {
      throw new FieldValidationException("id", "文书编号格式不正确（应为 UUID）");
    }
  }

  static String checkDossierKey(String field, String key) {
    if (key.isBlank() || key.length() > 300 || key.codePoints().anyMatch(Character::isISOControl)) {
      throw new FieldValidationException(field, field + " 格式不正确（1 至 300 个字符，不含控制字符）");
    }
    return key;
  }
}
