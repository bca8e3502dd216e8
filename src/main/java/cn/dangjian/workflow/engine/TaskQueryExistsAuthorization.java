package cn.dangjian.workflow.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The task query's authorization check as an {@code EXISTS} subquery (issue 17, item 3). Camunda joins every
 * candidate task to the user's grants ({@code ON AUTH.RESOURCE_ID_ IN (RES.ID_, D.KEY_, '*')}) and removes the
 * duplicates with {@code DISTINCT}; PostgreSQL runs that join as a nested loop over tasks times grants, so
 * Tasklist's list grows with the open tasks one secretary sees. With {@code EXISTS} each task is checked once
 * and the check stops at the first grant. Operaton (a Camunda 7 fork) made the same change in its engine.
 *
 * <p>The extension point is the engine's statement mapping ({@link DbSqlSessionFactory#mapStatement}, which
 * Camunda itself uses for database-specific statements): after the engine has built its MyBatis configuration,
 * Camunda's own {@code selectTaskByQueryCriteria}, {@code selectTaskCountByQueryCriteria} and their criteria
 * fragment are read from the engine's {@code Task.xml}, registered under new ids with only the authorization
 * part replaced (the {@code AUTH} join removed, the contextual check by {@code authorizationExists} of
 * {@code TaskQueryExistsAuthorization.xml}), and the stock ids are mapped to them. Every other criterion, the
 * paging and the ordering stay Camunda's own, for every database Camunda supports, also after an engine update.
 * Should a future {@code Task.xml} no longer have the expected shape, the stock query stays in use (logged).
 *
 * <p>Both statements serve every task query: Tasklist's filters and their counts, {@code /engine-rest/task}
 * and the Java API. {@code dangjian.engine.task-query-exists-authorization: false} keeps Camunda's query.
 */
@Component
public class TaskQueryExistsAuthorization extends AbstractProcessEnginePlugin {

  static final String NAMESPACE = "cn.dangjian.workflow.engine.TaskQueryExistsAuthorization";
  static final String RESOURCE = "cn/dangjian/workflow/engine/TaskQueryExistsAuthorization.xml";
  static final String SUFFIX = "_existsAuth";
  static final List<String> STATEMENTS = List.of("selectTaskByQueryCriteria", "selectTaskCountByQueryCriteria");

  private static final String CAMUNDA_TASK_MAPPING = "org/camunda/bpm/engine/impl/mapping/entity/Task.xml";
  private static final String CAMUNDA_TASK_NAMESPACE = "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity";
  private static final String CRITERIA_FRAGMENT = "selectTaskByQueryCriteriaSql";
  private static final String OUR_CRITERIA_FRAGMENT = "taskQueryCriteriaWithExistsAuthorization";
  private static final String AUTH_JOIN = "AuthorizationEntity.authCheckJoinWithoutOnClause";
  private static final String CONTEXTUAL_CHECK = "AuthorizationEntity.contextualAuthorizationCheck";
  private static final Logger log = LoggerFactory.getLogger(TaskQueryExistsAuthorization.class);

  private final boolean enabled;
  private ProcessEngineConfigurationImpl configuration;
  private boolean registered;
  private volatile boolean active;

  public TaskQueryExistsAuthorization(
      @Value("${dangjian.engine.task-query-exists-authorization:true}") boolean enabled) {
    this.enabled = enabled;
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
    if (!enabled) {
      log.info("Task query: Camunda's authorization join (dangjian.engine.task-query-exists-authorization=false)");
      return;
    }
    try {
      setActive(true);
    } catch (RuntimeException e) {
      log.warn("Task query: keeping Camunda's authorization join, the EXISTS rewrite could not be set up: {}",
          e.getMessage(), e);
    }
  }

  /** Whether task queries run with the {@code EXISTS} check (else Camunda's join). */
  public boolean isActive() {
    return active;
  }

