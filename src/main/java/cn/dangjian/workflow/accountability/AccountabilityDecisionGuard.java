package cn.dangjian.workflow.accountability;

import static cn.dangjian.workflow.accountability.AccountabilityCaseGuards.choice;
import static cn.dangjian.workflow.accountability.AccountabilityCaseGuards.dateAfter;
import static cn.dangjian.workflow.accountability.AccountabilityCaseGuards.pack;
import static cn.dangjian.workflow.casework.FieldValues.optionalText;
import static cn.dangjian.workflow.casework.FieldValues.text;

import cn.dangjian.workflow.casework.FieldValues;
import cn.dangjian.workflow.casework.Submission;
import cn.dangjian.workflow.identity.OrganisationModel;
import cn.dangjian.workflow.identity.OrganisationType;
import cn.dangjian.workflow.records.RecordStore;
import cn.dangjian.workflow.records.StoredRecord;
import cn.dangjian.workflow.rules.RulePacks;
import cn.dangjian.workflow.web.InvalidInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Complete listener of the 问责决定 ({@code ${accountabilityDecisionGuard.decide(task)}}), whatever door completes it:
 * no decision without the subject's statement on record (事实材料及陈述申辩, signed or with the refusal noted); the
 * measures fit the subject and the deciding body's powers (《中国共产党问责条例》第八条、第十二条) and may be combined;
 * 不予/免予问责, 从轻 and 从重 with their grounds; a choice other than the decision table's suggestion with its reason.
 * People decide; this checks that what they decided is complete and within the rules.
 */
@Component("accountabilityDecisionGuard")
public class AccountabilityDecisionGuard {

  static final String FACTS_RECORD = "accountability.facts";
  static final Map<String, String> OUTCOMES = Map.of("accountable", "予以问责", "notAccountable", "不予问责", "exempted",
      "免予问责");
  static final Map<String, String> LENIENCY = Map.of("none", "无", "lighter", "从轻或者减轻问责", "heavier", "从重或者加重问责");
  /** How a decision without measures reads, as the decision table writes its suggestion. */
  private static final Map<String, String> NO_MEASURE = Map.of("notAccountable", "不予问责", "exempted", "免予问责");

  private final RecordStore records;
  private final RulePacks rules;
  private final OrganisationModel organisations;

  public AccountabilityDecisionGuard(RecordStore records, RulePacks rules, OrganisationModel organisations) {
    this.records = records;
    this.rules = rules;
    this.organisations = organisations;
  }

  public void decide(DelegateTask task) {
    Submission s = new Submission();
    s.check(() -> requireStatementRecord(task));
    s.read(() -> dateAfter(task, "decisionDate", "决定日期", "discussionDate", "集体讨论日期"));
    s.read(() -> text(task, "decisionText", "决定内容"));
    String outcome = s.read(() -> choice(task, "decisionOutcome", "决定", OUTCOMES));
    List<String> measures = s.read(() -> measures(task));
    if (Submission.have(outcome, measures)) {
      s.check(() -> fitsOutcome(task, outcome, measures));
      s.check(() -> withinPowers(task, measures));
      s.check(() -> probationPeriod(task, measures));
    }
    String leniency = s.read(() -> choice(task, "leniency", "从轻或从重", LENIENCY));
    if (leniency != null && !leniency.equals("none") && optionalText(task, "leniencyGrounds") == null) {
      s.check(() -> {
        throw new InvalidInputException("leniencyGrounds", LENIENCY.get(leniency) + "须写明依据（leniencyGrounds；"
            + rules.article(pack(task), "mitigation") + "）");
      });
    }
    String decided = Submission.have(outcome, measures)
        ? outcome.equals("accountable") ? String.join("、", measures) : NO_MEASURE.get(outcome) : null;
    if (decided != null && !decided.isEmpty() && !sameMeasures(decided, (String) task.getVariable("suggestedMeasures"))
        && optionalText(task, "deviationReason") == null) {
      s.check(() -> {
        throw new InvalidInputException("deviationReason", "决定（" + decided + "）与系统建议（"
            + task.getVariable("suggestedMeasures") + "）不同，须写明理由（deviationReason）");
      });
    }
    s.done();
    task.setVariable("decisionMeasures", decided);
    task.setVariable("decidedAccountable", outcome.equals("accountable"));
    task.setVariable("hasAdjustment", measures.stream().anyMatch(m -> Measures.named(m).orElseThrow().kind()
        == Measures.Kind.ADJUSTMENT));
    task.setVariable("measureCategories", null);
  }

