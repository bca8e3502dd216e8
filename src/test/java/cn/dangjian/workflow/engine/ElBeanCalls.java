package cn.dangjian.workflow.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The Spring beans a Camunda expression ({@code ${…}} or {@code #{…}}, JUEL) refers to, as far as they can be told
 * from the text:
 *
 * <ul>
 *   <li>{@code name.method(a, b)} is a call of method {@code method} with two arguments on bean {@code name} —
 *       unless {@code name} is one the engine itself provides ({@link #ENGINE_NAMES}: {@code execution},
 *       {@code task}, …), as in {@code ${task.setVariable('talkDone', false)}};</li>
 *   <li>a whole expression {@code ${name}} is bean {@code name} only where a bean is expected (a
 *       {@code delegateExpression}); elsewhere, as in {@code ${branchCode}} or {@code ${talkDone == true}}, a bare
 *       identifier is a process variable;</li>
 *   <li>property access without a call, {@code ${name.property}}, is taken for a process variable's property and not
 *       checked: the engine resolves variables before beans, so the text cannot tell them apart, and the processes
 *       read no bean properties;</li>
 *   <li>calls on a result, {@code ${a.b(x).c()}}, check {@code a.b} only; engine functions such as
 *       {@code ${dateTime()}} are not beans; string literals are skipped.</li>
 * </ul>
 */
final class ElBeanCalls {

  /** Names the engine's variable-scope resolver answers before any bean (Camunda's VariableScopeElResolver). */
  static final Set<String> ENGINE_NAMES = Set.of("execution", "task", "externalTask", "caseExecution",
      "authenticatedUserId");

  private static final Set<String> EL_KEYWORDS = Set.of("and", "or", "not", "eq", "ne", "lt", "gt", "le", "ge",
      "div", "mod", "empty", "instanceof", "true", "false", "null");
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

  private ElBeanCalls() {}

  /** Bean {@code bean}: a call of {@code method} with {@code arguments} arguments, or (method null) the bean itself. */
  record BeanCall(String bean, String method, int arguments) {
    @Override
    public String toString() {
      return method == null ? bean : bean + "." + method + "/" + arguments;
    }
  }

  /** The bodies of the {@code ${…}} and {@code #{…}} expressions in a text, without their delimiters. */
  static List<String> expressions(String text) {
    List<String> bodies = new ArrayList<>();
    for (int i = 0; i < text.length() - 1; i++) {
      if ((text.charAt(i) == '$' || text.charAt(i) == '#') && text.charAt(i + 1) == '{') {
        int end = closing(text, i + 1, '{', '}');
        if (end < 0) {
          break;
        }
        bodies.add(text.substring(i + 2, end));
        i = end;
      }
    }
    return bodies;
  }

  /** The bean references of a text; {@code wholeIsBean} where a bare {@code ${name}} names a bean. */
  static List<BeanCall> in(String text, boolean wholeIsBean) {
    List<BeanCall> calls = new ArrayList<>();
    for (String body : expressions(text)) {
      String trimmed = body.trim();
      if (wholeIsBean && IDENTIFIER.matcher(trimmed).matches()) {
        calls.add(new BeanCall(trimmed, null, 0));
      } else {
        calls.addAll(calls(body));
      }
    }
    return calls;
  }

  private static List<BeanCall> calls(String body) {
    List<BeanCall> calls = new ArrayList<>();
    char previous = ' ';
    int i = 0;
    while (i < body.length()) {
      char c = body.charAt(i);
      if (c == '\'' || c == '"') {
        i = endOfString(body, i) + 1;
        previous = c;
      } else if (Character.isJavaIdentifierStart(c)) {
        int end = endOfIdentifier(body, i);
        String name = body.substring(i, end);
        if (previous != '.' && !ENGINE_NAMES.contains(name) && !EL_KEYWORDS.contains(name)) {
          BeanCall call = callAfter(body, name, end);
          if (call != null) {
            calls.add(call);
          }
        }
        i = end;
        previous = 'a';
      } else {
        if (!Character.isWhitespace(c)) {
          previous = c;
        }
        i++;
      }
    }
    return calls;
  }

  /** {@code name} followed by {@code .method(…)}: the call, else null. */
  private static BeanCall callAfter(String body, String name, int from) {
    int dot = skipSpaces(body, from);
    if (dot >= body.length() || body.charAt(dot) != '.') {
      return null;
    }
    int start = skipSpaces(body, dot + 1);
    if (start >= body.length() || !Character.isJavaIdentifierStart(body.charAt(start))) {
      return null;
    }
    int end = endOfIdentifier(body, start);
    int open = skipSpaces(body, end);
    if (open >= body.length() || body.charAt(open) != '(') {
      return null;
    }
    return new BeanCall(name, body.substring(start, end), arguments(body, open));
  }

  /** The number of arguments of the call whose {@code (} is at {@code open}. */
  private static int arguments(String body, int open) {
    int close = closing(body, open, '(', ')');
    int end = close < 0 ? body.length() : close;
    if (body.substring(open + 1, end).isBlank()) {
      return 0;
    }
    int depth = 0;
    int commas = 0;
    for (int i = open + 1; i < end; i++) {
      char c = body.charAt(i);
      if (c == '\'' || c == '"') {
        i = endOfString(body, i);
      } else if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        depth--;
      } else if (c == ',' && depth == 0) {
        commas++;
      }
    }
    return commas + 1;
  }

  /** The index of the bracket closing the one at {@code open}, skipping string literals; -1 if none. */
  private static int closing(String text, int open, char opening, char closingChar) {
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'' || c == '"') {
        i = endOfString(text, i);
      } else if (c == opening) {
        depth++;
      } else if (c == closingChar && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** The index of the quote ending the string literal that starts at {@code start} (JUEL: backslash escapes). */
  private static int endOfString(String text, int start) {
    char quote = text.charAt(start);
    for (int i = start + 1; i < text.length(); i++) {
      if (text.charAt(i) == '\\') {
        i++;
      } else if (text.charAt(i) == quote) {
        return i;
      }
    }
    return text.length();
  }

  private static int endOfIdentifier(String text, int start) {
    int i = start + 1;
    while (i < text.length() && Character.isJavaIdentifierPart(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int skipSpaces(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