  /**
   * Switches between the rewritten and Camunda's own task query at run time, for comparing both on the same
   * data (the equivalence test, the benchmark). Queries already running finish with the statement they began.
   */
  public synchronized void setActive(boolean active) {
    if (configuration == null) {
      throw new IllegalStateException("The process engine has not been initialised with this plugin");
    }
    if (active && !registered) {
      register(configuration.getSqlSessionFactory().getConfiguration());
      registered = true;
    }
    DbSqlSessionFactory factory = configuration.getDbSqlSessionFactory();
    // A copy: the engine's mappings may be a map shared by every engine on the same database type.
    Map<String, String> mappings = factory.getStatementMappings() == null ? new HashMap<>()
        : new HashMap<>(factory.getStatementMappings());
    for (String statement : STATEMENTS) {
      if (active) {
        mappings.put(statement, statement + SUFFIX);
      } else {
        mappings.remove(statement, statement + SUFFIX);
      }
    }
    factory.setStatementMappings(mappings);
    this.active = active;
  }

  /** Adds the rewritten statements to the engine's MyBatis configuration (once per configuration). */
  static void register(Configuration mybatis) {
    if (mybatis.isResourceLoaded(RESOURCE)) {
      return;
    }
    byte[] mapper = rewrittenMapper();
    new XMLMapperBuilder(new ByteArrayInputStream(mapper), mybatis, RESOURCE, mybatis.getSqlFragments()).parse();
    for (String statement : STATEMENTS) {
      if (!mybatis.hasStatement(NAMESPACE + "." + statement + SUFFIX)) {
        throw new IllegalStateException("Statement " + statement + SUFFIX + " was not registered");
      }
    }
  }

  /** Our mapper with Camunda's task query statements added, their authorization join replaced by EXISTS. */
  static byte[] rewrittenMapper() {
    try {
      DocumentBuilder builder = documentBuilder();
      Document ours;
      try (InputStream in = resource(RESOURCE)) {
        ours = builder.parse(in);
      }
      Document camunda;
      try (InputStream in = resource(CAMUNDA_TASK_MAPPING)) {
        camunda = builder.parse(in);
      }
      Element mapper = ours.getDocumentElement();
      for (String statement : STATEMENTS) {
        Element select = (Element) ours.importNode(child(camunda, "select", statement), true);
        select.setAttribute("id", statement + SUFFIX);
        if (select.hasAttribute("resultMap") && !select.getAttribute("resultMap").contains(".")) {
          select.setAttribute("resultMap", CAMUNDA_TASK_NAMESPACE + "." + select.getAttribute("resultMap"));
        }
        mapper.appendChild(select);
      }
      Element criteria = (Element) ours.importNode(child(camunda, "sql", CRITERIA_FRAGMENT), true);
      criteria.setAttribute("id", OUR_CRITERIA_FRAGMENT);
      replaceAuthorization(criteria);
      mapper.appendChild(criteria);
      qualifyIncludes(mapper);
      return serialise(ours);
    } catch (IOException | javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException
        | javax.xml.transform.TransformerException e) {
      throw new IllegalStateException("Cannot build the task query with EXISTS authorization: " + e.getMessage(), e);
    }
  }

  /**
   * Removes the join of the grants (the one element that includes {@code authCheckJoinWithoutOnClause}) and
   * points the contextual check, which tested the joined grant, to our {@code EXISTS}.
   */
  private static void replaceAuthorization(Element criteria) {
    List<Element> joins = includes(criteria, AUTH_JOIN);
    List<Element> checks = includes(criteria, CONTEXTUAL_CHECK);
    if (joins.size() != 1 || checks.size() != 1) {
      throw new IllegalStateException("Camunda's " + CRITERIA_FRAGMENT + " has " + joins.size()
          + " authorization joins and " + checks.size() + " contextual checks, expected one of each");
    }
    // The join sits in <if revokeAuthorizationCheckEnabled == false> inside <if authorization check>, with
    // the ON clause as text beside it: remove the outermost <if> that holds nothing else.
    Node join = joins.get(0).getParentNode();
    while (join.getParentNode() != criteria && isOnlyElementChild(join)) {
      join = join.getParentNode();
    }
    if (join.getTextContent().contains("queries") || !join.getTextContent().contains("AUTH.RESOURCE_ID_")) {
      throw new IllegalStateException("Camunda's authorization join is not where expected in " + CRITERIA_FRAGMENT);
    }
    join.getParentNode().removeChild(join);
    checks.get(0).setAttribute("refid", NAMESPACE + ".authorizationExists");
    if (criteria.getTextContent().contains("AUTH.")) {
      throw new IllegalStateException("Camunda's " + CRITERIA_FRAGMENT + " refers to AUTH elsewhere as well");
    }
  }

