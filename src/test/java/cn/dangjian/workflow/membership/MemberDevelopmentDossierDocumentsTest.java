package cn.dangjian.workflow.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dangjian.workflow.records.RecordContent;
import cn.dangjian.workflow.records.RecordSource;
import cn.dangjian.workflow.records.RecordTemplate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.FormService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The documents 第三十七条 puts into the file are records of the dossier: the 入党申请书 itself (not only its receipt),
 * the 入党志愿书, the 上级党委 talker's opinion on admission, and the approval with the end of probation.
 */
class MemberDevelopmentDossierDocumentsTest extends MemberDevelopmentTestBase {

  @Autowired FormService forms;
  @Autowired ApplicationContext context;

  private List<RecordContent.Field> fields(Case c, String type) {
    RecordTemplate template = context.getBean(type, RecordTemplate.class);
    RecordContent content = template.compose(new RecordSource(type, c.pi.getBusinessKey(), c.pi.getId(), PROCESS,
        "Step", Instant.parse("2026-06-10T02:00:00Z"), "b1-secretary", runtime.getVariables(c.pi.getId())));
    return content.blocks().stream().filter(RecordContent.Fields.class::isInstance)
        .flatMap(b -> ((RecordContent.Fields) b).fields().stream()).toList();
  }

  @Test
  void theApplicationTheAdmissionFormTheTalkersOpinionAndTheEndOfProbationAreInTheDossier() {
    Case c = newCase().untilAdmissionVote();
    assertThat(recordsOf(c.pi)).startsWith("membership.application", "membership.application-receipt")
        .containsSubsequence("membership.pre-review", "membership.admission-form");
    assertThat(fields(c, "membership.application")).contains(new RecordContent.Field("申请人", "林晓"),
        new RecordContent.Field("递交申请书日期", "2025-03-03"));
    assertThat(fields(c, "membership.admission-form")).contains(new RecordContent.Field("入党志愿", "我志愿加入中国共产党"),
        new RecordContent.Field("入党介绍人意见", "同意"));

    c.admissionVote(LocalDate.of(2026, 5, 25), 7, 6, 5, 1, 0);
    at(LocalDate.of(2026, 6, 1));
    assertThatThrownBy(() -> forms.submitTaskForm(task(c.pi, "Task_CommitteeTalk").getId(), vars("committeeTalkDate",
        "2026-06-01", "committeeTalker", "郑立新", "committeeTalkSummary", "谈话情况良好")))
        .hasMessageContaining("committeeTalkOpinion");
    c.committeeTalk(LocalDate.of(2026, 6, 1));
    assertThat(fields(c, "membership.committee-talk"))
        .contains(new RecordContent.Field("对其能否入党的意见", "同意接收为预备党员"));

    c.approval(LocalDate.of(2026, 6, 10), "approve");
    assertThat(fields(c, "membership.admission-approval")).contains(new RecordContent.Field("预备期起算日期", "2026-05-25"),
        new RecordContent.Field("预备期满日期", "2027-05-25"));
  }
}
