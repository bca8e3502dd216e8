package cn.dangjian.workflow.membership;

import cn.dangjian.workflow.records.DossierService;
import cn.dangjian.workflow.records.StoredRecord;
import cn.dangjian.workflow.calendar.CaseTime;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One record type of the member development case: a title, the case header (case number, applicant,
 * branch, rule pack) and the step's own fields; optionally a vote tally with its arithmetic or the
 * dossier index. Instances are the beans declared in {@link MembershipRecordTemplates}.
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
  public enum Extra { NONE, VOTE, COMMITTEE_VOTE, CONVERSION_VOTE, CONVERSION_COMMITTEE_VOTE, DOSSIER_INDEX }

  private final String recordType;
  private final String title;
  private final String intro;
  private final List<Item> items;
  private final Extra extra;
  private final OrganisationModel organisations;
  private final RulePacks rules;

  private final DossierService dossiers;

  public MembershipRecordTemplate(String recordType, String title, String intro, List<Item> items, Extra extra,
      OrganisationModel organisations, RulePacks rules, DossierService dossiers) {
    this.dossiers = dossiers;
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
    Map<String, Object> v = source.variables();
    String branchCode = source.string("branchCode");
    String organisationName = organisations.organisation(branchCode)
        .orElseThrow(() -> new RecordDataException(recordType, "branchCode", "未知的党支部 " + branchCode)).name();
    String caseNumber = source.businessKey() != null ? source.businessKey() : source.string("caseNumber");
    String pack = source.string("rulePack");
    if (!rules.exists(pack)) {
      throw new RecordDataException(recordType, "rulePack", "未知的规则包 " + pack);
    }
    List<Block> blocks = new ArrayList<>();
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("recordType", recordType);
    data.put("caseNumber", caseNumber);
    data.put("rulePack", pack);
    data.put("step", source.step());
    List<Field> header = new ArrayList<>();
    header.add(new Field("案件编号", caseNumber));
    header.add(new Field("申请人", source.string("applicantName")));
    header.add(new Field("所在党支部", organisationName));
    header.add(new Field("适用规则", rules.title(pack)));
    blocks.add(new Fields(header));
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
      case DOSSIER_INDEX -> dossierIndex(source, blocks, data);
      default -> { }
    }
    java.time.LocalDate issued = CaseTime.dateOf(java.util.Date.from(source.createdAt()));
    java.util.regex.Matcher year = java.util.regex.Pattern.compile("-(\\d{4})-\\d+$").matcher(caseNumber);
    String documentNumber = organisationName + "〔" + (year.find() ? year.group(1) : Integer.toString(issued.getYear()))
        + "〕" + caseNumber + "号";
    return new RecordContent(organisationName, title, documentNumber, blocks, issued, data);
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

  /** 归档目录 (step 25): every signed record of the case as stored, with its SHA-256, then this index itself. */
  private void dossierIndex(RecordSource source, List<Block> blocks, Map<String, Object> data) {
    List<StoredRecord> stored = dossiers.records(StoredRecord.dossierKeyOf(source.businessKey(), source.processInstanceId()));
    if (stored.isEmpty()) {
      throw new RecordDataException(recordType, "businessKey", "本案没有已形成的文书，无法编制归档目录");
    }
    blocks.add(new Heading("归档目录"));
    List<List<String>> rows = new ArrayList<>();
    List<Map<String, Object>> listed = new ArrayList<>();
    for (StoredRecord record : stored) {
      rows.add(List.of(Integer.toString(record.chainPosition()), record.title(),
          CaseTime.dateOf(java.util.Date.from(record.createdAt())).toString(), record.sha256()));
      listed.add(Map.of("position", record.chainPosition(), "recordId", record.id(), "recordType", record.recordType(),
          "sha256", record.sha256()));
    }
    rows.add(List.of(Integer.toString(stored.get(stored.size() - 1).chainPosition() + 1), title,
        CaseTime.dateOf(java.util.Date.from(source.createdAt())).toString(), "（本目录）"));
    blocks.add(new Table(List.of("序号", "文书", "日期", "SHA-256 摘要"), rows));
    String outcome = source.stringOr("caseOutcome", "withdrawn");
    blocks.add(new Paragraph("结案情况：" + switch (outcome) {
      case "converted" -> "已转为正式党员，党龄自 " + source.stringOr("conversionDate", "—") + " 起算。";
      case "cancelled" -> "取消预备党员资格。";
      case "rejected" -> "未被发展（" + source.stringOr("rejectionStep", "—") + "：" + source.stringOr("rejectionReason", "—")
          + "）。";
      default -> "申请人撤回入党申请。";
    }));
    data.put("entries", stored.size() + 1);
    data.put("records", listed);
  }
}
