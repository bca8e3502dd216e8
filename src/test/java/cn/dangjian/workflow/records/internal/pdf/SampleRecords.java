package cn.dangjian.workflow.records.internal.pdf;

import cn.dangjian.workflow.records.RecordContent;
import cn.dangjian.workflow.records.RecordContent.Field;
import cn.dangjian.workflow.records.RecordContent.Fields;
import cn.dangjian.workflow.records.RecordContent.Heading;
import cn.dangjian.workflow.records.RecordContent.Paragraph;
import cn.dangjian.workflow.records.RecordContent.Table;
import cn.dangjian.workflow.records.RecordProvenance;
import cn.dangjian.workflow.records.RecordStamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Realistic record content for tests: a branch meeting resolution with a vote tally over two pages. */
final class SampleRecords {

  static final String TITLE = "关于接收王喆同志为中共预备党员的决议";
  static final String RARE_NAME = "龚䶮堃"; // 䶮 U+4DAE is CJK Extension A
  static final String FIRST_PARAGRAPH = "2026年11月20日，第一党支部召开支部党员大会，应到会有表决权的正式党员二十三名，"
      + "实到二十一名，符合规定人数。会议听取了入党介绍人对发展对象情况的介绍，审阅了有关材料，"
      + "经过充分讨论，以无记名投票方式进行表决。";
  static final String SECOND_PARAGRAPH = "会议认为，该同志入党动机端正，能够认真学习党的理论，在工作中起先锋模范作用，"
      + "群众基础较好，人民群众对其评价“积极、踏实、肯干”。大会同意接收其为中共预备党员，预备期一年。";

  private SampleRecords() {}

  static RecordContent resolution() {
    List<List<String>> votes = new ArrayList<>();
    String[] names = {"李明", "张伟", "刘洋", "陈静", "杨帆", "赵磊", "黄丽", "周杰", "吴敏", "徐强", "孙悦", "马超",
        "朱琳", "胡军", "郭涛", "何平", "高峰", "林芳", "罗斌", "郑爽", "梁宇"};
    for (int i = 0; i < names.length; i++) {
      votes.add(List.of(String.valueOf(i + 1), names[i], i == 3 ? "弃权" : "同意",
          i % 5 == 0 ? "该同志工作认真负责，群众基础好，建议在预备期内继续加强理论学习，提高政治站位。" : "无"));
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("applicant", "王喆");
    data.put("votesFor", 20);
    data.put("votesAgainst", 0);
    data.put("abstentions", 1);
    return new RecordContent(TestPki.ORGANISATION, TITLE, "第一支〔2026〕7号",
        List.of(
            new Paragraph(FIRST_PARAGRAPH),
            new Heading("一、表决结果"),
            new Fields(List.of(new Field("发展对象", "王喆"), new Field("入党介绍人", RARE_NAME + "、李明"),
                new Field("表决结果", "同意20票，反对0票，弃权1票"))),
            new Table(List.of("序号", "姓名", "表决意见", "发言摘要"), votes),
            new Heading("二、大会意见"),
            new Paragraph(SECOND_PARAGRAPH),
            new Paragraph(SECOND_PARAGRAPH)),
        LocalDate.of(2026, 11, 20), data);
  }

  static RecordStamp stamp(int position, String previous) {
    return new RecordStamp("00000000-0000-0000-0000-00000000000" + position, "DJ-2026-0007", position, previous);
  }

  static RecordProvenance provenance() {
    return new RecordProvenance("test.resolution", "DJ-2026-0007", "pi-1", "memberDevelopment",
        "Task_WriteResolution", "b1-secretary", Instant.parse("2026-11-20T08:30:00Z"));
  }
}
