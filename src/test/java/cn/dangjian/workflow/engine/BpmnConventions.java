package cn.dangjian.workflow.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ConditionalEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/**
 * The conventions every BPMN file of {@code processes/} keeps (README, "Editing processes"), each rule as the list of
 * its violations in a model ({@code "<element id>: <what is wrong>"}; empty when the model keeps it).
 */
final class BpmnConventions {

  static final String MODELER_NS = "http://camunda.org/schema/modeler/1.0";
  static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

  /** Id prefixes of flow nodes: those member-development.bpmn uses, and the natural ones for other kinds. */
  static final List<String> FLOW_NODE_PREFIXES = List.of("StartEvent", "Task", "Timer", "Condition", "Gateway", "End",
      "SubProcess", "Event", "EndEvent", "Boundary", "Intermediate", "Message", "Signal", "Error", "Escalation", "Call",
      "Script", "Service", "Send", "Receive");
  private static final Pattern FLOW_NODE_ID = Pattern.compile(
      "(" + String.join("|", FLOW_NODE_PREFIXES) + ")_[A-Z][A-Za-z0-9]+");
  private static final Pattern FLOW_ID = Pattern.compile("Flow_[A-Z][A-Za-z0-9]*(_[A-Z][A-Za-z0-9]*)*");
  /** A process id is its key in lower camel case ({@code memberDevelopment}), or {@code Process_Name}. */
  private static final Pattern PROCESS_ID = Pattern.compile("[a-z][A-Za-z0-9]+|Process_[A-Z][A-Za-z0-9]+");
  /** What Modeler generates: a prefix, an underscore and a 7-character hash ({@code Activity_0x7f3ab}). */
  private static final Pattern GENERATED_ID = Pattern.compile("[A-Za-z]+_[0-9a-z]{7}");
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
  private static final Pattern ARTICLE = Pattern.compile("第[一二三四五六七八九十百千零〇两0-9]+条");
  private static final Pattern QUALIFIED_CLASS = Pattern.compile("\\b(cn\\.dangjian|javax?|jakarta)\\.[A-Za-z]");
  /** An ISO 8601 duration or repetition written out: P1M, PT5M, R3/PT5M. */
  private static final Pattern ISO_LITERAL = Pattern.compile("\\bR\\d*/|\\bP(\\d+[YMWD]|T\\d+[HMS])");

  private BpmnConventions() {}

  /** The definitions tell Modeler they are a Camunda Platform 7.24 diagram. */
  static List<String> executionPlatform(BpmnModelInstance model) {
    List<String> violations = new ArrayList<>();
    String id = model.getDefinitions().getId();
    String platform = model.getDefinitions().getAttributeValueNs(MODELER_NS, "executionPlatform");
    String version = model.getDefinitions().getAttributeValueNs(MODELER_NS, "executionPlatformVersion");
    if (!"Camunda Platform".equals(platform)) {
      violations.add(id + ": modeler:executionPlatform is " + platform + ", not \"Camunda Platform\"");
    }
    if (!"7.24.0".equals(version)) {
      violations.add(id + ": modeler:executionPlatformVersion is " + version + ", not \"7.24.0\"");
    }
    return violations;
  }

  /** Every process is executable and has a history time to live. */
  static List<String> executableProcesses(BpmnModelInstance model) {
    List<String> violations = new ArrayList<>();
    for (Process process : model.getModelElementsByType(Process.class)) {
      if (!process.isExecutable()) {
        violations.add(process.getId() + ": not executable");
      }
      if (process.getCamundaHistoryTimeToLiveString() == null) {
        violations.add(process.getId() + ": no camunda:historyTimeToLive");
      }
    }
    return violations;
  }

