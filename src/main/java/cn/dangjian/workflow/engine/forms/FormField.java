package cn.dangjian.workflow.engine.forms;

import java.util.Set;

/**
 * One input of a Camunda Form as the server enforces it: what the form-js editor lets a designer declare
 * (required, length, pattern, range, options) plus what every field of ours must satisfy.
 *
 * @param kind how the value is typed in a submission
 * @param options allowed values of a select or radio group; empty for free input
 */
record FormField(String key, String label, Kind kind, boolean required, Integer minLength, Integer maxLength,
    String pattern, Double min, Double max, boolean integral, Set<String> options) {

  enum Kind { ONE_LINE_TEXT, MULTI_LINE_TEXT, DATE, NUMBER, BOOLEAN, CHOICE }

  /** "联系电话（phone）", as messages name a field. */
  String named() {
    return (label == null || label.isBlank() ? key : label) + "（" + key + "）";
  }
}
