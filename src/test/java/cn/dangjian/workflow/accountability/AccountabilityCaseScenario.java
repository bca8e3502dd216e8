package cn.dangjian.workflow.accountability;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.workflow.casework.VoteTallyValidator;
import cn.dangjian.workflow.records.RecordStore;
import cn.dangjian.workflow.records.StoredRecord;
import cn.dangjian.workflow.support.ProcessScenario;
import cn.dangjian.workflow.support.TakenSequenceFlows;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The driver of 问责 cases on the shared scenario support, with the real record writer (the decision's guard reads the
 * statement record from the store): a case of the 党委 {@code C1} about {@code b1-member1} (钱芳) of 第一党支部 by
 * default, its steps with valid values that a test overrides, the engine clock moved day by day. One Spring context
 * (with a web server, for the REST and Tasklist doors) serves every accountability test class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TakenSequenceFlows.class)
public abstract class AccountabilityCaseScenario extends ProcessScenario {

  static final String PROCESS = "accountabilityCase";
  static final String RESTRICTION = "accountabilityRestriction";
  static final String SUBJECT = "b1-member1";

  @Autowired public RecordStore records;
  @Autowired public VoteTallyValidator tallies;
  @Autowired public IdentityService identity;
  @LocalServerPort public int port;

  /** The day the scenario is at; each step moves it on. */
  protected LocalDate day = LocalDate.of(2026, 3, 2);

  protected void next(int days) {
    day = day.plusDays(days);
    at(day);
  }

  static Map<String, Object> individual(String person, String organisation) {
    return vars("subjectType", "individual", "subjectOrganisationCode", organisation, "subjectPerson", person,
        "grounds", "落实全面从严治党主体责任不力，责任清单事项逾期未完成", "competentOrganisationCode", "C1");
  }

  static Map<String, Object> organisation(String organisation, String competent) {
    return vars("subjectType", "organisation", "subjectOrganisationCode", organisation, "grounds",
        "党支部责任清单事项逾期，经督办、约谈仍未完成", "competentOrganisationCode", competent);
  }

  public ProcessInstance start(Map<String, Object> variables) {
    at(day);
    ProcessInstance pi = runtime.startProcessInstanceByKey(PROCESS, variables);
    runJobs(pi);
    return pi;
  }

