package cn.dangjian.workflow.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/** The form and bean references of BPMN files, and those of them that do not resolve. */
final class BpmnReferences {

  static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
  private static final Pattern BEAN_EXPRESSION = Pattern.compile("^\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)");

  private BpmnReferences() {}

  record Reference(String file, String elementId, String kind, String value) {
    @Override
    public String toString() {
      return file + " " + elementId + " " + kind + "=" + value;
    }
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
        if (camunda && ("formRef".equals(name) || "delegateExpression".equals(name))) {
          references.add(new Reference(bpmn.getFileName().toString(), owningId(element), name, attribute.getValue()));
        }
      }
    }
    return references;
  }

  static Set<String> formIds(Path formsFolder) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Set<String> ids = new TreeSet<>();
    for (Path form : files(formsFolder, ".form")) {
      ids.add(json.readTree(form.toFile()).path("id").asText());
    }
    return ids;
  }

  static List<Reference> unresolved(List<Reference> references, Set<String> formIds, Predicate<String> beanExists) {
    List<Reference> broken = new ArrayList<>();
    for (Reference reference : references) {
      if ("formRef".equals(reference.kind()) && !formIds.contains(reference.value())) {
        broken.add(reference);
      }
      if ("delegateExpression".equals(reference.kind())) {
        Matcher matcher = BEAN_EXPRESSION.matcher(reference.value());
        if (!matcher.find() || !beanExists.test(matcher.group(1))) {
          broken.add(reference);
        }
      }
    }
    return broken;
  }

  private static String owningId(Element element) {
    for (org.w3c.dom.Node n = element; n instanceof Element e; n = n.getParentNode()) {
      if (e.hasAttribute("id")) {
        return e.getAttribute("id");
      }
    }
    return "?";
  }
}
