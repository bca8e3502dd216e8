package cn.dangjian.workflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DownloadsTest {

  @Test
  void downloadNameKeepsChineseAndOffersAsciiFallback() {
    assertThat(Downloads.attachment("关于“入党”的决议/草稿.pdf", "record-1.pdf"))
        .isEqualTo("attachment; filename=\"record-1.pdf\"; filename*=UTF-8''"
            + "%E5%85%B3%E4%BA%8E%E2%80%9C%E5%85%A5%E5%85%9A%E2%80%9D%E7%9A%84%E5%86%B3%E8%AE%AE_%E8%8D%89%E7%A8%BF.pdf");
  }
}