  /** 第十条: the decision rests on facts shown to the subject and the subject's statement, on record. */
  private void requireStatementRecord(DelegateTask task) {
    Object id = task.getVariable("factsRecordId");
    boolean onRecord = id != null && records.find(id.toString()).map(StoredRecord::recordType)
        .filter(FACTS_RECORD::equals).isPresent()
        && records.find(id.toString()).map(StoredRecord::processInstanceId)
        .filter(task.getProcessInstanceId()::equals).isPresent();
    if (!onRecord) {
      throw new InvalidInputException("decisionOutcome", "本案没有被问责对象陈述申辩的记录（事实材料及陈述申辩），不能作出问责决定（"
          + rules.article(pack(task), "statement") + "）");
    }
  }

  private static List<String> measures(DelegateTask task) {
    Set<String> chosen = new LinkedHashSet<>();
    List<InvalidInputException.Problem> problems = new ArrayList<>();
    String subjectType = (String) task.getVariable("subjectType");
    for (String field : List.of("measure1", "measure2", "measure3")) {
      String name = optionalText(task, field);
      if (name == null) {
        continue;
      }
      Measures measure = Measures.named(name).orElse(null);
      if (measure == null) {
        problems.add(new InvalidInputException.Problem(field, "问责方式（" + field + "）" + name + " 不是问责条例或纪律处分条例规定的方式"));
      } else if (!measure.appliesTo(subjectType)) {
        problems.add(new InvalidInputException.Problem(field, "问责方式（" + field + "）" + name + " 不适用于"
            + task.getVariable("subjectTypeName") + "，可选：" + String.join("、", Measures.namesFor(subjectType))
            + "（《中国共产党问责条例》第八条）"));
      } else if (!chosen.add(name)) {
        problems.add(new InvalidInputException.Problem(field, "问责方式（" + field + "）" + name + " 重复"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return List.copyOf(chosen);
  }

  private void fitsOutcome(DelegateTask task, String outcome, List<String> measures) {
    if (outcome.equals("accountable") && measures.isEmpty()) {
      throw new InvalidInputException("measure1", "予以问责须选择至少一种问责方式（measure1）");
    }
    if (!outcome.equals("accountable")) {
      if (!measures.isEmpty()) {
        throw new InvalidInputException("measure1", OUTCOMES.get(outcome) + "时不能选择问责方式（measure1）");
      }
      if (optionalText(task, "outcomeGrounds") == null) {
        throw new InvalidInputException("outcomeGrounds", OUTCOMES.get(outcome) + "须写明依据（outcomeGrounds；"
            + rules.article(pack(task), "mitigation") + "）");
      }
    }
  }

  /**
   * 第十二条: a 纪委 or working organ decides 检查/通报 and 通报/诫勉 itself and only proposes organisational adjustments;
   * disciplinary sanctions follow the 党章 (a 纪委 imposes them, a working organ does not).
   */
  private void withinPowers(DelegateTask task, List<String> measures) {
    OrganisationType type = organisations.require((String) task.getVariable("competentOrganisationCode")).type();
    if (type == OrganisationType.PARTY_COMMITTEE) {
      return;
    }
    List<String> beyond = measures.stream().filter(m -> {
      Measures.Kind kind = Measures.named(m).orElseThrow().kind();
      return kind == Measures.Kind.ADJUSTMENT
          || kind == Measures.Kind.DISCIPLINE && type != OrganisationType.DISCIPLINE_COMMISSION;
    }).toList();
    if (!beyond.isEmpty()) {
      throw new InvalidInputException("measure1", String.join("、", beyond) + "超出" + type.label()
          + "的决定权限：只能向有管理权限的党组织提出建议（" + rules.article(pack(task), "decidingBody") + "）");
    }
  }

  /** 留党察看 for one or two years, as the decision chooses within the rule pack's range. */
  private void probationPeriod(DelegateTask task, List<String> measures) {
    if (!measures.contains("留党察看")) {
      return;
    }
    String limit = Measures.留党察看.restrictionLimit();
    int min = rules.min(pack(task), limit);
    int max = rules.max(pack(task), limit);
    if (task.getVariable("partyProbationMonths") == null) {
      throw new InvalidInputException("partyProbationMonths", "留党察看须写明期限（partyProbationMonths：" + min + "或" + max
          + "个月）");
    }
    int months = FieldValues.integer(task, "partyProbationMonths", "留党察看期限");
    if (months != min && months != max) {
      throw new InvalidInputException("partyProbationMonths", "留党察看期限（partyProbationMonths）" + months + " 个月无效：分为"
          + min + "个月和" + max + "个月（" + rules.article(pack(task), limit) + "）");
    }
  }

  /** The same measures in any order: 通报、诫勉 equals 诫勉、通报. */
  static boolean sameMeasures(String decided, String suggested) {
    if (suggested == null) {
      return false;
    }
    return new java.util.TreeSet<>(Arrays.asList(decided.split("、")))
        .equals(new java.util.TreeSet<>(Arrays.asList(suggested.split("、"))));
  }
}
