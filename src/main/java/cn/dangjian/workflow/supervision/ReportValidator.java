package cn.dangjian.workflow.supervision;

import cn.dangjian.workflow.casework.FieldValues;
import cn.dangjian.workflow.casework.Submission;
import cn.dangjian.workflow.engine.EngineContext;
import cn.dangjian.workflow.identity.Organisation;
import cn.dangjian.workflow.identity.OrganisationModel;
import cn.dangjian.workflow.text.PlainText;
import cn.dangjian.workflow.web.InvalidInputException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The intake contract of a report (检举控告受理), checked as a whole at every door — our API, the Tasklist start form
 * and the engine's start listener — reporting every bad field at once. Messages about the reporter's identity never
 * repeat what was typed: the text must not reach a log or an error report.
 */
@Component
public class ReportValidator {

  /** 受理渠道. */
  public static final Map<String, String> CHANNELS = ordered("letter", "来信", "visit", "来访", "phone", "来电",
      "online", "网络举报", "reception", "接待接访", "inspection", "巡察移交", "audit", "审计移交", "referral", "上级或有关部门转办");
  /** 反映事项类别. */
  public static final Map<String, String> KINDS = ordered(Report.MASS_ISSUE, "群众诉求（请求或意见）", Report.CLUE,
      "问题线索（反映党员、干部的问题）");

  private static final Pattern ID_NUMBER = Pattern.compile("[0-9]{17}[0-9Xx]");
  private static final int SHORT_TEXT = 50;

  private final OrganisationModel organisations;
  private final HistoryService history;
  private final IdentityService identity;

  public ReportValidator(OrganisationModel organisations, @Lazy HistoryService history,
      @Lazy IdentityService identity) {
    this.organisations = organisations;
    this.history = history;
    this.identity = identity;
  }

  /** A report as filed at a door, with its reporter's identity ({@code null} for an anonymous report). */
  public record Filing(Report report, ReporterIdentity identity) {}

  /** Checks a report without the reporter's identity (the engine's side: the identity is never there). */
  public Report validate(Map<String, Object> values) {
    return check(values, false).report();
  }

  /**
   * Checks a report as a door receives it: the report and, for a real-name report, the reporter's identity (which
   * must then be present, and absent from an anonymous one); throws every problem at once.
   */
  public Filing validateFiling(Map<String, Object> values) {
    return check(values, true);
  }

  private Filing check(Map<String, Object> values, boolean identityAtHand) {
    Submission submission = new Submission();
    Report report = read(values, submission);
    ReporterIdentity reporter = null;
    if (identityAtHand && (values.get("realName") == null || values.get("realName") instanceof Boolean)) {
      reporter = submission.read(() -> identity(values, Boolean.TRUE.equals(values.get("realName"))));
    }
    try {
      submission.done();
    } catch (InvalidInputException invalid) {
      throw firstPerField(invalid);
    }
    return new Filing(report, reporter);
  }

  /** One problem per field, the first: a wrongly typed field is not reported again as missing. */
  private static InvalidInputException firstPerField(InvalidInputException invalid) {
    Map<String, InvalidInputException.Problem> first = new LinkedHashMap<>();
    invalid.problems().forEach(p -> first.putIfAbsent(p.field(), p));
    return new InvalidInputException(java.util.List.copyOf(first.values()));
  }

  /** The reporter's identity of a real-name report; {@code null} for an anonymous one. */
  private ReporterIdentity identity(Map<String, Object> values, boolean realName) {
    if (!realName) {
      Submission submission = new Submission();
      for (String field : ReporterIdentity.FIELDS) {
        Object value = values.get(field);
        if (value != null && !value.toString().isBlank()) {
          submission.check(() -> {
            throw new InvalidInputException(field, "匿名举报不登记举报人信息（" + field + "）：请清空该项，或将“是否实名”选为是");
          });
        }
      }
      submission.done();
      return null;
    }
    Submission submission = new Submission();
    String name = submission.read(() -> identityText(values, "reporterName", "举报人姓名", SHORT_TEXT));
    String contact = submission.read(() -> identityText(values, "reporterContact", "举报人联系方式", 100));
    String idNumber = submission.read(() -> {
      Object value = values.get("reporterIdNumber");
      if (value == null || value.toString().isBlank()) {
        return "";
      }
      if (!ID_NUMBER.matcher(value.toString().trim()).matches()) {
        throw new InvalidInputException("reporterIdNumber", "举报人公民身份号码（reporterIdNumber）应为 18 位，最后一位可为 X");
      }
      return value.toString().trim().toUpperCase();
    });
    submission.done();
    return new ReporterIdentity(name, contact, idNumber.isEmpty() ? null : idNumber);
  }

  private static String identityText(Map<String, Object> values, String field, String label, int max) {
    Object value = values.get(field);
    if (value == null || value.toString().isBlank()) {
      throw new InvalidInputException(field, "实名举报须填写" + label + "（" + field + "）");
    }
    String text = value.toString().trim();
    if (text.codePointCount(0, text.length()) > max) {
      throw new InvalidInputException(field, label + "（" + field + "）不能超过 " + max + " 个字");
    }
    if (PlainText.problem(text, false).isPresent()) {
      throw new InvalidInputException(field, label + "（" + field + "）含有不可见的控制字符");
    }
    return text;
  }

  /** Fields typed as text: any other JSON type is refused by name (and the field is then treated as absent). */
  private static final Map<String, String> TEXT_FIELDS = ordered("receivingOrganisationCode", "受理组织", "channel",
      "受理渠道", "summary", "反映事项摘要", "content", "反映的主要内容", "kind", "反映事项类别", "subjectName", "被反映人姓名",
      "subjectOrganisationCode", "被反映人所在组织", "redirectTo", "转递机关", "redirectReason", "不予受理、转递的理由",
      "repeatOf", "首次举报的案件编号", "reporterName", "举报人姓名", "reporterContact", "举报人联系方式",
      "reporterIdNumber", "举报人公民身份号码");