  /** Executes every due job of the case and of its restriction processes, until none is left. */
  @Override
  public void runJobs(ProcessInstance pi) {
    for (int round = 0; round < 100; round++) {
      List<String> instances = new ArrayList<>(List.of(pi.getId()));
      runtime.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).list()
          .forEach(child -> instances.add(child.getId()));
      List<Job> due = new ArrayList<>();
      for (String id : instances) {
        due.addAll(management.createJobQuery().processInstanceId(id).executable().list());
      }
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> management.executeJob(job.getId()));
    }
    throw new AssertionError("jobs keep coming");
  }

  public void approve(ProcessInstance pi) {
    next(1);
    complete(pi, "Task_ApproveStart", vars("startApprovalDate", day.toString(), "startDecision", "approve",
        "startApprovalOpinion", "同意启动问责调查", "investigator1", "committee-organiser", "investigator2",
        "committee-member"));
  }

  public void investigate(ProcessInstance pi) {
    next(5);
    complete(pi, "Task_Investigate", vars("factsFound", "经查，该同志负责的责任清单事项逾期两个月未完成。", "executionFault",
        "poorlyExecuted", "factsShownDate", day.toString()));
  }

  public void state(ProcessInstance pi, String signature) {
    next(1);
    complete(pi, "Task_StateCase", vars("statement", "对事实无异议，因人手不足导致逾期。", "signature", signature));
  }

  public void recordRefusal(ProcessInstance pi) {
    complete(pi, "Task_RecordRefusalToSign", vars("refusalDate", day.toString(), "refusalNote", "本人阅后拒绝签字",
        "refusalWitnesses", "郑立新、冯海燕"));
  }

  public Map<String, Object> report(String severity, String consequence, boolean repeated, boolean mitigating,
      boolean aggravating) {
    Map<String, Object> v = vars("reportSummary", "调查报告：事实清楚，责任明确。", "severity",
        severity, "consequence", consequence, "repeated", repeated, "mitigating", mitigating, "aggravating", aggravating);
    if (mitigating || aggravating) {
      v.put("circumstances", mitigating ? "及时采取补救措施" : "经三次督办仍未整改");
    }
    return v;
  }

  public void writeReport(ProcessInstance pi, Map<String, Object> report) {
    next(3);
    complete(pi, "Task_WriteReport", with(report, vars("reportDate", day.toString())));
  }

  /** The competent body's members with voting rights all present; adopted by all, or not by half. */
  public void discuss(ProcessInstance pi, boolean adopted) {
    next(2);
    int due = (int) tallies.votingMembers((String) runtime.getVariable(pi.getId(), "competentOrganisationCode"));
    int inFavour = adopted ? due : due / 2;
    complete(pi, "Task_DiscussReport", vars("discussionDate", day.toString(), "reportVoteDue", due, "reportVotePresent",
        due, "reportVoteFor", inFavour, "reportVoteAgainst", due - inFavour, "reportVoteAbstain", 0, "discussionMinutes",
        "集体讨论调查报告"));
  }

  /** Up to the decision: approved, investigated, statement signed, report written and adopted. */
  public ProcessInstance toDecision(Map<String, Object> start, Map<String, Object> report) {
    ProcessInstance pi = start(start);
    approve(pi);
    investigate(pi);
    state(pi, "signed");
    writeReport(pi, report);
    discuss(pi, true);
    return pi;
  }

  public static Map<String, Object> decision(String outcome, String... measures) {
    Map<String, Object> v = vars("decisionOutcome", outcome, "leniency", "none", "decisionText", "决定如下。");
    for (int i = 0; i < measures.length; i++) {
      v.put("measure" + (i + 1), measures[i]);
    }
    return v;
  }

  public void decide(ProcessInstance pi, Map<String, Object> decision) {
    next(1);
    Map<String, Object> v = new HashMap<>(decision);
    v.put("decisionDate", day.toString());
    complete(pi, "Task_Decide", v);
  }

  public void deliver(ProcessInstance pi) {
    next(2);
    complete(pi, "Task_Deliver", vars("deliveryDate", day.toString(), "deliveryMethod", "inPerson", "deliveryReceiver",
        "本人", "announcedTo", "第一党支部；抄送纪工委、组织办"));
  }

  public void execute(ProcessInstance pi) {
    next(1);
    complete(pi, "Task_Execute", vars("executionDate", day.toString(), "executionNote", "已宣布并执行，本人已写出书面检讨"));
  }

  public void appealAndReview(ProcessInstance pi, String outcome) {
    next(5);
    complete(pi, "Task_LodgeAppeal", vars("appealDate", day.toString(), "appealGrounds", "认为处理过重"));
    next(10);
    complete(pi, "Task_ReviewAppeal", vars("reviewDate", day.toString(), "reviewOutcome", outcome, "reviewReasoning",
        "经复查，事实清楚"));
  }

  /** Moves the clock past the appeal window and lets its timer end it. */
  public void appealWindowPasses(ProcessInstance pi) {
    day = day.plusMonths(1).plusDays(2);
    at(day);
    runJobs(pi);
  }

  /** The record types of the case's dossier, in order. */
  public List<String> dossier(ProcessInstance pi) {
    String key = history.createHistoricProcessInstanceQuery().processInstanceId(pi.getId()).singleResult()
        .getBusinessKey();
    return records.byBusinessKey(key).stream().map(StoredRecord::recordType).toList();
  }

  public Object variable(ProcessInstance pi, String name) {
    var found = history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).variableName(name)
        .singleResult();
    return found == null ? null : found.getValue();
  }

  public void assertEnded(ProcessInstance pi) {
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).count())
        .as("case %s still waits at %s", pi.getId(), runtime.createProcessInstanceQuery().processInstanceId(pi.getId())
            .count() == 0 ? List.of() : runtime.getActiveActivityIds(pi.getId())).isZero();
  }
}
