package cn.dangjian.workflow.casework;

import cn.dangjian.workflow.calendar.CaseTime;
import cn.dangjian.workflow.identity.Organisation;
import cn.dangjian.workflow.identity.OrganisationModel;
import cn.dangjian.workflow.records.CaseHeader;
import cn.dangjian.workflow.records.DocumentNumbering;
import cn.dangjian.workflow.records.Letterhead;
import cn.dangjian.workflow.records.RecordContent.Block;
import cn.dangjian.workflow.records.RecordContent.Field;
import cn.dangjian.workflow.records.RecordContent.Fields;
import cn.dangjian.workflow.records.RecordDataException;
import cn.dangjian.workflow.records.RecordSource;
import cn.dangjian.workflow.rules.RulePacks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The head of every record of a case opened by {@link CaseIntake}, for any family: issued by the case's
 * organisation ({@code organisationCode}), then the case header — 案件编号, the family's own fields, 适用规则 — and
 * the 文号 {@code <short name>〔<year>〕<n>号} from the organisation's sequence for the record type.
 */
public class CaseRecordHeader implements CaseHeader {

  /** A line of the case header: its label and the variable holding its value. */
  public record HeaderField(String label, String variable) {}

  private final OrganisationModel organisations;
  private final RulePacks rules;
  private final List<HeaderField> fields;

  public CaseRecordHeader(OrganisationModel organisations, RulePacks rules, List<HeaderField> fields) {
    this.organisations = organisations;
    this.rules = rules;
    this.fields = List.copyOf(fields);
  }

  @Override
  public Letterhead letterhead(String recordType, RecordSource source) {
    return letterhead(recordType, source, List.of());
  }

  /** The letterhead with further blocks after the case header (e.g. a heading of the dossier index). */
  public Letterhead letterhead(String recordType, RecordSource source, List<Block> after) {
    String code = source.string("organisationCode");
    Organisation organisation = organisations.organisation(code)
        .orElseThrow(() -> new RecordDataException(recordType, "organisationCode", "未知的组织 " + code));
    String organisationName = organisation.name();
    String caseNumber = source.businessKey() != null ? source.businessKey() : source.string("caseNumber");
    String pack = source.string("rulePack");
    if (!rules.exists(pack)) {
      throw new RecordDataException(recordType, "rulePack", "未知的规则包 " + pack);
    }
    List<Field> header = new ArrayList<>();
    header.add(new Field("案件编号", caseNumber));
    fields.forEach(f -> header.add(new Field(f.label(), source.stringOr(f.variable(), "—"))));
    header.add(new Field("适用规则", rules.title(pack)));
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Fields(header));
    blocks.addAll(after);
    LocalDate issued = CaseTime.dateOf(Date.from(source.createdAt()));
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("recordType", recordType);
    data.put("caseNumber", caseNumber);
    data.put("caseFamily", source.stringOr("caseFamily", ""));
    data.put("rulePack", pack);
    data.put("step", source.step());
    if (!fields.isEmpty()) {
      data.put(Letterhead.SUBJECT, source.stringOr(fields.get(0).variable(), ""));
    }
    return new Letterhead(organisationName,
        new DocumentNumbering(code, organisation.shortName(), recordType, issued.getYear()), issued, blocks, data);
  }

  @Override
  public String article(RecordSource source, String limitKey) {
    return rules.article(source.string("rulePack"), limitKey);
  }
}
