package cn.dangjian.workflow.support;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * A {@link ProcessScenario} whose {@code recordWriter} is a mock that remembers the record types each case wrote, in
 * order: the process tests assert which records a path produces; the records tests write the real ones.
 */
public abstract class RecordingScenario extends ProcessScenario {

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

  /** The record types the case wrote, in order. */
  protected List<String> recordsOf(ProcessInstance pi) {
    return records.getOrDefault(pi.getId(), List.of());
  }
}