  /** The values with every wrongly typed one noted and left out, so no later rule misreads it. */
  private static Map<String, Object> typed(Map<String, Object> values, Submission submission) {
    Map<String, Object> typed = new java.util.HashMap<>(values);
    TEXT_FIELDS.forEach((field, label) -> {
      Object value = values.get(field);
      if (value != null && !(value instanceof String)) {
        typed.remove(field);
        submission.check(() -> {
          throw new InvalidInputException(field, label + "（" + field + "）应为文字");
        });
      }
    });
    Object realName = values.get("realName");
    if (realName != null && !(realName instanceof Boolean)) {
      typed.remove("realName");
      submission.check(() -> {
        throw new InvalidInputException("realName", "是否实名（realName）应为是或否（true 或 false）");
      });
    }
    return typed;
  }

  private Report read(Map<String, Object> given, Submission submission) {
    Map<String, Object> values = typed(given, submission);
    Organisation receiving = submission.read(() -> organisation(values, "receivingOrganisationCode", "受理组织"));
    String channel = submission.read(() -> choice(values, "channel", "受理渠道", CHANNELS));
    LocalDate receivedOn = submission.read(() -> {
      LocalDate date = FieldValues.date(values.get("receivedOn"), "receivedOn", "收到日期");
      FieldValues.notInFuture(date, "receivedOn", "收到日期");
      return date;
    });
    String summary = submission.read(() -> shortText(values, "summary", "反映事项摘要", 100));
    String content = submission.read(() -> FieldValues.text(values, "content", "反映的主要内容"));
    String kind = submission.read(() -> choice(values, "kind", "反映事项类别", KINDS));
    Boolean realName = given.get("realName") != null && !values.containsKey("realName") ? null
        : submission.read(() -> {
          Boolean value = bool(values, "realName");
          if (value == null) {
            throw new InvalidInputException("realName", "是否实名（realName）应为是或否（true 或 false）");
          }
          return value;
        });
    String subjectName = null;
    Organisation subjectOrganisation = null;
    if (Report.CLUE.equals(kind)) {
      subjectName = submission.read(() -> shortText(values, "subjectName", "被反映人姓名", SHORT_TEXT));
      subjectOrganisation = submission.read(() -> organisation(values, "subjectOrganisationCode", "被反映人所在组织"));
    }
    String redirectTo = optionalShortText(values, "redirectTo", "转递机关", submission);
    String redirectReason = redirectTo == null ? null
        : submission.read(() -> FieldValues.text(values, "redirectReason", "不予受理、转递的理由"));
    String repeatOf = optionalShortText(values, "repeatOf", "首次举报的案件编号", submission);
    if (repeatOf != null && Submission.have(kind)) {
      String processKey = Report.CLUE.equals(kind) ? SupervisionFamilies.CLUE.processKey()
          : SupervisionFamilies.MASS_ISSUE.processKey();
      submission.check(() -> requireEarlierCase(repeatOf, processKey));
    }
    if (!Submission.have(receiving, channel, receivedOn, summary, content, kind, realName)) {
      return null;
    }
    return new Report(receiving, channel, receivedOn, summary, content, kind, subjectName, subjectOrganisation, realName,
        redirectTo, redirectReason, repeatOf);
  }

  private void requireEarlierCase(String caseNumber, String processKey) {
    long found = EngineContext.unrestricted(identity, () -> history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(processKey).processInstanceBusinessKey(caseNumber).count());
    if (found == 0) {
      throw new InvalidInputException("repeatOf", "首次举报的案件编号（repeatOf）" + PlainText.printable(caseNumber)
          + " 不存在或不是同一类别的案件");
    }
  }

  private Organisation organisation(Map<String, Object> values, String field, String label) {
    String code = shortText(values, field, label, SHORT_TEXT);
    return organisations.organisation(code).orElseThrow(() -> new InvalidInputException(field,
        label + "（" + field + "）" + PlainText.printable(code) + " 不是本系统中的组织"));
  }

  private static String shortText(Map<String, Object> values, String field, String label, int max) {
    String text = FieldValues.text(values, field, label);
    if (text.codePointCount(0, text.length()) > max) {
      throw new InvalidInputException(field, label + "（" + field + "）不能超过 " + max + " 个字");
    }
    if (text.contains("\n")) {
      throw new InvalidInputException(field, label + "（" + field + "）应为一行文字");
    }
    return text;
  }

  private static String optionalShortText(Map<String, Object> values, String field, String label, Submission submission) {
    Object value = values.get(field);
    return value == null || value.toString().isBlank() ? null
        : submission.read(() -> shortText(values, field, label, 100));
  }

  private static String choice(Map<String, Object> values, String field, String label, Map<String, String> choices) {
    Object value = values.get(field);
    if (value == null || value.toString().isBlank()) {
      throw new InvalidInputException(field, label + "（" + field + "）不能为空");
    }
    String code = value.toString().trim();
    if (!choices.containsKey(code)) {
      throw new InvalidInputException(field, label + "（" + field + "）应为以下之一：" + String.join("、",
          choices.entrySet().stream().map(e -> e.getKey() + "（" + e.getValue() + "）").toList()) + "；实为 "
          + PlainText.printable(code));
    }
    return code;
  }

  private static Boolean bool(Map<String, Object> values, String field) {
    return values.get(field) instanceof Boolean b ? b : null;
  }

  private static Map<String, String> ordered(String... codesAndNames) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < codesAndNames.length; i += 2) {
      map.put(codesAndNames[i], codesAndNames[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(map);
  }
}
