package cn.dangjian.workflow.membership;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every field a form asks for is read by the process: named in a BPMN of processes/ (expressions, inputs) or by the
 * code that validates it and writes it into a record. A field nobody reads is work for staff with no effect.
 */
class FormFieldUsageTest {

  /** Vote tallies are read by prefix: {@code VoteTallyValidator.field("committee", "For")} is committeeVoteFor. */
  private static final Pattern TALLY = Pattern.compile("(.*?)(?:Vote|vote)(Due|Present|For|Against|Abstain|DueReason|WrittenFor|WrittenAgainst|WrittenAbstain)");

  @Test
  void everyFormFieldIsReadByTheProcess() throws IOException {
    String bpmn = sources("processes", ".bpmn");
    String java = sources("src/main/java", ".java");
    List<String> unread = new ArrayList<>();
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      for (Path form : forms.filter(p -> p.toString().endsWith(".form")).sorted().toList()) {
        for (JsonNode component : new ObjectMapper().readTree(form.toFile()).path("components")) {
          String key = component.path("key").asText("");
          if (!key.isEmpty() && !isRead(key, bpmn, java)) {
            unread.add(form.getFileName() + ": " + key);
          }
        }
      }
    }
    assertThat(unread).isEmpty();
  }

  /** As a string literal in Java, as a whole word in the BPMN (expressions, inputs), or as a tally prefix. */
  private static boolean isRead(String key, String bpmn, String java) {
    if (java.contains("\"" + key + "\"") || Pattern.compile("\\b" + key + "\\b").matcher(bpmn).find()) {
      return true;
    }
    var tally = TALLY.matcher(key);
    return tally.matches() && java.contains("\"" + (tally.group(1).isEmpty() ? "vote" : tally.group(1)) + "\"");
  }

  private static String sources(String root, String suffix) throws IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.walk(Path.of(root))) {
      for (Path file : files.filter(p -> p.toString().endsWith(suffix)).toList()) {
        all.append(Files.readString(file)).append('\n');
      }
    }
    return all.toString();
  }
}
