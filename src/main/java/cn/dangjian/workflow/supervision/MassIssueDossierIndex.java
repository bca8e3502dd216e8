package cn.dangjian.workflow.supervision;

import cn.dangjian.workflow.records.DossierIndexFamily;
import cn.dangjian.workflow.records.Letterhead;
import cn.dangjian.workflow.records.RecordContent.Block;
import cn.dangjian.workflow.records.RecordContent.Paragraph;
import cn.dangjian.workflow.records.RecordSource;
import java.util.List;

/** 群众台账案卷归档目录: the index closing a mass issue's dossier, with how it ended (办结情况). */
class MassIssueDossierIndex implements DossierIndexFamily {

  static final String TYPE = "massissue.dossier-index";

  private final SupervisionCaseHeader header;

  MassIssueDossierIndex(SupervisionCaseHeader header) {
    this.header = header;
  }

  @Override
  public String recordType() {
    return TYPE;
  }

  @Override
  public String title() {
    return "群众台账案卷归档目录";
  }

  @Override
  public Letterhead letterhead(RecordSource source) {
    return header.letterhead(TYPE, source).withHeading("归档目录");
  }

  @Override
  public List<Block> closingSummary(RecordSource source) {
    String outcome = MassIssueGuards.OUTCOMES.getOrDefault(source.stringOr("handlingOutcome", ""), "—");
    String feedback = Boolean.TRUE.equals(source.variables().get("realName"))
        ? "已于" + source.stringOr("feedbackDate", "—") + "向实名反映人反馈。" : "匿名反映，无需反馈。";
    return List.of(new Paragraph("办结情况：" + outcome + "，办结日期 " + source.stringOr("closedOn", "—") + "。" + feedback));
  }
}
