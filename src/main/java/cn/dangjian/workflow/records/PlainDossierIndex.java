package cn.dangjian.workflow.records;

import cn.dangjian.workflow.records.RecordContent.Field;
import cn.dangjian.workflow.records.RecordContent.Fields;
import cn.dangjian.workflow.records.RecordContent.Paragraph;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The index of a dossier that belongs to no family with an index of its own
 * ({@code records.dossier-index}): issued in the signer's name, headed by the dossier's key and compiler.
 */
final class PlainDossierIndex implements DossierIndexFamily {

  static final String TYPE = "records.dossier-index";

  private final RecordsProperties properties;

  PlainDossierIndex(RecordsProperties properties) {
    this.properties = properties;
  }

  @Override
  public String recordType() {
    return TYPE;
  }

  @Override
  public String title() {
    return "归档目录";
  }

  @Override
  public Letterhead letterhead(RecordSource source) {
    String dossierKey = StoredRecord.dossierKeyOf(source.businessKey(), source.processInstanceId());
    String organisation = source.stringOr("organisationName", properties.signing().signerName());
    return new Letterhead(organisation, null, LocalDate.ofInstant(source.createdAt(), DossierIndexTemplate.CHINA),
        List.of(new Fields(List.of(new Field("案卷编号", dossierKey), new Field("编制人", source.author()))),
            new Paragraph("本目录列明本案卷的全部文书及其 SHA-256 摘要；目录编制后，本案卷不再增加文书。"
                + "各文书按形成先后组成摘要链，每件文书记载前一件的摘要，任何一件被删除或改动均可被发现。")),
        Map.of());
  }
}
