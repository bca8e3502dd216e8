package cn.dangjian.workflow.supervision;

import cn.dangjian.workflow.calendar.CaseTime;
import cn.dangjian.workflow.identity.Organisation;
import cn.dangjian.workflow.identity.OrganisationModel;
import cn.dangjian.workflow.records.CaseHeader;
import cn.dangjian.workflow.records.DocumentNumbering;
import cn.dangjian.workflow.records.Letterhead;
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
import org.springframework.stereotype.Component;

/**
 * The head of every supervision record: issued by the organisation handling the case ({@code issuerName} and {@code issuerCode}: the 纪委
 * once a clue is referred; otherwise the receiving organisation), with the case number, the channel, the date of
 * receipt, the matter and the rule pack; 文号 from the issuer's sequence per record type ({@code issuerCode}, else the
 * receiving organisation). A reporter's identity is never part of a record: it is not in the case.
 */
@Component(SupervisionCaseHeader.BEAN)
public class SupervisionCaseHeader implements CaseHeader {

  static final String BEAN = "supervisionCaseHeader";
  private final RulePacks rules;
  private final OrganisationModel organisations;

  public SupervisionCaseHeader(RulePacks rules, OrganisationModel organisations) {
    this.rules = rules;
    this.organisations = organisations;
  }

  @Override
  public Letterhead letterhead(String recordType, RecordSource source) {
    String issuer = source.stringOr("issuerName", source.string("receivingOrganisationName"));
    String caseNumber = source.businessKey() != null ? source.businessKey() : source.string("caseNumber");
    String pack = source.string("rulePack");
    if (!rules.exists(pack)) {
      throw new RecordDataException(recordType, "rulePack", "未知的规则包 " + pack);
    }
    List<Field> fields = new ArrayList<>(List.of(new Field("案件编号", caseNumber),
        new Field("受理组织", source.string("receivingOrganisationName")),
        new Field("受理渠道", source.string("channelName")), new Field("收到日期", source.string("receivedOn")),
        new Field("反映事项", source.string("summary")),
        new Field("反映方式", Boolean.TRUE.equals(source.variables().get("realName")) ? "实名" : "匿名")));
    String subject = source.stringOr("subjectName", null);
    if (subject != null) {
      fields.add(new Field("被反映人", subject + "（" + source.string("subjectOrganisationName") + "）"));
    }
    fields.add(new Field("适用规则", rules.title(pack)));
    LocalDate issued = CaseTime.dateOf(Date.from(source.createdAt()));
    String issuerCode = source.stringOr("issuerCode", source.string("receivingOrganisationCode"));
    String shortName = organisations.organisation(issuerCode).map(Organisation::shortName).orElse(issuer);
    DocumentNumbering numbering = new DocumentNumbering(issuerCode, shortName, recordType, issued.getYear());
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("recordType", recordType);
    data.put("caseNumber", caseNumber);
    data.put("rulePack", pack);
    data.put("step", source.step());
    data.put(Letterhead.SUBJECT, subject != null ? subject : source.string("summary"));
    return new Letterhead(issuer, numbering, issued, List.of(new Fields(fields)), data);
  }

  @Override
  public String article(RecordSource source, String limitKey) {
    return rules.article(source.string("rulePack"), limitKey);
  }
}
