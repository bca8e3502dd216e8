package cn.dangjian.workflow.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Template mistakes are reported in words a person can act on (they end up as incident messages). */
class RecordContentCheckTest {

  @Test
  void missingTitleIsNamed() {
    RecordContent content = new RecordContent("第一党支部", " ", null, List.of(), LocalDate.now(), Map.of());
    assertThatThrownBy(() -> RecordIssuer.checked("x.type", content)).isInstanceOf(RecordDataException.class)
        .hasMessage("无法生成文书 x.type：文书模板没有提供标题");
  }

  @Test
  void missingDateIsNamed() {
    RecordContent content = new RecordContent("第一党支部", "回执", null, List.of(), null, Map.of());
    assertThatThrownBy(() -> RecordIssuer.checked("x.type", content)).hasMessageContaining("成文日期");
  }

  @Test
  void completeContentPasses() {
    RecordContent content = new RecordContent("第一党支部", "回执", null, List.of(), LocalDate.now(), null);
    assertThat(RecordIssuer.checked("x.type", content)).isSameAs(content);
  }

  @Test
  void missingVariableNamesTheItem() {
    RecordSource source = new RecordSource("x.type", "K", "pi", "p", "Task_X", java.time.Instant.now(), "system", Map.of());
    assertThatThrownBy(() -> source.string("applicantName")).isInstanceOf(RecordDataException.class)
        .hasMessageContaining("缺少数据项 applicantName");
  }

  @Test
  void unknownRecordTypeListsTheKnownOnes() {
    RecordTemplates templates = new RecordTemplates(List.of(new ProbeRecordTemplate()));
    assertThatThrownBy(() -> templates.get("membership.typo")).hasMessageContaining("未知的文书类型 membership.typo")
        .hasMessageContaining(ProbeRecordTemplate.TYPE);
  }

  @Test
  void twoTemplatesForOneTypeStopStartup() {
    assertThatThrownBy(() -> new RecordTemplates(List.of(new ProbeRecordTemplate(), new ProbeRecordTemplate())))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining(ProbeRecordTemplate.TYPE);
  }
}
