package cn.dangjian.workflow.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dangjian.workflow.web.InvalidInputException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SubmissionTest {

  @Test
  void reportsEveryProblemAtOnce() {
    Map<String, Object> values = new HashMap<>();
    values.put("talker", " ");
    values.put("talkDate", "2026-02-30");
    values.put("talkSummary", "谈话");
    Submission submission = new Submission();
    String talker = submission.read(() -> FieldValues.text(values, "talker", "谈话人"));
    Object date = submission.read(() -> FieldValues.date(values.get("talkDate"), "talkDate", "谈话日期"));
    String summary = submission.read(() -> FieldValues.text(values, "talkSummary", "谈话情况"));
    assertThat(talker).isNull();
    assertThat(date).isNull();
    assertThat(summary).isEqualTo("谈话");
    assertThatThrownBy(submission::done).isInstanceOfSatisfying(InvalidInputException.class, e -> {
      assertThat(e.problems()).extracting(InvalidInputException.Problem::field).containsExactly("talker", "talkDate");
      assertThat(e.field()).isEqualTo("talker");
      assertThat(e.getMessage()).contains("谈话人（talker）不能为空").contains("谈话日期（talkDate）");
    });
  }

  @Test
  void countsTextAsAPersonDoes() {
    Map<String, Object> values = Map.of("summary", "𠮷".repeat(FieldValues.MAX_TEXT));
    assertThat(FieldValues.text(values, "summary", "情况")).hasSize(2 * FieldValues.MAX_TEXT);
    Map<String, Object> tooLong = Map.of("summary", "𠮷".repeat(FieldValues.MAX_TEXT + 1));
    assertThatThrownBy(() -> FieldValues.text(tooLong, "summary", "情况"))
        .hasMessageContaining("实为 " + (FieldValues.MAX_TEXT + 1) + " 个");
  }

  @Test
  void nothingToReportIsFine() {
    Submission submission = new Submission();
    submission.check(() -> { });
    submission.done();
    assertThat(Submission.have("a", 1)).isTrue();
    assertThat(Submission.have("a", null)).isFalse();
  }
}
