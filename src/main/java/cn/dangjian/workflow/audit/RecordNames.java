package cn.dangjian.workflow.audit;

import cn.dangjian.workflow.records.RecordSummary;
import cn.dangjian.workflow.records.RecordTemplates;
import cn.dangjian.workflow.records.StoredRecord;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.springframework.stereotype.Component;

/**
 * Records as people read them: the type's Chinese name from its template and the issuing step's name from the
 * case's history (the name the step had when it ran, so renamed steps of older versions keep theirs).
 */
@Component
class RecordNames {

  private final RecordTemplates templates;
  private final HistoryService history;

  RecordNames(RecordTemplates templates, HistoryService history) {
    this.templates = templates;
    this.history = history;
  }

  List<RecordSummary> summaries(List<StoredRecord> records) {
    Map<String, Map<String, String>> stepsByCase = new HashMap<>();
    return records.stream().map(record -> RecordSummary.of(record, templates.typeName(record.recordType()),
        stepName(record, stepsByCase.computeIfAbsent(record.processInstanceId(), this::stepNames)))).toList();
  }

  RecordSummary summary(StoredRecord record) {
    return summaries(List.of(record)).get(0);
  }

  private static String stepName(StoredRecord record, Map<String, String> names) {
    String step = record.step();
    return step == null ? null : names.getOrDefault(step, step);
  }

  private Map<String, String> stepNames(String processInstanceId) {
    Map<String, String> names = new HashMap<>();
    if (processInstanceId == null) {
      return names;
    }
    for (HistoricActivityInstance step : history.createHistoricActivityInstanceQuery()
        .processInstanceId(processInstanceId).list()) {
      if (step.getActivityName() != null && !step.getActivityName().isBlank()) {
        names.putIfAbsent(step.getActivityId(), step.getActivityName());
      }
    }
    return names;
  }
}
