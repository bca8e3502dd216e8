package cn.dangjian.workflow.supervision;

import cn.dangjian.workflow.calendar.CaseTime;
import cn.dangjian.workflow.engine.EngineContext;
import cn.dangjian.workflow.identity.Organisation;
import cn.dangjian.workflow.identity.OrganisationModel;
import cn.dangjian.workflow.identity.Person;
import cn.dangjian.workflow.identity.Role;
import cn.dangjian.workflow.records.DocumentNumbering;
import cn.dangjian.workflow.records.RecordContent;
import cn.dangjian.workflow.records.RecordContent.Field;
import cn.dangjian.workflow.records.RecordContent.Fields;
import cn.dangjian.workflow.records.RecordContent.Table;
import cn.dangjian.workflow.records.RecordIssuer;
import cn.dangjian.workflow.records.RecordSource;
import cn.dangjian.workflow.records.RecordStore;
import cn.dangjian.workflow.records.RecordTemplate;
import cn.dangjian.workflow.records.StoredRecord;
import cn.dangjian.workflow.web.FieldValidationException;
import cn.dangjian.workflow.web.ForbiddenException;
import java.time.Instant;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The mass-issue register (群众台账) of one organisation and year, printed as a signed record: every issue registered
 * there, with its receipt, channel and matter, handler, due date, state and closing date — never the reporter.
 * Each print is a new record in the register's own dossier ({@code TZ-<organisation>-<year>}), numbered like any other
 * document of the organisation. Printed by the organisation's 书记、副书记、组织委员 or those of an organisation above.
 */
@Component
public class MassIssueRegister implements RecordTemplate {

  static final String TYPE = "massissue.register";
  private static final String REFUSAL = "只有本组织或上级组织的书记、副书记、组织委员可以打印群众台账";
  private static final Set<Role> PRINTERS = Set.of(Role.SECRETARY, Role.DEPUTY_SECRETARY, Role.ORGANISER);
  private static final List<String> HEADERS = List.of("序号", "收到日期", "反映事项", "承办人", "办理期限", "状态", "办结日期");

  private final OrganisationModel organisations;
  private final HistoryService history;
  private final IdentityService identity;
  private final RecordIssuer issuer;
  private final RecordStore store;

  public MassIssueRegister(OrganisationModel organisations, @Lazy HistoryService history,
      @Lazy IdentityService identity, @Lazy RecordIssuer issuer, RecordStore store) {
    this.organisations = organisations;
    this.history = history;
    this.identity = identity;
    this.issuer = issuer;
    this.store = store;
  }

  @Override
  public String recordType() {
    return TYPE;
  }

  @Override
  public String typeName() {
    return "群众台账";
  }

  /** Issues the register of {@code organisationCode} for a year as {@code userId}; returns the record and its PDF. */
  public Printed print(String organisationCode, String yearText, String userId) {
    Person person = organisations.person(userId).orElse(null);
    boolean printsAnywhere = person != null && person.roles().values().stream()
        .anyMatch(roles -> roles.stream().anyMatch(PRINTERS::contains));
    if (!printsAnywhere) {
      throw new ForbiddenException(REFUSAL);
    }
    Organisation organisation = organisations.organisation(organisationCode).orElseThrow(() ->
        new FieldValidationException("organisationCode", "组织 " + organisationCode + " 不是本系统中的组织"));
    boolean may = organisations.lineage(organisationCode).stream().anyMatch(o ->
        person.belongsTo(o.code()) && person.roles().get(o.code()).stream().anyMatch(PRINTERS::contains));
    if (!may) {
      throw new ForbiddenException(REFUSAL);
    }
    int latest = EngineContext.today().getYear();
    int year = yearText != null && yearText.matches("\\d{4}") ? Integer.parseInt(yearText) : -1;
    if (year < 2000 || year > latest) {
      throw new FieldValidationException("year", "年度（year）应为 2000 至 " + latest + " 之间的四位数字");
    }
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("organisationCode", organisation.code());
    facts.put("organisationName", organisation.name());
    facts.put("organisationShortName", organisation.shortName());
    facts.put("year", year);
    String prefix = SupervisionFamilies.MASS_ISSUE.numberPrefix() + "-" + organisation.code() + "-" + year + "-";
    facts.put("numberPrefix", prefix);
    facts.put("rows", rows(prefix));
    Instant now = EngineContext.now().toInstant();
    RecordSource source = new RecordSource(TYPE, "TZ-" + organisation.code() + "-" + year,
        "register-" + organisation.code() + "-" + year, SupervisionFamilies.MASS_ISSUE.processKey(),
        "Register_" + now.toEpochMilli(), now, userId, facts);
    StoredRecord record = issuer.issue(source, this);
    return new Printed(record, store.pdf(record.id()).orElseThrow());
  }

