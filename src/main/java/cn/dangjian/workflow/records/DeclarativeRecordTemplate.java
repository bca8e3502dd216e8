package cn.dangjian.workflow.records;

import cn.dangjian.workflow.records.RecordContent.Block;
import cn.dangjian.workflow.records.RecordContent.Field;
import cn.dangjian.workflow.records.RecordContent.Fields;
import cn.dangjian.workflow.records.RecordContent.Paragraph;
import cn.dangjian.workflow.records.RecordDefinition.Item;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The record template of every family: a {@link RecordDefinition} under the family's {@link CaseHeader}, so a
 * family declares its records as data and writes no template code ({@link RecordTemplateBeans}).
 */
public final class DeclarativeRecordTemplate implements RecordTemplate {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");
  /** In a title: a case variable with the text used where the case has none, {@code {decisionBody|支部委员会}决定}. */
  private static final Pattern TITLE_PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)\\|([^{}]*)}");

  private final RecordDefinition definition;
  private final CaseHeader header;

  public DeclarativeRecordTemplate(RecordDefinition definition, CaseHeader header) {
    this.definition = definition;
    this.header = header;
  }

  @Override
  public String recordType() {
    return definition.type();
  }

  @Override
  public String typeName() {
    return title();
  }

  /** The title as listed for the type: each title placeholder by its default. */
  public String title() {
    return defaultTitle(definition.title());
  }

  /** A definition's title with each placeholder {@code {variable|default}} replaced by its default. */
  public static String defaultTitle(String title) {
    return TITLE_PLACEHOLDER.matcher(title).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
  }

  private static String title(String title, RecordSource source) {
    return TITLE_PLACEHOLDER.matcher(title)
        .replaceAll(m -> Matcher.quoteReplacement(source.stringOr(m.group(1), m.group(2))));
  }

  @Override
  public RecordContent compose(RecordSource source) {
    Letterhead head = header.letterhead(definition.type(), source);
    List<Block> blocks = new ArrayList<>(head.header());
    Map<String, Object> data = new LinkedHashMap<>(head.data());
    if (definition.intro() != null) {
      blocks.add(new Paragraph(fill(definition.intro(), source)));
    }
    List<Field> fields = new ArrayList<>();
    for (Item item : definition.items()) {
      String value = item.required() ? source.string(item.variable()) : source.stringOr(item.variable(), null);
      if (value == null) {
        continue;
      }
      if (!item.values().isEmpty()) {
        String label = item.values().get(value);
        if (label == null) {
          throw new RecordDataException(definition.type(), item.variable(), item.label() + " 的取值 " + value + " 无效");
        }
        value = label;
      }
      fields.add(new Field(item.label(), value));
      data.put(item.variable(), value);
    }
    if (!fields.isEmpty()) {
      blocks.add(new Fields(fields));
    }
    for (RecordSection section : definition.sections()) {
      section.append(definition.type(), source, header, blocks, data);
    }
    return new RecordContent(head.organisationName(), title(definition.title(), source), null, blocks,
        head.issueDate(), data, head.numbering());
  }

  private static String fill(String text, RecordSource source) {
    Matcher placeholder = PLACEHOLDER.matcher(text);
    return placeholder.replaceAll(m -> Matcher.quoteReplacement(source.string(m.group(1))));
  }
}
