package cn.dangjian.workflow.records;

import cn.dangjian.workflow.records.RecordContent.Field;
import cn.dangjian.workflow.records.RecordContent.Fields;
import cn.dangjian.workflow.records.RecordContent.Paragraph;
import cn.dangjian.workflow.records.RecordContent.Table;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * 归档目录: the index of a dossier, listing every record before it with its SHA-256. It is a record
 * like any other (signed, in the chain), made by {@link DossierService} on export or by a process step
 * with {@code recordType = records.dossier-index}.
 */
@Component
public class DossierIndexTemplate implements RecordTemplate {

  public static final String TYPE = "records.dossier-index";
  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(CHINA);

  private final RecordStore store;
  private final RecordsProperties properties;

  public DossierIndexTemplate(RecordStore store, RecordsProperties properties) {
    this.store = store;
    this.properties = properties;
  }

  @Override
  public String recordType() {
    return TYPE;
  }

  @Override
  public RecordContent compose(RecordSource source) {
    String dossierKey = StoredRecord.dossierKeyOf(source.businessKey(), source.processInstanceId());
    List<StoredRecord> records = store.dossier(dossierKey);
    if (records.isEmpty()) {
      throw new RecordDataException(TYPE, "businessKey", "案卷 " + dossierKey + " 中没有文书，无法编制归档目录");
    }
    List<List<String>> rows = new ArrayList<>();
    List<Map<String, Object>> listed = new ArrayList<>();
    for (StoredRecord record : records) {
      rows.add(List.of(String.valueOf(record.chainPosition()), record.title(), WHEN.format(record.createdAt()),
          record.sha256()));
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("position", record.chainPosition());
      item.put("recordId", record.id());
      item.put("recordType", record.recordType());
      item.put("title", record.title());
      item.put("createdAt", record.createdAt());
      item.put("sha256", record.sha256());
      listed.add(item);
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("dossierKey", dossierKey);
    data.put("recordCount", records.size());
    data.put("records", listed);
    String organisation = source.stringOr("organisationName", properties.signing().signerName());
    return new RecordContent(organisation, "归档目录", null,
        List.of(
            new Fields(List.of(new Field("案卷编号", dossierKey), new Field("文书件数", records.size() + " 件"),
                new Field("编制人", source.author()))),
            new Paragraph("本目录列明本案卷截至编制时的全部文书及其 SHA-256 摘要。各文书按形成先后组成摘要链，"
                + "每件文书记载前一件的摘要，任何一件被删除或改动均可被发现。"),
            new Table(List.of("序号", "文书名称", "形成时间", "SHA-256 摘要"), rows)),
        LocalDate.ofInstant(source.createdAt(), CHINA), data);
  }
}
