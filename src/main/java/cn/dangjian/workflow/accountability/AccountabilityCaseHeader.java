package cn.dangjian.workflow.accountability;

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
 * The head of every 问责 record: issued by the competent body (问责决定机关), with the case number, the subject, its
 * organisation, the source case and the rule pack; 文号 {@code <机关代字>〔year〕<n>号} from the body's sequence
 * for the record type.
 */
@Component(AccountabilityCaseHeader.BEAN)
public class AccountabilityCaseHeader implements CaseHeader {

  static final String BEAN = "accountabilityCaseHeader";

  private final RulePacks rules;
  private final OrganisationModel organisations;

  public AccountabilityCaseHeader(RulePacks rules, OrganisationModel organisations) {
    this.rules = rules;
    this.organisations = organisations;
  }

  @Override
  public Letterhead letterhead(String recordType, RecordSource source) {
    String issuer = source.string("competentOrganisationName");
    String caseNumber = source.businessKey() != null ? source.businessKey() : source.string("caseNumber");
    String pack = source.string("rulePack");
    if (!rules.exists(pack)) {
      throw new RecordDataException(recordType, "rulePack", "未知的规则包 " + pack);
    }
    List<Field> fields = new ArrayList<>(List.of(new Field("案件编号", caseNumber),
        new Field("问责对象", source.string("subjectName") + "（" + source.string("subjectTypeName") + "）"),
        new Field("所在组织", source.string("subjectOrganisationName")), new Field("问责决定机关", issuer)));
    String sourceCase = source.stringOr("sourceCaseNumber", null);
    if (sourceCase != null) {
      fields.add(new Field("来源案件", sourceCase));
    }
    fields.add(new Field("适用规则", rules.title(pack)));
    LocalDate issued = CaseTime.dateOf(Date.from(source.createdAt()));
    String issuerCode = source.stringOr("competentOrganisationCode", issuer);
    String shortName = organisations.organisation(issuerCode).map(Organisation::shortName).orElse(issuer);
    DocumentNumbering numbering = new DocumentNumbering(issuerCode, shortName, recordType, issued.getYear());
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("recordType", recordType);
    data.put("caseNumber", caseNumber);
    data.put("rulePack", pack);
    data.put("step", source.step());
    data.put(Letterhead.SUBJECT, source.string("subjectName"));
    return new Letterhead(issuer, numbering, issued, List.of(new Fields(fields)), data);
  }

  @Override
  public String article(RecordSource source, String limitKey) {
    return rules.article(source.string("rulePack"), limitKey);
  }
}
