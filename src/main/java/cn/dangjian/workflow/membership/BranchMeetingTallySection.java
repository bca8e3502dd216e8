package cn.dangjian.workflow.membership;

import cn.dangjian.workflow.casework.VoteTallySection;
import cn.dangjian.workflow.casework.VoteTallyValidator;
import cn.dangjian.workflow.records.CaseHeader;
import cn.dangjian.workflow.records.RecordContent.Block;
import cn.dangjian.workflow.records.RecordSection;
import cn.dangjian.workflow.records.RecordSource;
import java.util.List;
import java.util.Map;

/**
 * The 支部大会's tally on a decision the 细则 gives to the 支委会, where the branch has none (第八条: 不设支部委员会的由
 * 支部大会); a branch with a 支委会 records who attended instead, and the record has no tally.
 */
record BranchMeetingTallySection(VoteTallySection tally) implements RecordSection {

  @Override
  public void append(String recordType, RecordSource source, CaseHeader header, List<Block> blocks,
      Map<String, Object> data) {
    if (source.variables().get(VoteTallyValidator.field(BranchDecisions.TALLY, "Due")) != null) {
      tally.append(recordType, source, header, blocks, data);
    }
  }
}
