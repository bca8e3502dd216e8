package cn.dangjian.workflow.records.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The renderer's own wording: dates as an official document writes them. */
class RecordRendererTest {

  @Test
  void chineseDateHasNoLeadingZeros() {
    assertThat(RecordRenderer.chineseDate(LocalDate.of(2026, 3, 5))).isEqualTo("2026年3月5日");
  }
}