  /** Processes, flow nodes and sequence flows have readable ids, never Modeler's generated ones. */
  static List<String> readableIds(BpmnModelInstance model) {
    List<String> violations = new ArrayList<>();
    model.getModelElementsByType(Process.class).forEach(p -> checkId(p, PROCESS_ID,
        "its key in lower camel case (memberDevelopment) or Process_<Name>", violations));
    model.getModelElementsByType(FlowNode.class)
        .forEach(n -> checkId(n, FLOW_NODE_ID, "<Prefix>_<Name>, e.g. Task_TalkWithApplicant", violations));
    model.getModelElementsByType(SequenceFlow.class)
        .forEach(f -> checkId(f, FLOW_ID, "Flow_<Name>, e.g. Flow_ActivistDesignated", violations));
    return violations;
  }

  /** Processes and flow nodes have a Chinese name; a sequence flow's name is optional, but Chinese when given. */
  static List<String> chineseNames(BpmnModelInstance model) {
    List<String> violations = new ArrayList<>();
    Stream.concat(model.getModelElementsByType(Process.class).stream().map(p -> new Named(p, p.getName(), true)),
        model.getModelElementsByType(FlowElement.class).stream()
            .map(e -> new Named(e, e.getName(), !(e instanceof SequenceFlow))))
        .filter(n -> n.required() || n.name() != null && !n.name().isBlank())
        .filter(n -> n.name() == null || !HAN.matcher(n.name()).find())
        .forEach(n -> violations.add(n.element().getId() + ": name " + quoted(n.name()) + " has no Chinese character"));
    return violations;
  }

  /** No Java class names: no camunda:class, no fully qualified class in any attribute or expression. */
  static List<String> noJavaClassNames(BpmnModelInstance model) {
    List<String> violations = new ArrayList<>();
    NodeList all = ((Document) model.getDocument().getDomSource().getNode())
        .getElementsByTagNameNS("*", "*");
    for (int i = 0; i < all.getLength(); i++) {
      Element element = (Element) all.item(i);
      NamedNodeMap attributes = element.getAttributes();
      for (int a = 0; a < attributes.getLength(); a++) {
        Attr attribute = (Attr) attributes.item(a);
        boolean camunda = CAMUNDA_NS.equals(attribute.getNamespaceURI())
            || CAMUNDA_NS.equals(element.getNamespaceURI()) && attribute.getNamespaceURI() == null;
        if (camunda && "class".equals(attribute.getLocalName())) {
          violations.add(BpmnReferences.owningId(element) + ": camunda:class=\"" + attribute.getValue() + "\"");
        } else if (QUALIFIED_CLASS.matcher(attribute.getValue()).find()) {
          violations.add(BpmnReferences.owningId(element) + ": " + attribute.getName() + " names a Java class: "
              + attribute.getValue());
        }
      }
      String text = BpmnReferences.ownText(element);
      if (!"documentation".equals(element.getLocalName()) && QUALIFIED_CLASS.matcher(text).find()) {
        violations.add(BpmnReferences.owningId(element) + ": " + element.getLocalName() + " names a Java class: "
            + text.trim());
      }
    }
    return violations;
  }

