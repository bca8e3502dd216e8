package cn.dangjian.workflow.records;

import java.util.List;
import java.util.Map;

/**
 * One record type described as data: its title, an introduction (with {@code {variable}} placeholders), the
 * step's fields and further sections. {@link DeclarativeRecordTemplate} composes it under the family's
 * {@link CaseHeader}.
 */
public record RecordDefinition(String type, String title, String intro, List<Item> items, List<RecordSection> sections) {

  public RecordDefinition(String type, String title, String intro, List<Item> items) {
    this(type, title, intro, items, List.of());
  }

  /** A field of the step: label and variable; a value map translates codes (designate → 确定). */
  public record Item(String label, String variable, boolean required, Map<String, String> values) {

    public static Item of(String label, String variable) {
      return new Item(label, variable, true, Map.of());
    }

    public static Item optional(String label, String variable) {
      return new Item(label, variable, false, Map.of());
    }

    public static Item coded(String label, String variable, Map<String, String> values) {
      return new Item(label, variable, true, values);
    }
  }
}
