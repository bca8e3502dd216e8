package cn.dangjian.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks the Simplified Chinese translation of the Camunda 7 webapps against the English
 * locale files of the webjar on the classpath, and the per-app config.js and user-styles.css
 * overrides. No Spring context is started.
 */
class WebappLocalesTest {

  private static final String APP_BASE = "META-INF/resources/webjars/camunda/app/";

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{.*?}}");

  private static final Pattern CJK = Pattern.compile("\\p{IsHan}");

  private static final Pattern LATIN_LETTER = Pattern.compile("[A-Za-z]");

  /** Product names, acronyms and technical tokens that may stay in Latin script. */
  private static final Set<String> LATIN_ALLOWED =
      Set.of(
          "Camunda", "Optimize", "BPMN", "DMN", "CMMN", "DRD", "REST", "LDAP", "ID", "ID*",
          "JSON", "CSV", "null", "<null>", "<undefined>", "YYYY-MM-DDTHH:mm:ss");

  /** moment.js format patterns: tokens, not prose. */
  private static final List<String> DATE_FORMAT_PATHS =
      List.of("dateLocales.longDateFormat.", "dateLocales.calendar.sameElse");

  /** English plural suffix glued to a noun ("instance" + "s"); Chinese needs none. */
  private static final String PLURAL_SUFFIX = "s";

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void chineseHasExactlyTheEnglishKeys(String app) {
    Map<String, JsonNode> en = flatten(readJson(webjarResource(app, "locales/en.json")));
    Map<String, JsonNode> zh = flatten(readJson(ownResource(app, "locales/zh.json")));

    Set<String> missing = new TreeSet<>(en.keySet());
    missing.removeAll(zh.keySet());
    Set<String> extra = new TreeSet<>(zh.keySet());
    extra.removeAll(en.keySet());

    assertThat(en).as("%s en.json", app).isNotEmpty();
    SoftAssertions.assertSoftly(
        softly -> {
          softly.assertThat(missing).as("keys of %s en.json missing in zh.json", app).isEmpty();
          softly.assertThat(extra).as("keys of %s zh.json not in en.json", app).isEmpty();
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void chineseValuesAreNonBlankAndKeepPlaceholders(String app) {
    Map<String, JsonNode> en = flatten(readJson(webjarResource(app, "locales/en.json")));
    Map<String, JsonNode> zh = flatten(readJson(ownResource(app, "locales/zh.json")));

    List<String> problems = new ArrayList<>();
    en.forEach(
        (path, enNode) -> {
          JsonNode zhNode = zh.get(path);
          if (zhNode == null) {
            return; // reported by chineseHasExactlyTheEnglishKeys
          }
          if (!enNode.isTextual()) {
            if (!enNode.equals(zhNode)) {
              problems.add(path + ": expected " + enNode + " but was " + zhNode);
            }
            return;
          }
          if (!zhNode.isTextual()) {
            problems.add(path + ": not a string: " + zhNode);
            return;
          }
          String enText = enNode.asText();
          String zhText = zhNode.asText();
          boolean blankAllowed = enText.isBlank() || PLURAL_SUFFIX.equals(enText);
          if (zhText.isBlank() && !blankAllowed) {
            problems.add(path + ": blank");
          }
          if (!placeholders(enText).equals(placeholders(zhText))) {
            problems.add(
                path + ": placeholders " + placeholders(zhText) + " instead of "
                    + placeholders(enText));
          }
        });
    assertThat(problems).as("problems in %s zh.json", app).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void chineseValuesAreTranslated(String app) {
    Map<String, JsonNode> en = flatten(readJson(webjarResource(app, "locales/en.json")));
    Map<String, JsonNode> zh = flatten(readJson(ownResource(app, "locales/zh.json")));

    List<String> untranslated = new ArrayList<>();
    en.forEach(
        (path, enNode) -> {
          JsonNode zhNode = zh.get(path);
          if (zhNode == null || !enNode.isTextual() || !zhNode.isTextual()) {
            return; // reported by the other tests
          }
          if (DATE_FORMAT_PATHS.stream().anyMatch(path::startsWith)) {
            return;
          }
          String enText = enNode.asText();
          String zhText = zhNode.asText();
          String zhProse = PLACEHOLDER.matcher(zhText).replaceAll("").trim();
          boolean allowedLatin = LATIN_ALLOWED.contains(zhProse);
          if (!zhText.equals(enText)) {
            // a changed value must be Chinese
            if (!zhText.isBlank() && !CJK.matcher(zhText).find() && !allowedLatin) {
              untranslated.add(path + " = " + zhText);
            }
          } else if (LATIN_LETTER.matcher(zhProse).find() && !allowedLatin) {
            // an unchanged value is fine only for symbols and product names
            untranslated.add(path + " = " + zhText + " (same as English)");
          }
        });
    assertThat(untranslated).as("untranslated values in %s zh.json", app).isEmpty();
  }

  /**
   * Issue 15, item 7: what staff read in Tasklist names our product, never the vendor (who may stay in the footer),
   * and the first-login note explains claiming instead of pointing to the vendor's welcome page. The migration
   * banner's text is hidden by the user styles.
   */
  @org.junit.jupiter.api.Test
  void tasklistNamesTheProductAndNotTheVendor() {
    Map<String, JsonNode> zh = flatten(readJson(ownResource("tasklist", "locales/zh.json")));
    List<String> vendor = zh.entrySet().stream().filter(e -> e.getValue().asText().contains("Camunda"))
        .map(Map.Entry::getKey).filter(path -> !path.endsWith("BANNER_CE_EOL_TEXT")).toList();
    assertThat(vendor).as("labels naming the vendor").isEmpty();
    assertThat(zh.get("labels.FIRST_LOGIN_INFO").asText()).contains("认领").doesNotContain("href");
    assertThat(readText(ownResource("tasklist", "scripts/config.js")))
        .contains("app: locale === 'zh' ? { name: '待办事项', vendor: '党建工作流' }");
  }

  /**
   * Issue 15, items 1, 2, 3 and 5: Tasklist loads the script that puts every Camunda Form into Chinese, shows the
   * problems of a refused submission beside their fields, offers organisation choices and keeps typed data; the
   * script and its texts are on the classpath where config.js points.
   */
  @org.junit.jupiter.api.Test
  void tasklistLoadsTheFormsScript() {
    assertThat(readText(ownResource("tasklist", "scripts/config.js"))).contains("customScripts: ['scripts/dj-forms'],");
    assertThat(readText(ownResource("tasklist", "scripts/dj-forms.js")))
        .contains("from './dj-form-texts.js';");
    assertThat(readText(ownResource("tasklist", "scripts/dj-form-texts.js")))
        .contains("export function translateValidationMessage(").contains("firstDayOfWeek: 1");
    assertThat(readText(ownResource("tasklist", "styles/user-styles.css"))).contains(".dj-problems {");
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void configDefaultsToChineseAndKeepsTheWebjarSettings(String app) {
    String config = readText(ownResource(app, "scripts/config.js"));
    String webjarConfig = readText(webjarResource(app, "scripts/config.js"));

    assertThat(config)
        .contains("import { chosenLocale } from '../../locale-choice.js';")
        .contains("availableLocales: [locale]")
        .contains("fallbackLocale: locale")
        .contains("export default {");

    // Only the commented-out locales example of the webjar's file may be gone.
    Set<String> ownLines = new LinkedHashSet<>(config.lines().toList());
    List<String> droppedCode =
        webjarConfig
            .lines()
            .filter(line -> !ownLines.contains(line))
            .filter(line -> !line.trim().startsWith("//"))
            .toList();
    assertThat(droppedCode).as("lines of the webjar's %s config.js that were lost", app).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void theSharedLocaleChoiceDefaultsToChineseAndOffersEnglish() {
    String choice = readText(WebappLocalesTest.class.getClassLoader()
        .getResource("META-INF/resources/webjars/camunda/app/locale-choice.js"));
    assertThat(choice).contains("export const SUPPORTED_LOCALES = ['zh', 'en'];")
        .contains("export const DEFAULT_LOCALE = 'zh';").contains("export function chosenLocale()");
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void userStylesHideTheMigrationBanner(String app) {
    String styles = readText(ownResource(app, "styles/user-styles.css"));
    String webjarStyles = readText(webjarResource(app, "styles/user-styles.css"));
    String bootstrapJs = readText(webjarResource(app, "camunda-" + app + "-bootstrap.js"));

    assertThat(bootstrapJs)
        .as("the webjar's %s header still renders the banner with this class", app)
        .contains("class=\"ce-eol-banner\"");
    assertThat(styles.replaceAll("\\s+", ""))
        .contains(".ce-eol-banner{display:none!important;}");
    assertThat(styles).as("the webjar's own user-styles.css is kept").contains(webjarStyles.trim());
  }

  private static Set<String> placeholders(String text) {
    Set<String> found = new TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group());
    }
    return found;
  }

  private static Map<String, JsonNode> flatten(JsonNode root) {
    Map<String, JsonNode> leaves = new LinkedHashMap<>();
    flatten(root, "", leaves);
    return leaves;
  }

  private static void flatten(JsonNode node, String path, Map<String, JsonNode> leaves) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        flatten(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), leaves);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(node.get(i), path + "[" + i + "]", leaves);
      }
    } else {
      leaves.put(path, node);
    }
  }

  /** The file shipped by the Camunda webjar (a jar on the classpath). */
  private static URL webjarResource(String app, String file) {
    return resource(app, file, "jar");
  }

  /** The file of this project (a directory on the classpath), which overrides the webjar's. */
  private static URL ownResource(String app, String file) {
    return resource(app, file, "file");
  }

  private static URL resource(String app, String file, String protocol) {
    String name = APP_BASE + app + "/" + file;
    try {
      List<URL> urls = Collections.list(WebappLocalesTest.class.getClassLoader().getResources(name));
      return urls.stream()
          .filter(url -> protocol.equals(url.getProtocol()))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no " + protocol + " resource " + name + " in " + urls));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode readJson(URL url) {
    try (InputStream in = url.openStream()) {
      return JSON.readTree(in); // Jackson skips the UTF-8 BOM of the webjar's files
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + url, e);
    }
  }

  private static String readText(URL url) {
    try (InputStream in = url.openStream()) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + url, e);
    }
  }
}
