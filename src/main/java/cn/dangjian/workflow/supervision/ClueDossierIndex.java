package cn.dangjian.workflow.supervision;

import cn.dangjian.workflow.records.DossierIndexFamily;
import cn.dangjian.workflow.records.Letterhead;
import cn.dangjian.workflow.records.RecordContent.Block;
import cn.dangjian.workflow.records.RecordContent.Paragraph;
import cn.dangjian.workflow.records.RecordSource;
import java.util.List;

/** 问题线索案卷归档目录: the index closing a clue's dossier, with how it ended (办理结果) and the feedback given. */
class ClueDossierIndex implements DossierIndexFamily {

  static final String TYPE = "clue.dossier-index";

  private final SupervisionCaseHeader header;

  ClueDossierIndex(SupervisionCaseHeader header) {
    this.header = header;
  }

  @Override
  public String recordType() {
    return TYPE;
  }

  @Override
  public String title() {
    return "问题线索案卷归档目录";
  }

  @Override
  public Letterhead letterhead(RecordSource source) {
    return header.letterhead(TYPE, source).withHeading("归档目录");
  }

  @Override
  public List<Block> closingSummary(RecordSource source) {
    String outcome = ClueGuards.OUTCOMES.getOrDefault(source.stringOr("caseOutcome", ""), "—");
    String feedback = Boolean.TRUE.equals(source.variables().get("realName"))
        ? "已于" + source.stringOr("feedbackDate", "—") + "向实名举报人反馈。" : "匿名举报，无需反馈。";
    return List.of(new Paragraph("办理结果：" + outcome + "，线索编号 " + source.stringOr("clueNumber", "—") + "，办结日期 "
        + source.stringOr("closedOn", "—") + "。" + feedback));
  }
}