  /**
   * Every user task has a Camunda Form bound {@code latest} (as has a start event with a form), and candidates
   * from an expression: candidate groups or users, each assignment attribute one {@code ${…}}, never a user id.
   */
  static List<String> userTasks(BpmnModelInstance model) {
    List<String> violations = new ArrayList<>();
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      if (task.getCamundaFormRef() == null) {
        violations.add(task.getId() + ": no camunda:formRef");
      } else if (!"latest".equals(task.getCamundaFormRefBinding())) {
        violations.add(task.getId() + ": camunda:formRefBinding is " + task.getCamundaFormRefBinding()
            + ", not latest");
      }
      if (task.getCamundaCandidateGroups() == null && task.getCamundaCandidateUsers() == null) {
        violations.add(task.getId() + ": no camunda:candidateGroups or camunda:candidateUsers");
      }
      for (String attribute : List.of("candidateGroups", "candidateUsers", "assignee")) {
        String value = task.getAttributeValueNs(CAMUNDA_NS, attribute);
        if (value != null && !isExpression(value)) {
          violations.add(task.getId() + ": camunda:" + attribute + "=\"" + value + "\" is not an expression");
        }
      }
    }
    model.getModelElementsByType(StartEvent.class).stream()
        .filter(s -> s.getCamundaFormRef() != null && !"latest".equals(s.getCamundaFormRefBinding()))
        .forEach(s -> violations.add(s.getId() + ": camunda:formRefBinding is " + s.getCamundaFormRefBinding()
            + ", not latest"));
    return violations;
  }

  /** Timers read their limits from the rule pack: each definition is one expression, with no ISO literal in it. */
  static List<String> timersFromRulePacks(BpmnModelInstance model) {
    List<String> violations = new ArrayList<>();
    for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
      String owner = ((BaseElement) timer.getParentElement()).getId();
      Stream.of(timer.getTimeDate(), timer.getTimeDuration(), timer.getTimeCycle()).filter(Objects::nonNull)
          .map(e -> e.getTextContent().trim()).forEach(text -> {
            if (!isExpression(text)) {
              violations.add(owner + ": timer \"" + text + "\" is not an expression");
            } else if (ISO_LITERAL.matcher(text).find()) {
              violations.add(owner + ": timer \"" + text + "\" holds a literal duration");
            }
          });
      if (timer.getTimeDate() == null && timer.getTimeDuration() == null && timer.getTimeCycle() == null) {
        violations.add(owner + ": timer without a definition");
      }
    }
    return violations;
  }

  /**
   * Every timed or guarded element cites its article (第…条) in its documentation: timer and conditional events,
   * elements with a due or follow-up date, and every user task (a step of the procedure or its supervision).
   */
  static List<String> citedArticles(BpmnModelInstance model) {
    List<String> violations = new ArrayList<>();
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      boolean timed = node instanceof Event event && event.getChildElementsByType(TimerEventDefinition.class).size()
          + event.getChildElementsByType(ConditionalEventDefinition.class).size() > 0;
      boolean limited = node.getAttributeValueNs(CAMUNDA_NS, "dueDate") != null
          || node.getAttributeValueNs(CAMUNDA_NS, "followUpDate") != null;
      if ((timed || limited || node instanceof UserTask) && !ARTICLE.matcher(documentation(node)).find()) {
        violations.add(node.getId() + ": documentation cites no article (第…条)");
      }
    }
    return violations;
  }

  /** A service task calls a bean: camunda:delegateExpression or camunda:expression. */
  static List<String> serviceTasks(BpmnModelInstance model) {
    return model.getModelElementsByType(ServiceTask.class).stream()
        .filter(t -> t.getCamundaDelegateExpression() == null && t.getCamundaExpression() == null)
        .map(t -> t.getId() + ": neither camunda:delegateExpression nor camunda:expression")
        .collect(Collectors.toList());
  }

  /** The whole value is one {@code ${…}} or {@code #{…}} expression. */
  static boolean isExpression(String value) {
    String trimmed = value.trim();
    List<String> bodies = ElBeanCalls.expressions(trimmed);
    return bodies.size() == 1 && bodies.get(0).length() + 3 == trimmed.length() && !bodies.get(0).isBlank();
  }

  private record Named(BaseElement element, String name, boolean required) {}

  private static void checkId(BaseElement element, Pattern readable, String form, Collection<String> violations) {
    String id = element.getId();
    if (GENERATED_ID.matcher(id).matches()) {
      violations.add(id + ": generated id, not " + form);
    } else if (!readable.matcher(id).matches()) {
      violations.add(id + ": id is not " + form);
    }
  }

  private static String documentation(BaseElement element) {
    return element.getDocumentations().stream().map(Documentation::getTextContent).collect(Collectors.joining("\n"));
  }

  private static String quoted(String name) {
    return name == null ? "(none)" : "\"" + name + "\"";
  }
}