  /** A printed register: its record and its signed PDF. */
  public record Printed(StoredRecord record, byte[] pdf) {}

  @Override
  @SuppressWarnings("unchecked")
  public RecordContent compose(RecordSource source) {
    List<List<String>> rows = (List<List<String>>) source.variables().get("rows");
    long closed = rows.stream().filter(r -> r.get(5).equals("已办结")).count();
    String name = source.string("organisationName");
    int year = (Integer) source.variables().get("year");
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("recordType", TYPE);
    data.put("organisationCode", source.string("organisationCode"));
    data.put("year", year);
    data.put("issues", rows.size());
    data.put("closed", closed);
    return new RecordContent(name, "群众台账（" + year + "年）", null, List.of(
        new Fields(List.of(new Field("组织", name), new Field("年度", year + "年"), new Field("案件编号", source.string("numberPrefix")
            + "（序号）"), new Field("登记件数", rows.size() + " 件"), new Field("已办结", closed + " 件"),
            new Field("在办及其他", (rows.size() - closed) + " 件"))),
        new Table(HEADERS, rows.isEmpty() ? List.of(List.of("—", "", "本年度没有登记的群众反映", "", "", "", "")) : rows)),
        CaseTime.dateOf(Date.from(source.createdAt())), data,
        new DocumentNumbering(source.string("organisationCode"), source.string("organisationShortName"), TYPE, year));
  }

  private List<List<String>> rows(String numberPrefix) {
    return EngineContext.asEngine(identity, () -> {
      List<HistoricProcessInstance> cases = history.createHistoricProcessInstanceQuery()
          .processDefinitionKey(SupervisionFamilies.MASS_ISSUE.processKey())
          .processInstanceBusinessKeyLike(numberPrefix + "%").list();
      List<List<String>> rows = new ArrayList<>();
      cases.stream().sorted(java.util.Comparator.comparing(HistoricProcessInstance::getBusinessKey)).forEach(c -> {
        Map<String, Object> v = history.createHistoricVariableInstanceQuery().processInstanceId(c.getId()).list()
            .stream().filter(h -> h.getValue() != null)
            .collect(Collectors.toMap(HistoricVariableInstance::getName, HistoricVariableInstance::getValue, (a, b) -> a));
        rows.add(List.of(c.getBusinessKey().substring(numberPrefix.length()), text(v, "receivedOn"),
            text(v, "channelName") + "：" + text(v, "summary"), text(v, "responsiblePersonName"),
            text(v, "handlingDueDate"), state(c, v), text(v, "closedOn")));
      });
      return rows;
    });
  }

  private static String state(HistoricProcessInstance c, Map<String, Object> v) {
    if (Boolean.TRUE.equals(v.get("redirected"))) {
      return "已转递";
    }
    if (Boolean.TRUE.equals(v.get("repeated"))) {
      return "重复反映";
    }
    if (v.get("closedOn") != null) {
      return "已办结";
    }
    return c.getEndTime() == null ? "办理中" : "已终止";
  }

  private static String text(Map<String, Object> v, String name) {
    Object value = v.get(name);
    return value == null ? "—" : value.toString();
  }

}
