package cn.dangjian.workflow.membership;

import cn.dangjian.workflow.calendar.CaseTime;
import cn.dangjian.workflow.identity.Organisation;
import cn.dangjian.workflow.identity.OrganisationModel;
import cn.dangjian.workflow.records.DocumentNumbering;
import cn.dangjian.workflow.records.Letterhead;
import cn.dangjian.workflow.records.RecordContent.Field;
import cn.dangjian.workflow.records.RecordContent.Fields;
import cn.dangjian.workflow.records.RecordDataException;
import cn.dangjian.workflow.records.RecordSource;
import cn.dangjian.workflow.rules.RulePacks;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The head of every member development record: the branch that issues it, the case header (case number,
 * applicant, branch, rule pack), the branch's sequence of 文号 for the record type and the date of issue.
 */
record CaseLetterhead(String organisationName, String caseNumber, String rulePack, Fields header,
    DocumentNumbering numbering, LocalDate issueDate) {

  static CaseLetterhead of(String recordType, RecordSource source, OrganisationModel organisations, RulePacks rules) {
    String branchCode = source.string("branchCode");
    Organisation branch = organisations.organisation(branchCode)
        .orElseThrow(() -> new RecordDataException(recordType, "branchCode", "未知的党支部 " + branchCode));
    String organisationName = branch.name();
    String caseNumber = source.businessKey() != null ? source.businessKey() : source.string("caseNumber");
    String pack = source.string("rulePack");
    if (!rules.exists(pack)) {
      throw new RecordDataException(recordType, "rulePack", "未知的规则包 " + pack);
    }
    Fields header = new Fields(List.of(new Field("案件编号", caseNumber), new Field("申请人", source.string("applicantName")),
        new Field("所在党支部", organisationName), new Field("适用规则", rules.title(pack))));
    LocalDate issued = CaseTime.dateOf(Date.from(source.createdAt()));
    DocumentNumbering numbering = new DocumentNumbering(branchCode, branch.shortName(), recordType, issued.getYear());
    return new CaseLetterhead(organisationName, caseNumber, pack, header, numbering, issued);
  }

  /** The record's data every member development record starts with. */
  Map<String, Object> data(String recordType, RecordSource source) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("recordType", recordType);
    data.put("caseNumber", caseNumber);
    data.put("rulePack", rulePack);
    data.put("step", source.step());
    data.put(Letterhead.SUBJECT, source.stringOr("applicantName", ""));
    return data;
  }
}