  private static boolean isOnlyElementChild(Node node) {
    NodeList siblings = node.getParentNode().getChildNodes();
    int elements = 0;
    for (int i = 0; i < siblings.getLength(); i++) {
      Node sibling = siblings.item(i);
      if (sibling.getNodeType() == Node.ELEMENT_NODE) {
        elements++;
      } else if (sibling.getNodeType() == Node.TEXT_NODE && !sibling.getTextContent().isBlank()) {
        return false;
      }
    }
    return elements == 1;
  }

  /** Unqualified includes named Camunda's fragments in Task.xml; they now name ours or Camunda's explicitly. */
  private static void qualifyIncludes(Element mapper) {
    NodeList includes = mapper.getElementsByTagName("include");
    for (int i = 0; i < includes.getLength(); i++) {
      Element include = (Element) includes.item(i);
      String refid = include.getAttribute("refid");
      if (refid.equals(CRITERIA_FRAGMENT)) {
        include.setAttribute("refid", OUR_CRITERIA_FRAGMENT);
      } else if (!refid.contains(".") && !refid.equals("authorizationExists")) {
        include.setAttribute("refid", CAMUNDA_TASK_NAMESPACE + "." + refid);
      }
    }
  }

  private static List<Element> includes(Element root, String refidSuffix) {
    List<Element> found = new java.util.ArrayList<>();
    NodeList includes = root.getElementsByTagName("include");
    for (int i = 0; i < includes.getLength(); i++) {
      Element include = (Element) includes.item(i);
      if (include.getAttribute("refid").endsWith(refidSuffix)) {
        found.add(include);
      }
    }
    return found;
  }

  private static Element child(Document document, String tag, String id) {
    NodeList nodes = document.getDocumentElement().getElementsByTagName(tag);
    for (int i = 0; i < nodes.getLength(); i++) {
      Element element = (Element) nodes.item(i);
      if (id.equals(element.getAttribute("id"))) {
        return element;
      }
    }
    throw new IllegalStateException("Camunda's Task.xml has no <" + tag + " id=\"" + id + "\">");
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = TaskQueryExistsAuthorization.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      in = ProcessEngineConfigurationImpl.class.getClassLoader().getResourceAsStream(name);
    }
    if (in == null) {
      throw new IOException("resource " + name + " not found");
    }
    return in;
  }

  private static DocumentBuilder documentBuilder() throws javax.xml.parsers.ParserConfigurationException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
    factory.setValidating(false);
    factory.setNamespaceAware(false);
    factory.setExpandEntityReferences(false);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    return factory.newDocumentBuilder();
  }

  private static byte[] serialise(Document document) throws javax.xml.transform.TransformerException {
    TransformerFactory factory = TransformerFactory.newDefaultInstance(); // the JDK's, whatever is on the classpath
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
    Transformer transformer = factory.newTransformer();
    transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
    // MyBatis validates mappers against its DTD (resolved from its own jar, not fetched).
    transformer.setOutputProperty(OutputKeys.DOCTYPE_PUBLIC, "-//mybatis.org//DTD Mapper 3.0//EN");
    transformer.setOutputProperty(OutputKeys.DOCTYPE_SYSTEM, "https://mybatis.org/dtd/mybatis-3-mapper.dtd");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    transformer.transform(new DOMSource(document), new StreamResult(out));
    return out.toByteArray();
  }
}
