package cn.dangjian.workflow.records;

import cn.dangjian.workflow.records.RecordContent.Block;
import cn.dangjian.workflow.records.RecordContent.Table;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 归档目录: the one definition of a dossier index. It lists every record of the dossier before it
 * (position, title, date, SHA-256) and then itself; its {@link DossierIndexFamily} adds the letterhead
 * and the closing summary. An index is a record like any other (signed, in the chain) and it closes the
 * dossier: {@link RecordIssuer} appends nothing after it. A process writes it in a step whose
 * {@code recordType} is the family's type, e.g. {@code records.dossier-index}.
 */
public final class DossierIndexTemplate implements RecordTemplate {

  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  static final List<String> COLUMNS = List.of("序号", "文书", "日期", "SHA-256 摘要");
  static final String THIS_INDEX = "（本目录）";

  private final DossierIndexFamily family;
  private final RecordStore store;

  public DossierIndexTemplate(DossierIndexFamily family, RecordStore store) {
    this.family = family;
    this.store = store;
  }

  @Override
  public String recordType() {
    return family.recordType();
  }

  @Override
  public String typeName() {
    return family.title();
  }

  @Override
  public RecordContent compose(RecordSource source) {
    String dossierKey = StoredRecord.dossierKeyOf(source.businessKey(), source.processInstanceId());
    List<StoredRecord> records = store.dossier(dossierKey);
    if (records.isEmpty()) {
      throw new RecordDataException(recordType(), "businessKey", "案卷 " + dossierKey + " 中没有文书，无法编制归档目录");
    }
    Letterhead letterhead = family.letterhead(source);
    List<List<String>> rows = new ArrayList<>();
    List<Map<String, Object>> listed = new ArrayList<>();
    for (StoredRecord record : records) {
      rows.add(List.of(Integer.toString(record.chainPosition()), record.title(),
          LocalDate.ofInstant(record.createdAt(), CHINA).toString(), record.sha256()));
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("position", record.chainPosition());
      item.put("recordId", record.id());
      item.put("recordType", record.recordType());
      item.put("title", record.title());
      item.put("createdAt", record.createdAt());
      item.put("sha256", record.sha256());
      listed.add(item);
    }
    int ownPosition = records.get(records.size() - 1).chainPosition() + 1;
    rows.add(List.of(Integer.toString(ownPosition), family.title(), letterhead.issueDate().toString(), THIS_INDEX));

    List<Block> blocks = new ArrayList<>(letterhead.header());
    blocks.add(new Table(COLUMNS, rows));
    blocks.addAll(family.closingSummary(source));
    Map<String, Object> data = new LinkedHashMap<>(letterhead.data());
    data.put("dossierKey", dossierKey);
    data.put("entries", records.size() + 1);
    data.put("records", listed);
    return new RecordContent(letterhead.organisationName(), family.title(), null, blocks,
        letterhead.issueDate(), data, letterhead.numbering());
  }
}
