package cn.dangjian.workflow.supervision;

import cn.dangjian.workflow.records.DossierIndexFamily;
import cn.dangjian.workflow.records.Letterhead;
import cn.dangjian.workflow.records.RecordContent.Block;
import cn.dangjian.workflow.records.RecordContent.Paragraph;
import cn.dangjian.workflow.records.RecordSource;
import java.util.List;
import java.util.function.Function;

/**
 * The index closing a supervision dossier (群众台账 or 问题线索案卷归档目录) under the {@link SupervisionCaseHeader},
 * followed by how the case ended — the family says how — and whether the real-name reporter ({@code reporter}: 反映人,
 * 举报人) was told the result.
 */
record SupervisionDossierIndex(String recordType, String title, String reporter, SupervisionCaseHeader header,
    Function<RecordSource, String> outcome) implements DossierIndexFamily {

  static final String MASS_ISSUE = "massissue.dossier-index";
  static final String CLUE = "clue.dossier-index";

  @Override
  public Letterhead letterhead(RecordSource source) {
    return header.letterhead(recordType, source).withHeading("归档目录");
  }

  @Override
  public List<Block> closingSummary(RecordSource source) {
    String feedback = Boolean.TRUE.equals(source.variables().get("realName"))
        ? "已于" + source.stringOr("feedbackDate", "—") + "向实名" + reporter + "反馈处理结果。" : "匿名，无需反馈。";
    return List.of(new Paragraph(outcome.apply(source) + "。" + feedback));
  }
}
