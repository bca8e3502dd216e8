package cn.dangjian.workflow.casework;

import cn.dangjian.workflow.records.CaseHeader;
import cn.dangjian.workflow.records.RecordContent.Block;
import cn.dangjian.workflow.records.RecordContent.Heading;
import cn.dangjian.workflow.records.RecordContent.Paragraph;
import cn.dangjian.workflow.records.RecordContent.Table;
import cn.dangjian.workflow.records.RecordDataException;
import cn.dangjian.workflow.records.RecordSection;
import cn.dangjian.workflow.records.RecordSource;
import java.util.List;
import java.util.Map;

/**
 * The vote tally of a collective decision on a record (表决结果): the counts, the written opinions of absent members
 * where there are any (counted in the votes, not the attendance), the quorum and majority arithmetic with their
 * conclusion, the reason for fewer members due, and the article the rule comes from.
 *
 * @param prefix the tally's field prefix ({@link VoteTallyValidator#field})
 * @param heading e.g. 支部大会表决结果
 * @param articleKey the rule pack limit whose article the record cites, e.g. {@code generalMeetingVote}
 */
public record VoteTallySection(String prefix, String heading, String articleKey) implements RecordSection {

  @Override
  public void append(String recordType, RecordSource source, CaseHeader header, List<Block> blocks,
      Map<String, Object> data) {
    VoteTally t = new VoteTally(number(recordType, source, "Due"), number(recordType, source, "Present"),
        number(recordType, source, "For"), number(recordType, source, "Against"), number(recordType, source, "Abstain"),
        optionalNumber(recordType, source, "WrittenFor"), optionalNumber(recordType, source, "WrittenAgainst"),
        optionalNumber(recordType, source, "WrittenAbstain"));
    blocks.add(new Heading(heading));
    blocks.add(new Table(List.of("应到", "实到", "赞成", "反对", "弃权", "未投票"), List.of(List.of(
        Integer.toString(t.due()), Integer.toString(t.present()), Integer.toString(t.inFavour()),
        Integer.toString(t.against()), Integer.toString(t.abstain()), Integer.toString(t.notVoting())))));
    if (t.written() > 0) {
      // 第二十一条: counted in the votes, not in the attendance; the record shows both figures
      blocks.add(new Table(List.of("未到会党员书面意见", "赞成", "反对", "弃权", "计入书面意见后赞成"), List.of(List.of(
          t.written() + " 份", Integer.toString(t.writtenFor()), Integer.toString(t.writtenAgainst()),
          Integer.toString(t.writtenAbstain()), Integer.toString(t.totalInFavour())))));
    }
    blocks.add(new Table(List.of("规则", "计算", "结论"), List.of(
        List.of("到会人数须超过应到人数的半数", t.quorumArithmetic(), t.quorate() ? "符合" : "不符合，会议无效"),
        List.of(t.written() > 0 ? "赞成票（含书面意见）须超过应到人数的半数" : "赞成票须超过应到人数的半数",
            t.majorityArithmetic(), t.passed() ? "通过" : "未通过"))));
    String reason = source.stringOr(VoteTallyValidator.field(prefix, "DueReason"), null);
    if (reason != null) {
      blocks.add(new Paragraph("应到人数说明：" + reason));
    }
    blocks.add(new Paragraph("表决依据：" + header.article(source, articleKey) + "。"
        + (t.passed() ? "表决通过。" : t.quorate() ? "表决未通过。" : "到会人数不足，表决无效，须另行召开会议。")));
    Map<String, Object> tally = new java.util.LinkedHashMap<>(Map.of("due", t.due(), "present", t.present(),
        "for", t.inFavour(), "against", t.against(), "abstain", t.abstain(), "quorate", t.quorate(),
        "passed", t.passed()));
    if (t.written() > 0) {
      tally.put("written", Map.of("for", t.writtenFor(), "against", t.writtenAgainst(), "abstain", t.writtenAbstain()));
    }
    data.put("tally", tally);
  }

  /** Written opinions: absent before they existed (and where nobody wrote), then 0. */
  private int optionalNumber(String recordType, RecordSource source, String item) {
    return source.variables().get(VoteTallyValidator.field(prefix, item)) == null ? 0 : number(recordType, source, item);
  }

  private int number(String recordType, RecordSource source, String item) {
    String name = VoteTallyValidator.field(prefix, item);
    Object value = source.variables().get(name);
    if (!(value instanceof Number) && (value == null || !value.toString().matches("-?\\d+"))) {
      throw new RecordDataException(recordType, name, "表决数据 " + name + " 缺失或不是整数");
    }
    return value instanceof Number n ? n.intValue() : Integer.parseInt(value.toString());
  }
}
