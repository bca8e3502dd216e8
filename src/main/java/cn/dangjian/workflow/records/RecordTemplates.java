package cn.dangjian.workflow.records;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/** All {@link RecordTemplate} beans by record type; two templates for one type stop startup. */
@Component
public class RecordTemplates {

  private final Map<String, RecordTemplate> byType = new TreeMap<>();

  public RecordTemplates(List<RecordTemplate> templates) {
    for (RecordTemplate template : templates) {
      RecordTemplate previous = byType.put(template.recordType(), template);
      if (previous != null) {
        throw new IllegalStateException("Two record templates for type " + template.recordType() + ": "
            + previous.getClass().getName() + " and " + template.getClass().getName());
      }
    }
  }

  public RecordTemplate get(String recordType) {
    RecordTemplate template = byType.get(recordType);
    if (template == null) {
      throw new IllegalArgumentException("未知的文书类型 " + recordType + "：没有相应的文书模板 (RecordTemplate)。"
          + "已有类型：" + String.join("、", byType.keySet()));
    }
    return template;
  }

  /** The Chinese name of a record type; the type itself for a type no template knows any more. */
  public String typeName(String recordType) {
    RecordTemplate template = byType.get(recordType);
    return template == null ? recordType : template.typeName();
  }

  public boolean has(String recordType) {
    return byType.containsKey(recordType);
  }

  /** Whether records of this type are a dossier index (归档目录), which closes its dossier. */
  public boolean isDossierIndex(String recordType) {
    return recordType != null && byType.get(recordType) instanceof DossierIndexTemplate;
  }
}
