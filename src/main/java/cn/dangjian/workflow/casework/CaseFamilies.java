package cn.dangjian.workflow.casework;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/** Every {@link CaseFamily} bean; two families with the same key, number prefix or process stop start-up. */
@Component
public class CaseFamilies {

  private final Map<String, CaseFamily> byKey;
  private final Map<String, CaseFamily> byProcessKey;

  public CaseFamilies(List<CaseFamily> families) {
    this.byKey = index(families, CaseFamily::key, "key");
    this.byProcessKey = index(families, CaseFamily::processKey, "process key");
    index(families, CaseFamily::numberPrefix, "case number prefix");
  }

  private static Map<String, CaseFamily> index(List<CaseFamily> families, Function<CaseFamily, String> by, String what) {
    Map<String, CaseFamily> index = new TreeMap<>();
    for (CaseFamily family : families) {
      CaseFamily previous = index.put(by.apply(family), family);
      if (previous != null) {
        throw new IllegalStateException("Two case families share the " + what + " " + by.apply(family) + ": "
            + previous.title() + " and " + family.title());
      }
    }
    return index;
  }

  public CaseFamily byKey(String key) {
    CaseFamily family = byKey.get(key);
    if (family == null) {
      throw new IllegalArgumentException("未知的业务类别 " + key + "；已有：" + byKey.keySet());
    }
    return family;
  }

  public CaseFamily byProcessKey(String processKey) {
    CaseFamily family = byProcessKey.get(processKey);
    if (family == null) {
      throw new IllegalArgumentException("流程 " + processKey + " 不属于任何业务类别；已有：" + byProcessKey.keySet());
    }
    return family;
  }
}
