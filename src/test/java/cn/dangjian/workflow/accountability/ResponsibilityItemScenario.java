package cn.dangjian.workflow.accountability;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The responsibility-item driver with a {@code recordWriter} mock that remembers the record types each case wrote
 * (the same test context as member development's process tests); {@code ResponsibilityItemRecordsTest} writes the
 * real records.
 */
public abstract class ResponsibilityItemScenario extends ResponsibilityItemDriver {

  @MockitoBean(name = "recordWriter")
  protected JavaDelegate recordWriter;

  protected final Map<String, List<String>> records = new HashMap<>();

  @BeforeEach
  protected void rememberRecordTypes() throws Exception {
    doAnswer(invocation -> {
      DelegateExecution execution = invocation.getArgument(0);
      records.computeIfAbsent(execution.getProcessInstanceId(), k -> new ArrayList<>())
          .add((String) execution.getVariable("recordType"));
      return null;
    }).when(recordWriter).execute(any());
  }

  @Override
  protected List<String> recordTypes(String processInstanceId) {
    return records.getOrDefault(processInstanceId, List.of());
  }
}
