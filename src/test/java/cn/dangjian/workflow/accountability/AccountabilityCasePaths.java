package cn.dangjian.workflow.accountability;

import static cn.dangjian.workflow.accountability.AccountabilityCaseScenario.decision;
import static cn.dangjian.workflow.accountability.AccountabilityCaseScenario.individual;
import static cn.dangjian.workflow.accountability.AccountabilityCaseScenario.organisation;
import static cn.dangjian.workflow.support.ProcessScenario.with;
import static cn.dangjian.workflow.support.ProcessScenario.vars;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * The paths of {@code accountabilityCase} the scenario tests walk, each as one case from start to end:
 * {@link AccountabilityCasePathsTest} asserts on them, {@link AccountabilityCaseCoverageTest} measures what they cover.
 */
final class AccountabilityCasePaths {

  private final AccountabilityCaseScenario s;

  AccountabilityCasePaths(AccountabilityCaseScenario scenario) {
    this.s = scenario;
  }

  Map<String, Runnable> all() {
    Map<String, Runnable> paths = new LinkedHashMap<>();
    paths.put("start refused", this::startRefused);
    paths.put("full, no appeal", this::fullWithoutAppeal);
    paths.put("full, appeal answered", this::fullWithAppeal);
    paths.put("refusal to sign", this::refusalToSign);
    paths.put("report sent back, then adopted", this::reportSentBack);
    paths.put("exempted", () -> withoutMeasures("exempted"));
    paths.put("organisation: 检查", this::organisationInspected);
    paths.put("留党察看 runs out", this::partyProbationRunsOut);
    paths.put("留党察看 revoked on appeal", this::partyProbationRevoked);
    return paths;
  }

  ProcessInstance startRefused() {
    ProcessInstance pi = s.start(individual(AccountabilityCaseScenario.SUBJECT, "C1-B1"));
    s.next(1);
    s.complete(pi, "Task_ApproveStart", vars("startApprovalDate", s.day.toString(), "startDecision", "refuse",
        "startApprovalOpinion", "问责线索不实，不予启动"));
    return pi;
  }

  /** 通报 as suggested for a minor matter, delivered and executed, the appeal window passing unused. */
  ProcessInstance fullWithoutAppeal() {
    ProcessInstance pi = s.toDecision(individual(AccountabilityCaseScenario.SUBJECT, "C1-B1"),
        s.report("minor", "adverse", false, false, false));
    s.decide(pi, decision("accountable", "通报"));
    s.deliver(pi);
    s.execute(pi);
    s.appealWindowPasses(pi);
    return pi;
  }

  /** 警告 and 诫勉 combined (other than suggested, with the reason), the appeal answered; the periods run out. */
  ProcessInstance fullWithAppeal() {
    ProcessInstance pi = s.toDecision(individual(AccountabilityCaseScenario.SUBJECT, "C1-B1"),
        s.report("serious", "adverse", true, false, false));
    s.decide(pi, with(decision("accountable", "警告", "诫勉"), vars("deviationReason", "另违反工作纪律，并处警告")));
    s.deliver(pi);
    s.appealAndReview(pi, "upheld");
    s.execute(pi);
    s.day = s.day.plusYears(1).plusDays(5);
    AccountabilityCaseScenario.at(s.day);
    s.runJobs(pi);
    return pi;
  }

  ProcessInstance refusalToSign() {
    ProcessInstance pi = s.start(individual(AccountabilityCaseScenario.SUBJECT, "C1-B1"));
    s.approve(pi);
    s.investigate(pi);
    s.state(pi, "refused");
    s.recordRefusal(pi);
    s.writeReport(pi, s.report("minor", "adverse", true, false, true));
    s.discuss(pi, true);
    s.decide(pi, with(decision("accountable", "诫勉"), vars("leniency", "heavier", "leniencyGrounds",
        "经三次督办仍未整改（问责条例第十九条）")));
    s.deliver(pi);
    s.execute(pi);
    s.appealWindowPasses(pi);
    s.day = s.day.plusMonths(6);
    AccountabilityCaseScenario.at(s.day);
    s.runJobs(pi);
    return pi;
  }

  ProcessInstance reportSentBack() {
    ProcessInstance pi = s.start(individual(AccountabilityCaseScenario.SUBJECT, "C1-B1"));
    s.approve(pi);
    s.investigate(pi);
    s.state(pi, "signed");
    s.writeReport(pi, s.report("minor", "adverse", false, true, false));
    s.discuss(pi, false);
    s.writeReport(pi, s.report("minor", "adverse", false, true, false));
    s.discuss(pi, true);
    s.decide(pi, with(decision("accountable", "通报"), vars("leniency", "lighter", "leniencyGrounds",
        "及时采取补救措施，有效消除不良影响（问责条例第十八条）")));
    s.deliver(pi);
    s.execute(pi);
    s.appealWindowPasses(pi);
    return pi;
  }

  /** 不予问责 or 免予问责, with its grounds: no measure, delivered all the same, the appeal window runs. */
  ProcessInstance withoutMeasures(String outcome) {
    ProcessInstance pi = s.toDecision(individual(AccountabilityCaseScenario.SUBJECT, "C1-B1"),
        s.report("minor", "none", false, true, false));
    s.decide(pi, with(decision(outcome), vars("outcomeGrounds", "在推进改革中因缺乏经验、先行先试出现失误（问责条例第十七条）",
        "deviationReason", outcome.equals("exempted") ? null : "属于不予问责的情形")));
    s.deliver(pi);
    s.execute(pi);
    s.appealWindowPasses(pi);
    return pi;
  }

  ProcessInstance organisationInspected() {
    ProcessInstance pi = s.toDecision(organisation("C1-B1", "C1"), s.report("minor", "adverse", false, false, false));
    s.decide(pi, decision("accountable", "检查"));
    s.deliver(pi);
    s.execute(pi);
    s.appealWindowPasses(pi);
    return pi;
  }

  /** 留党察看 for a year: under it the member has no vote; a year later the period ends with its record. */
  ProcessInstance partyProbationRunsOut() {
    ProcessInstance pi = s.toDecision(individual(AccountabilityCaseScenario.SUBJECT, "C1-B1"),
        s.report("grave", "severe", false, false, true));
    s.decide(pi, with(decision("accountable", "留党察看"), vars("partyProbationMonths", 12, "deviationReason",
        "违反政治纪律，依纪律处分条例给予留党察看")));
    s.deliver(pi);
    s.execute(pi);
    s.appealWindowPasses(pi);
    s.day = s.day.plusYears(1);
    AccountabilityCaseScenario.at(s.day);
    s.runJobs(pi);
    return pi;
  }

  /** 留党察看 for two years, revoked on appeal: the restriction ends with the review, not the period. */
  ProcessInstance partyProbationRevoked() {
    ProcessInstance pi = s.toDecision(individual("b1-member3", "C1-B1"), s.report("grave", "severe", false, false, true));
    s.decide(pi, with(decision("accountable", "留党察看"), vars("partyProbationMonths", 24, "deviationReason",
        "违反政治纪律，依纪律处分条例给予留党察看二年")));
    s.deliver(pi);
    s.execute(pi);
    s.appealAndReview(pi, "revoked");
    return pi;
  }
}
