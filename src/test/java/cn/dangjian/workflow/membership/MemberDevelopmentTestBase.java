package cn.dangjian.workflow.membership;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

import cn.dangjian.workflow.support.TakenSequenceFlows;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Process-path tests: the {@code recordWriter} is a mock that remembers which record types each case
 * wrote, so the paths run fast; {@link MemberDevelopmentSignedRecordsTest} runs a case with the real one. The engine
 * remembers the sequence flows it takes ({@link TakenSequenceFlows}) for {@link MemberDevelopmentCoverageTest}.
 */
@Import(TakenSequenceFlows.class)
public abstract class MemberDevelopmentTestBase extends MemberDevelopmentScenario {

  @MockitoBean(name = "recordWriter")
  protected JavaDelegate recordWriter;

  /** recordType per process instance, in the order written. */
  protected final Map<String, List<String>> records = new HashMap<>();

  @BeforeEach
  void rememberRecordTypes() throws Exception {
    doAnswer(invocation -> {
      DelegateExecution execution = invocation.getArgument(0);
      records.computeIfAbsent(execution.getProcessInstanceId(), k -> new ArrayList<>())
          .add((String) execution.getVariable("recordType"));
      return null;
    }).when(recordWriter).execute(any());
  }

  @Override
  protected List<String> recordsOf(ProcessInstance pi) {
    return records.getOrDefault(pi.getId(), List.of());
  }
}
