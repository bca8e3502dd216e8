package cn.dangjian.workflow.membership;

import cn.dangjian.workflow.identity.OrganisationModel;
import cn.dangjian.workflow.records.DossierIndexFamily;
import cn.dangjian.workflow.records.Letterhead;
import cn.dangjian.workflow.records.RecordContent.Block;
import cn.dangjian.workflow.records.RecordContent.Heading;
import cn.dangjian.workflow.records.RecordContent.Paragraph;
import cn.dangjian.workflow.records.RecordSource;
import cn.dangjian.workflow.rules.RulePacks;
import java.util.List;

/**
 * 发展党员材料归档目录 (step 25, also on withdrawal): the dossier index of a member development case,
 * under the case header and followed by how the case ended (结案情况).
 */
class MembershipDossierIndex implements DossierIndexFamily {

  static final String TYPE = "membership.dossier-index";
  static final String TITLE = "发展党员材料归档目录";

  private final OrganisationModel organisations;
  private final RulePacks rules;

  MembershipDossierIndex(OrganisationModel organisations, RulePacks rules) {
    this.organisations = organisations;
    this.rules = rules;
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
    CaseLetterhead head = CaseLetterhead.of(TYPE, source, organisations, rules);
    return new Letterhead(head.organisationName(), head.numbering(), head.issueDate(),
        List.of(head.header(), new Heading("归档目录")), head.data(TYPE, source));
  }

  @Override
  public List<Block> closingSummary(RecordSource source) {
    return List.of(new Paragraph("结案情况：" + switch (source.stringOr("caseOutcome", "withdrawn")) {
      case "converted" -> "已转为正式党员，党龄自 " + source.stringOr("conversionDate", "—") + " 起算。";
      case "cancelled" -> "取消预备党员资格。";
      case "rejected" -> "未被发展（" + source.stringOr("rejectionStep", "—") + "：" + source.stringOr("rejectionReason", "—")
          + "）。";
      default -> "申请人撤回入党申请。";
    }));
  }
}
