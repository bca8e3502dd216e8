package cn.dangjian.workflow.casework;

/**
 * One process family (业务类别) on the case platform, declared as a bean by its module: its key (the folder of
 * its rule packs, the prefix of its forms), the prefix of its case numbers, its Chinese name, and the process
 * whose instances are its cases.
 *
 * @param key e.g. {@code membership}; rule packs in {@code rules/<key>/}, forms {@code forms/<key>-*.form}
 * @param numberPrefix e.g. {@code DY} (党员发展): case numbers {@code DY-C1-B1-2026-0001}
 * @param title e.g. 党员发展
 * @param processKey e.g. {@code memberDevelopment}
 */
public record CaseFamily(String key, String numberPrefix, String title, String processKey) {

  public CaseFamily {
    if (key == null || !key.matches("[a-z][a-z0-9]*")) {
      throw new IllegalArgumentException("family key must be lower-case letters and digits: " + key);
    }
    if (numberPrefix == null || !numberPrefix.matches("[A-Z]{2,4}")) {
      throw new IllegalArgumentException("case number prefix must be 2-4 capital letters: " + numberPrefix);
    }
  }
}
