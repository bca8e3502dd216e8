package cn.dangjian.workflow.records;

import cn.dangjian.workflow.records.RecordContent.Field;
import cn.dangjian.workflow.records.RecordContent.Fields;
import cn.dangjian.workflow.records.RecordContent.Paragraph;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Test template {@code test.receipt}: a receipt for an application; needs the variable {@code applicantName}. Its 文号
 * is {@code number} as given, or, with {@code numberedBy} (an organisation code), assigned from that sequence.
 */
@Component
class ProbeRecordTemplate implements RecordTemplate {

  static final String TYPE = "test.receipt";

  @Override
  public String recordType() {
    return TYPE;
  }

  @Override
  public RecordContent compose(RecordSource source) {
    String applicant = source.string("applicantName");
    String numberedBy = source.stringOr("numberedBy", null);
    return new RecordContent(source.stringOr("organisationName", "中共示范街道第一支部委员会"), "入党申请受理回执",
        numberedBy != null ? null : "第一支〔2026〕" + source.stringOr("number", "1") + "号",
        List.of(new Paragraph(applicant + "同志：你的入党申请书已收到，支部将按规定程序办理。"),
            new Fields(List.of(new Field("申请人", applicant), new Field("受理人", source.author())))),
        LocalDate.ofInstant(source.createdAt(), ZoneId.of("Asia/Shanghai")), Map.of("applicantName", applicant),
        numberedBy == null ? null : new DocumentNumbering(numberedBy, "第一支", TYPE, 2026));
  }
}
