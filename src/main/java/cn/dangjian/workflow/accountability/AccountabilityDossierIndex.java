package cn.dangjian.workflow.accountability;

import cn.dangjian.workflow.records.DossierIndexFamily;
import cn.dangjian.workflow.records.Letterhead;
import cn.dangjian.workflow.records.RecordContent.Block;
import cn.dangjian.workflow.records.RecordContent.Paragraph;
import cn.dangjian.workflow.records.RecordSource;
import java.util.List;

/** 问责案卷归档目录: the index closing a 问责 case's dossier, followed by how the case ended (结案情况). */
class AccountabilityDossierIndex implements DossierIndexFamily {

  static final String TYPE = "accountability.dossier-index";
  static final String TITLE = "问责案卷归档目录";

  private final AccountabilityCaseHeader header;

  AccountabilityDossierIndex(AccountabilityCaseHeader header) {
    this.header = header;
  }

  @Override
  public String recordType() {
    return TYPE;
  }

  @Override
  public String title() {
    return TITLE;
  }

  @Override
  public Letterhead letterhead(RecordSource source) {
    return header.letterhead(TYPE, source).withHeading("归档目录");
  }

  @Override
  public List<Block> closingSummary(RecordSource source) {
    String outcome = !Boolean.TRUE.equals(source.variables().get("startApproved")) ? "未启动问责调查。"
        : "问责决定：" + source.stringOr("decisionMeasures", "—") + "。"
            + (Boolean.TRUE.equals(source.variables().get("appealLodged")) ? "经申诉复查：" + AccountabilityCaseGuards
                .REVIEW_OUTCOMES.getOrDefault(source.stringOr("reviewOutcome", ""), "—") + "。" : "申诉期内未提出申诉。");
    return List.of(new Paragraph("结案情况：" + outcome));
  }
}
