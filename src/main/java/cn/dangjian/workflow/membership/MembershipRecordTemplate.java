package cn.dangjian.workflow.membership;

import cn.dangjian.workflow.identity.OrganisationModel;
import cn.dangjian.workflow.records.RecordContent;
import cn.dangjian.workflow.records.RecordContent.Block;
import cn.dangjian.workflow.records.RecordContent.Field;
import cn.dangjian.workflow.records.RecordContent.Fields;
import cn.dangjian.workflow.records.RecordContent.Heading;
import cn.dangjian.workflow.records.RecordContent.Paragraph;
import cn.dangjian.workflow.records.RecordContent.Table;
import cn.dangjian.workflow.records.RecordDataException;
import cn.dangjian.workflow.records.RecordSource;
import cn.dangjian.workflow.records.RecordTemplate;
import cn.dangjian.workflow.rules.RulePacks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One record type of the member development case: a title, the case header ({@link CaseLetterhead}) and
 * the step's own fields; optionally a vote tally with its arithmetic. Instances are the beans declared in
 * {@link MembershipRecordTemplates}; the case's dossier index is {@link MembershipDossierIndex}.
 */
public class MembershipRecordTemplate implements RecordTemplate {

  /** A field of the step: label and variable; a value map translates codes (designate → 确定). */
  public record Item(String label, String variable, boolean required, Map<String, String> values) {

    public static Item of(String label, String variable) {
      return new Item(label, variable, true, Map.of());
    }

    public static Item optional(String label, String variable) {
      return new Item(label, variable, false, Map.of());
    }

    public static Item coded(String label, String variable, Map<String, String> values) {
      return new Item(label, variable, true, values);
    }
  }

  /** What else the record shows. */
  public enum Extra { NONE, VOTE, COMMITTEE_VOTE, CONVERSION_VOTE, CONVERSION_COMMITTEE_VOTE }

  private final String recordType;
  private final String title;
  private final String intro;
  private final List<Item> items;
  private final Extra extra;
  private final OrganisationModel organisations;
  private final RulePacks rules;

  public MembershipRecordTemplate(String recordType, String title, String intro, List<Item> items, Extra extra,
      OrganisationModel organisations, RulePacks rules) {
    this.recordType = recordType;
    this.title = title;
    this.intro = intro;
    this.items = items;
    this.extra = extra;
    this.organisations = organisations;
    this.rules = rules;
  }

  @Override
  public String recordType() {
    return recordType;
  }

  public String title() {
    return title;
  }

  @Override
  public RecordContent compose(RecordSource source) {
    CaseLetterhead head = CaseLetterhead.of(recordType, source, organisations, rules);
    List<Block> blocks = new ArrayList<>();
    Map<String, Object> data = head.data(recordType, source);
    blocks.add(head.header());
    if (intro != null) {
      blocks.add(new Paragraph(intro.replace("{applicantName}", source.string("applicantName"))));
    }
    List<Field> fields = new ArrayList<>();
    for (Item item : items) {
      String value = item.required() ? source.string(item.variable()) : source.stringOr(item.variable(), null);
      if (value == null) {
        continue;
      }
      if (!item.values().isEmpty()) {
        String label = item.values().get(value);
        if (label == null) {
          throw new RecordDataException(recordType, item.variable(), item.label() + " 的取值 " + value + " 无效");
        }
        value = label;
      }
      fields.add(new Field(item.label(), value));
      data.put(item.variable(), value);
    }
    if (!fields.isEmpty()) {
      blocks.add(new Fields(fields));
    }
    switch (extra) {
      case VOTE -> tally(source, "", "支部大会表决结果", blocks, data);
      case COMMITTEE_VOTE -> tally(source, "committee", "党委会议表决结果", blocks, data);
      case CONVERSION_VOTE -> tally(source, "conversion", "支部大会表决结果", blocks, data);
      case CONVERSION_COMMITTEE_VOTE -> tally(source, "conversionCommittee", "党委会议表决结果", blocks, data);
      default -> { }
    }
    return new RecordContent(head.organisationName(), title, head.documentNumber(), blocks, head.issueDate(), data);
  }

  private int number(RecordSource source, String name) {
    Object value = source.variables().get(name);
    if (!(value instanceof Number) && (value == null || !value.toString().matches("-?\\d+"))) {
      throw new RecordDataException(recordType, name, "表决数据 " + name + " 缺失或不是整数");
    }
    return value instanceof Number n ? n.intValue() : Integer.parseInt(value.toString());
  }

  private void tally(RecordSource source, String prefix, String heading, List<Block> blocks, Map<String, Object> data) {
    VoteTally t = new VoteTally(number(source, VoteTallyValidator.field(prefix, "Due")),
        number(source, VoteTallyValidator.field(prefix, "Present")),
        number(source, VoteTallyValidator.field(prefix, "For")),
        number(source, VoteTallyValidator.field(prefix, "Against")),
        number(source, VoteTallyValidator.field(prefix, "Abstain")));
    blocks.add(new Heading(heading));
    blocks.add(new Table(List.of("应到", "实到", "赞成", "反对", "弃权", "未投票"), List.of(List.of(
        Integer.toString(t.due()), Integer.toString(t.present()), Integer.toString(t.inFavour()),
        Integer.toString(t.against()), Integer.toString(t.abstain()), Integer.toString(t.notVoting())))));
    blocks.add(new Table(List.of("规则", "计算", "结论"), List.of(
        List.of("到会人数须超过应到人数的半数", t.quorumArithmetic(), t.quorate() ? "符合" : "不符合，会议无效"),
        List.of("赞成票须超过应到人数的半数", t.majorityArithmetic(), t.passed() ? "通过" : "未通过"))));
    String reason = source.stringOr(VoteTallyValidator.field(prefix, "DueReason"), null);
    if (reason != null) {
      blocks.add(new Paragraph("应到人数说明：" + reason));
    }
    blocks.add(new Paragraph("表决依据：" + rules.article(source.string("rulePack"), "generalMeetingVote") + "。"
        + (t.passed() ? "表决通过。" : t.quorate() ? "表决未通过。" : "到会人数不足，表决无效，须另行召开会议。")));
    data.put("tally", Map.of("due", t.due(), "present", t.present(), "for", t.inFavour(), "against", t.against(),
        "abstain", t.abstain(), "quorate", t.quorate(), "passed", t.passed()));
  }
}
