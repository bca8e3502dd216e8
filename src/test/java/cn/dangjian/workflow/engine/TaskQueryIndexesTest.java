package cn.dangjian.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class TaskQueryIndexesTest {

  @Autowired DataSource dataSource;
  @Autowired TaskQueryIndexes indexes;
  @Autowired ProcessEngine engine;

  @Test
  void tasklistQueryIndexesExistAndCreatingThemAgainIsHarmless() throws Exception {
    indexes.postProcessEngineBuild(engine);

    assertThat(indexNames("ACT_RU_IDENTITYLINK")).contains("DJ_IDX_IDENTLINK_TASK_GROUP")
        .doesNotContain("DJ_IDX_IDENTLINK_GROUP_TASK");
    assertThat(indexNames("ACT_RU_TASK")).contains("ACT_IDX_TASK_CREATE").doesNotContain("DJ_IDX_TASK_CREATE_TIME");
  }

  @Test
  void indexesOfEarlierVersionsAreDropped() throws Exception {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE INDEX IF NOT EXISTS DJ_IDX_IDENTLINK_GROUP_TASK ON ACT_RU_IDENTITYLINK (GROUP_ID_, TYPE_, TASK_ID_)");
      statement.execute("CREATE INDEX IF NOT EXISTS DJ_IDX_TASK_CREATE_TIME ON ACT_RU_TASK (CREATE_TIME_)");
    }

    indexes.postProcessEngineBuild(engine);

    assertThat(indexNames("ACT_RU_IDENTITYLINK")).doesNotContain("DJ_IDX_IDENTLINK_GROUP_TASK");
    assertThat(indexNames("ACT_RU_TASK")).doesNotContain("DJ_IDX_TASK_CREATE_TIME");
  }

  private List<String> indexNames(String table) throws Exception {
    List<String> names = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        ResultSet rs = connection.getMetaData().getIndexInfo(null, null, table, false, false)) {
      while (rs.next()) {
        names.add(String.valueOf(rs.getString("INDEX_NAME")).toUpperCase());
      }
    }
    return names;
  }
}
