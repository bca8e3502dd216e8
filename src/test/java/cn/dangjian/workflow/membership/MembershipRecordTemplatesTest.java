package cn.dangjian.workflow.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dangjian.workflow.identity.OrganisationModel;
import cn.dangjian.workflow.identity.OrganisationModelLoader;
import cn.dangjian.workflow.records.RecordContent;
import cn.dangjian.workflow.records.RecordDataException;
import cn.dangjian.workflow.records.RecordSource;
import cn.dangjian.workflow.records.RecordStore;
import cn.dangjian.workflow.records.RecordTemplate;
import cn.dangjian.workflow.rules.RulePacks;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class MembershipRecordTemplatesTest {

  private final OrganisationModel model = OrganisationModelLoader.load(new ClassPathResource("organisation/demo.yaml"));
  private final RulePacks rules = new RulePacks("2014");

  private final RecordStore store = org.mockito.Mockito.mock(RecordStore.class);

  private static cn.dangjian.workflow.records.StoredRecord stored(int position, String type, String title, String at) {
    return new cn.dangjian.workflow.records.StoredRecord("r" + position, type, title, "C1-B1-2026-0007",
        "C1-B1-2026-0007", "pi-1", "memberDevelopment", "Step", Instant.parse(at), "b1-secretary", "f",
        (position == 1 ? "a" : "b").repeat(64), null, position);
  }

  private static Map<String, Object> base() {
    Map<String, Object> v = new HashMap<>();
    v.put("applicantName", "林晓");
    v.put("branchCode", "C1-B1");
    v.put("rulePack", "2026");
    v.put("caseNumber", "C1-B1-2026-0007");
    return v;
  }

  private RecordContent compose(String type, Map<String, Object> v) {
    RecordTemplate template = type.equals(MembershipDossierIndex.TYPE)
        ? MembershipRecordTemplates.dossierIndex(model, rules, store)
        : MembershipRecordTemplates.template(type, model, rules);
    return template.compose(new RecordSource(type, "C1-B1-2026-0007",
        "pi-1", "memberDevelopment", "Step", Instant.parse("2026-11-25T02:00:00Z"), "b1-secretary", v));
  }

  @Test
  void everyRecordTypeHasATitleAndIsUnique() {
    assertThat(MembershipRecordTemplates.DEFINITIONS).extracting(cn.dangjian.workflow.records.RecordDefinition::type)
        .doesNotHaveDuplicates().allMatch(t -> t.startsWith("membership."));
    assertThat(MembershipRecordTemplates.titleOf("membership.application-receipt")).isEqualTo("入党申请受理回执");
  }

  @Test
  void applicationReceiptNamesTheApplicantAndTheRulePack() {
    Map<String, Object> v = base();
    v.putAll(Map.of("gender", "女", "ethnicity", "汉族", "birthDate", "2000-06-15", "idCardNumber",
        TestIds.idCard(LocalDate.of(2000, 6, 15), false), "education", "大学本科", "unit", "社区", "phone", "139",
        "applicationDate", "2026-11-20"));
    RecordContent content = compose("membership.application-receipt", v);
    assertThat(content.title()).isEqualTo("入党申请受理回执");
    assertThat(content.organisationName()).isEqualTo("第一党支部");
    assertThat(content.documentNumber()).as("assigned when issued").isNull();
    assertThat(content.numbering()).isEqualTo(new cn.dangjian.workflow.records.DocumentNumbering("C1-B1", "第一党支部",
        "membership.application-receipt", 2026));
    assertThat(content.issueDate()).isEqualTo(LocalDate.of(2026, 11, 25));
    assertThat(content.blocks().get(0)).isInstanceOfSatisfying(RecordContent.Fields.class, f -> assertThat(f.fields())
        .contains(new RecordContent.Field("申请人", "林晓"),
            new RecordContent.Field("适用规则", "《中国共产党发展党员工作细则》（2026年修订，据报道）")));
    assertThat(content.blocks()).anySatisfy(b -> assertThat(b).isInstanceOfSatisfying(RecordContent.Paragraph.class,
        p -> assertThat(p.text()).startsWith("林晓同志递交的入党申请书已收到")));
    assertThat(content.data()).containsEntry("rulePack", "2026").containsEntry("applicationDate", "2026-11-20");
  }

  @Test
  void documentNumberIsCountedInTheBranchsSequenceOfTheIssueYearWhateverTheCaseNumber() {
    Map<String, Object> v = base();
    v.putAll(Map.of("talkDate", "2026-11-20", "talker", "王喆", "talkSummary", "谈话"));
    RecordContent content = MembershipRecordTemplates.template("membership.talk-record", model, rules).compose(
        new RecordSource("membership.talk-record", "EXT-42", "pi-1", "memberDevelopment", "Task_RecordTalk",
            Instant.parse("2026-11-25T02:00:00Z"), null, v));
    assertThat(content.numbering()).isEqualTo(new cn.dangjian.workflow.records.DocumentNumbering("C1-B1", "第一党支部",
        "membership.talk-record", 2026));
    assertThat(content.numbering().format(3)).isEqualTo("第一党支部〔2026〕3号");
  }

  @Test
  void resolutionShowsTheVoteArithmetic() {
    Map<String, Object> v = base();
    v.putAll(Map.of("meetingDate", "2026-05-25", "meetingMinutes", "逐个表决", "voteDue", 7, "votePresent", 5,
        "voteFor", 3, "voteAgainst", 1, "voteAbstain", 1));
    RecordContent content = compose("membership.admission-resolution", v);
    List<RecordContent.Table> tables = content.blocks().stream().filter(RecordContent.Table.class::isInstance)
        .map(RecordContent.Table.class::cast).toList();
    assertThat(tables.get(0).rows()).containsExactly(List.of("7", "5", "3", "1", "1", "0"));
    assertThat(tables.get(1).rows()).containsExactly(
        List.of("到会人数须超过应到人数的半数", "实到 5 人 > 应到 7 人的半数（3.5）", "符合"),
        List.of("赞成票须超过应到人数的半数", "赞成 3 票 ≤ 应到 7 人的半数（3.5）", "未通过"));
    assertThat(content.blocks()).anySatisfy(b -> assertThat(b).isInstanceOfSatisfying(RecordContent.Paragraph.class,
        p -> assertThat(p.text()).contains("第二十三条").endsWith("表决未通过。")));
  }

  @Test
  void resolutionShowsWrittenOpinionsInTheVotesButNotInTheAttendance() {
    Map<String, Object> v = base();
    v.putAll(Map.of("meetingDate", "2026-05-25", "meetingMinutes", "逐个表决", "voteDue", 7, "votePresent", 4,
        "voteFor", 3, "voteAgainst", 1, "voteAbstain", 0, "voteWrittenFor", 2, "voteWrittenAgainst", 0,
        "voteWrittenAbstain", 1));
    RecordContent content = compose("membership.admission-resolution", v);
    List<RecordContent.Table> tables = content.blocks().stream().filter(RecordContent.Table.class::isInstance)
        .map(RecordContent.Table.class::cast).toList();
    assertThat(tables.get(0).rows()).containsExactly(List.of("7", "4", "3", "1", "0", "0"));
    assertThat(tables.get(1).rows()).containsExactly(List.of("3 份", "2", "0", "1", "5"));
    assertThat(tables.get(2).rows()).containsExactly(
        List.of("到会人数须超过应到人数的半数", "实到 4 人 > 应到 7 人的半数（3.5）（书面意见 3 份不计入到会人数）", "符合"),
        List.of("赞成票（含书面意见）须超过应到人数的半数", "赞成 5 票（其中书面意见 2 票） > 应到 7 人的半数（3.5）", "通过"));
    assertThat(content.data().get("tally")).isInstanceOfSatisfying(Map.class, tally -> assertThat(tally)
        .containsEntry("present", 4).containsEntry("passed", true)
        .containsEntry("written", Map.of("for", 2, "against", 0, "abstain", 1)));
  }

  @Test
  void decisionCodesArePrintedInChinese() {
    Map<String, Object> v = base();
    v.putAll(Map.of("recommendationSource", "党员推荐", "activistDecisionDate", "2026-01-10", "activistDecision",
        "designate"));
    assertThat(compose("membership.activist-decision", v).blocks().get(1))
        .isInstanceOfSatisfying(RecordContent.Fields.class, f -> assertThat(f.fields())
            .contains(new RecordContent.Field("决定", "确定为入党积极分子")));
  }

  @Test
  void dossierIndexListsEveryStoredRecordWithItsHash() throws Exception {
    Map<String, Object> v = base();
    org.mockito.Mockito.when(store.dossier("C1-B1-2026-0007")).thenReturn(List.of(
        stored(1, "membership.application-receipt", "入党申请受理回执", "2026-01-05T02:00:00Z"),
        stored(2, "membership.talk-record", "谈话记录", "2026-01-20T02:00:00Z")));
    v.put("caseOutcome", "rejected");
    v.put("rejectionStep", "确定入党积极分子");
    v.put("rejectionReason", "表现待观察");
    RecordContent content = compose("membership.dossier-index", v);
    assertThat(content.title()).isEqualTo("发展党员材料归档目录");
    assertThat(content.numbering().documentType()).isEqualTo("membership.dossier-index");
    assertThat(content.blocks().get(0)).isInstanceOfSatisfying(RecordContent.Fields.class, f -> assertThat(f.fields())
        .contains(new RecordContent.Field("案件编号", "C1-B1-2026-0007"), new RecordContent.Field("申请人", "林晓")));
    assertThat(content.data()).containsEntry("recordType", "membership.dossier-index").containsEntry("entries", 3);
    RecordContent.Table index = content.blocks().stream().filter(RecordContent.Table.class::isInstance)
        .map(RecordContent.Table.class::cast).findFirst().orElseThrow();
    assertThat(index.rows()).extracting(r -> r.get(1)).containsExactly("入党申请受理回执", "谈话记录", "发展党员材料归档目录");
    assertThat(index.rows()).extracting(r -> r.get(3)).containsExactly("a".repeat(64), "b".repeat(64), "（本目录）");
    assertThat(index.rows()).extracting(r -> r.get(2)).startsWith("2026-01-05", "2026-01-20");
    assertThat(content.blocks()).anySatisfy(b -> assertThat(b).isInstanceOfSatisfying(RecordContent.Paragraph.class,
        p -> assertThat(p.text()).contains("未被发展").contains("表现待观察")));
  }

  @Test
  void unusableDataIsARecordDataException() {
    Map<String, Object> v = base();
    v.remove("applicantName");
    assertThatThrownBy(() -> compose("membership.talk-record", v)).isInstanceOf(RecordDataException.class)
        .hasMessageContaining("applicantName");
    Map<String, Object> w = base();
    w.putAll(Map.of("meetingDate", "2026-05-25", "meetingMinutes", "x", "voteDue", "七"));
    assertThatThrownBy(() -> compose("membership.admission-resolution", w)).isInstanceOf(RecordDataException.class)
        .hasMessageContaining("voteDue");
  }
}
