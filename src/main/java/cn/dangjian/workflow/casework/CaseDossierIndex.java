package cn.dangjian.workflow.casework;

import cn.dangjian.workflow.records.DossierIndexFamily;
import cn.dangjian.workflow.records.Letterhead;
import cn.dangjian.workflow.records.RecordContent.Block;
import cn.dangjian.workflow.records.RecordContent.Heading;
import cn.dangjian.workflow.records.RecordSource;
import java.util.List;
import java.util.function.Function;

/**
 * The dossier index of a platform case under its family's {@link CaseRecordHeader}, followed by how the case
 * ended (结案情况), which the family says.
 */
public record CaseDossierIndex(String recordType, String title, CaseRecordHeader header,
    Function<RecordSource, List<Block>> closing) implements DossierIndexFamily {

  @Override
  public Letterhead letterhead(RecordSource source) {
    return header.letterhead(recordType, source, List.of(new Heading("归档目录")));
  }

  @Override
  public List<Block> closingSummary(RecordSource source) {
    return closing.apply(source);
  }
}
