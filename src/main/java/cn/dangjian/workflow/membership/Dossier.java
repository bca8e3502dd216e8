package cn.dangjian.workflow.membership;

import cn.dangjian.workflow.calendar.CaseTime;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The case's list of records (一人一档): each record step registers itself ({@code ${dossier.register(execution,
 * 'membership.talk-record')}}) and the dossier index (归档目录, step 25) lists them. Kept as a JSON byte
 * array variable {@code dossierEntries} (no length limit, no Java serialisation).
 */
@Component("dossier")
public class Dossier {

  public static final String VARIABLE = "dossierEntries";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One registered record. */
  public record Entry(String recordType, String step, String date) {}

  public void register(DelegateExecution execution, String recordType) {
    List<Entry> entries = new ArrayList<>(entries(execution));
    entries.add(new Entry(recordType, execution.getCurrentActivityId(), CaseTime.today().toString()));
    try {
      execution.getProcessInstance().setVariable(VARIABLE, Variables.byteArrayValue(JSON.writeValueAsBytes(entries)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<Entry> entries(VariableScope scope) {
    return entries(scope.getVariable(VARIABLE));
  }

  public static List<Entry> entries(Object value) {
    if (value == null) {
      return List.of();
    }
    try {
      return JSON.readValue((byte[]) value, new TypeReference<List<Entry>>() {});
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
