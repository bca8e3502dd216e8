package cn.dangjian.workflow.engine;

import cn.dangjian.workflow.engine.ElBeanCalls.BeanCall;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The form and bean references of BPMN files, and those of them that do not resolve. A reference is a
 * {@code camunda:formRef}, a {@code delegateExpression}, or any other Camunda attribute or element text holding an
 * expression: listener and service-task {@code expression}, {@code candidateGroups}, {@code candidateUsers},
 * {@code assignee}, {@code dueDate}, {@code followUpDate}, timer {@code timeDate}, {@code timeDuration} and
 * {@code timeCycle}, {@code conditionExpression}, conditional-event {@code condition}, {@code inputParameter} and so
 * on. Which parts of an expression name beans is decided by {@link ElBeanCalls}.
 */
final class BpmnReferences {

  static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
  /** Elements whose text is prose or a script, not an expression. */
  private static final Set<String> NOT_EXPRESSIONS = Set.of("documentation", "text", "script");

  private BpmnReferences() {}

  record Reference(String file, String elementId, String kind, String value) {
    @Override
    public String toString() {
      return file + " " + elementId + " " + kind + "=" + value;
    }
  }

  /** A reference that does not resolve, and why. */
  record Unresolved(Reference reference, String problem) {
    @Override
    public String toString() {
      return reference + ": " + problem;
    }
  }

  /** The type of the Spring bean of that name, or null when the context has none. */
  @FunctionalInterface
  interface BeanTypes {
    Class<?> typeOf(String name);
  }

  static List<Path> files(Path folder, String extension) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(p -> p.toString().endsWith(extension)).sorted().toList();
    }
  }

  static List<Reference> references(Path bpmn) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document document;
    try (InputStream in = Files.newInputStream(bpmn)) {
      document = factory.newDocumentBuilder().parse(in);
    }
    String file = bpmn.getFileName().toString();
    List<Reference> references = new ArrayList<>();
    NodeList all = document.getElementsByTagNameNS("*", "*");
    for (int i = 0; i < all.getLength(); i++) {
      Element element = (Element) all.item(i);
      NamedNodeMap attributes = element.getAttributes();
      for (int a = 0; a < attributes.getLength(); a++) {
        Attr attribute = (Attr) attributes.item(a);
        String name = attribute.getLocalName();
        boolean camunda = CAMUNDA_NS.equals(attribute.getNamespaceURI())
            || CAMUNDA_NS.equals(element.getNamespaceURI()) && attribute.getNamespaceURI() == null;
        if (camunda && ("formRef".equals(name) || "delegateExpression".equals(name)
            || !ElBeanCalls.expressions(attribute.getValue()).isEmpty())) {
          references.add(new Reference(file, owningId(element), name, attribute.getValue()));
        }
      }
      String text = ownText(element);
      if (!NOT_EXPRESSIONS.contains(element.getLocalName()) && !element.hasAttribute("language")
          && !ElBeanCalls.expressions(text).isEmpty()) {
        references.add(new Reference(file, owningId(element), element.getLocalName(), text.trim()));
      }
    }
    return references;
  }

  static Set<String> formIds(Path formsFolder) throws IOException {
    return new TreeSet<>(formIdsByFile(formsFolder).values());
  }

  /** The {@code "id"} of every form file in a folder, by file. */
  static Map<Path, String> formIdsByFile(Path formsFolder) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<Path, String> ids = new LinkedHashMap<>();
    for (Path form : files(formsFolder, ".form")) {
      ids.put(form, json.readTree(form.toFile()).path("id").asText());
    }
    return ids;
  }

  static List<Unresolved> unresolved(List<Reference> references, Set<String> formIds, BeanTypes beans) {
    List<Unresolved> broken = new ArrayList<>();
    for (Reference reference : references) {
      if ("formRef".equals(reference.kind())) {
        if (!formIds.contains(reference.value())) {
          broken.add(new Unresolved(reference, "no form with this id in forms/"));
        }
        continue;
      }
      boolean delegate = "delegateExpression".equals(reference.kind());
      List<BeanCall> calls = ElBeanCalls.in(reference.value(), delegate);
      if (delegate && calls.isEmpty()) {
        broken.add(new Unresolved(reference, "names no bean"));
      }
      for (BeanCall call : calls) {
        String problem = problem(call, beans.typeOf(call.bean()));
        if (problem != null) {
          broken.add(new Unresolved(reference, problem));
        }
      }
    }
    return broken;
  }

  /** Why the call cannot be made on a bean of that type (null: no bean), or null when it can. */
  private static String problem(BeanCall call, Class<?> type) {
    if (type == null) {
      return "no bean '" + call.bean() + "'";
    }
    if (call.method() == null) {
      return null;
    }
    List<Method> named = Arrays.stream(type.getMethods()).filter(m -> m.getName().equals(call.method())).toList();
    if (named.isEmpty()) {
      return "bean '" + call.bean() + "' (" + type.getSimpleName() + ") has no public method " + call.method();
    }
    boolean fits = named.stream().anyMatch(m -> m.getParameterCount() == call.arguments()
        || m.isVarArgs() && call.arguments() >= m.getParameterCount() - 1);
    if (fits) {
      return null;
    }
    String arities = named.stream().map(m -> String.valueOf(m.getParameterCount())).distinct().sorted()
        .collect(Collectors.joining(" or "));
    return "bean '" + call.bean() + "' (" + type.getSimpleName() + ") has no method " + call.method() + " with "
        + call.arguments() + " argument(s), only with " + arities;
  }

  /** The element's own text (not that of its children). */
  static String ownText(Element element) {
    StringBuilder text = new StringBuilder();
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        text.append(child.getNodeValue());
      }
    }
    return text.toString();
  }

  /** The id of the element or of its nearest ancestor with one. */
  static String owningId(Element element) {
    for (Node n = element; n instanceof Element e; n = n.getParentNode()) {
      if (e.hasAttribute("id")) {
        return e.getAttribute("id");
      }
    }
    return "?";
  }
}
