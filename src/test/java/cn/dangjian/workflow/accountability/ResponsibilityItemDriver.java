package cn.dangjian.workflow.accountability;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dangjian.workflow.calendar.CaseTime;
import cn.dangjian.workflow.support.ProcessScenario;
import cn.dangjian.workflow.support.TakenSequenceFlows;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.annotation.Import;

/**
 * The responsibility-item driver on the shared {@link ProcessScenario}: valid start data (C1 assigns an item to C1-B1
 * with 王喆 as responsible leader, due 2026-03-31) and a fluent {@link Item} driver. Where its records come from is the
 * subclass's: a mock that remembers their types ({@link ResponsibilityItemScenario}), or the real record writer.
 */
@Import(TakenSequenceFlows.class)
public abstract class ResponsibilityItemDriver extends ProcessScenario {

  public static final String PROCESS = "responsibilityItem";
  static final LocalDate ASSIGNED = LocalDate.of(2026, 3, 2);
  static final LocalDate DEADLINE = LocalDate.of(2026, 3, 31);

  /** The record types the case {@code processInstanceId} wrote, in order. */
  protected abstract List<String> recordTypes(String processInstanceId);

  static Map<String, Object> item() {
    Map<String, Object> v = new HashMap<>();
    v.put("itemTitle", "落实“三会一课”制度并报送记录");
    v.put("itemDescription", "按季度召开支部党员大会、支委会、党小组会和上党课，报送会议记录。");
    v.put("assigningOrganisationCode", "C1");
    v.put("ownerOrganisationCode", "C1-B1");
    v.put("responsibleLeader", "b1-secretary");
    v.put("leadershipTier", "primary");
    v.put("deadline", DEADLINE.toString());
    v.put("evidenceRequired", false);
    return v;
  }

  protected Item newItem() {
    return new Item(item());
  }

  /** Today on the engine clock (Beijing). */
  static LocalDate today() {
    return CaseTime.dateOf(ClockUtil.getCurrentTime());
  }

  /** One item driven step by step with valid data; each step sets the clock first. */
  protected class Item {

    final Map<String, Object> start;
    ProcessInstance pi;

    Item(Map<String, Object> start) {
      this.start = start;
    }

    Item with(String key, Object value) {
      start.put(key, value);
      return this;
    }

    Item start() {
      at(ASSIGNED);
      pi = runtime.startProcessInstanceByKey(PROCESS, start);
      runJobs(pi);
      return this;
    }

    Item submit(LocalDate day) {
      at(day);
      complete(pi, "Task_SubmitEvidence", vars("completionDate", day.toString(), "evidenceSummary",
          "已按季度召开“三会一课”，会议记录已报送。"));
      return this;
    }

    Item review(LocalDate day, String decision) {
      at(day);
      complete(pi, "Task_ReviewEvidence", vars("reviewDate", day.toString(), "evidenceDecision", decision,
          "reviewOpinion", "accept".equals(decision) ? "材料齐全，验收通过。" : "缺少第一季度党小组会记录，请补充。"));
      return this;
    }

    /** Moves the clock to when the timer {@code timerId} falls due and runs what is due then. */
    Item reach(String timerId) {
      Job timer = management.createJobQuery().processInstanceId(pi.getId()).activityId(timerId).timers()
          .singleResult();
      assertThat(timer).as("timer " + timerId).isNotNull();
      ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 60_000));
      runJobs(pi);
      return this;
    }

    Item acknowledgeReminder() {
      complete(pi, "Task_AcknowledgeDeadlineReminder", vars("progressReport", "已完成两个季度，第三季度正在进行。"));
      return this;
    }

    Item rung(String task, String prefix, Map<String, Object> more) {
      Map<String, Object> v = new HashMap<>(more);
      v.put(prefix + "Date", today().toString());
      complete(pi, task, v);
      return this;
    }

    Item overdueReminder() {
      return rung("Task_IssueOverdueReminder", "reminder", vars("reminderNote", "请于五个工作日内完成。"));
    }

    Item supervisionLetter() {
      return rung("Task_IssueSupervisionLetter", "supervision", vars("supervisionNote", "请于五个工作日内完成并书面说明逾期原因。"));
    }

    Item admonitionTalk() {
      return rung("Task_HoldAdmonitionTalk", "talk", vars("talker", "周建国", "talkMinutes", "约谈王喆同志，指出逾期问题，本人表示立即整改。"));
    }

    Item circulation() {
      return rung("Task_IssueCirculation", "circulation", vars("circulationScope", "街道各党支部",
          "circulationText", "第一党支部未按期落实“三会一课”制度，予以通报。"));
    }

    Item proposal() {
      return rung("Task_DraftAccountabilityProposal", "proposal", vars("proposalText",
          "经提醒、督办、约谈、通报仍未完成，建议对第一党支部启动问责。"));
    }

    Item decideProposal(String decision) {
      complete(pi, "Task_DecideAccountabilityProposal", vars("proposalDecisionDate", today().toString(),
          "proposalDecision", decision, "proposalDecisionReason", "start".equals(decision)
              ? "逾期时间长，经多次督促仍未完成，应当问责。" : "逾期系客观原因所致，已作出书面说明，暂不问责。"));
      return this;
    }

    Item completeOn(LocalDate day) {
      return submit(day).review(day, "accept");
    }

    List<String> records() {
      return recordTypes(pi.getId());
    }
  }
}
