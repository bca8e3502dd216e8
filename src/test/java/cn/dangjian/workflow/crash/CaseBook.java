package cn.dangjian.workflow.crash;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the test's users were told: which cases were started and which steps the server confirmed. A step
 * whose request failed because the server was killed is "attempted": it may or may not have committed.
 */
final class CaseBook {

  enum Step { TALK, VOTE }

  /** Where a case may be after recovery, and which records it must then have. */
  enum Outcome {
    AT_TALK("Task_TalkWithApplicant", List.of("membership.application", "membership.application-receipt")),
    TALKED("Task_DesignateActivist", List.of("membership.application", "membership.application-receipt",
        "membership.talk-record")),
    AT_VOTE("Task_BranchMeetingVote", List.of("membership.application", "membership.application-receipt")),
    VOTED("Task_CommitteeTalk", List.of("membership.application", "membership.application-receipt",
        "membership.admission-resolution"));

    final String task;
    final List<String> records;

    Outcome(String task, List<String> records) {
      this.task = task;
      this.records = records;
    }

    static Outcome of(List<String> openTasks) {
      for (Outcome outcome : values()) {
        if (openTasks.contains(outcome.task)) {
          return outcome;
        }
      }
      throw new IllegalStateException("no expected task among " + openTasks);
    }
  }

  final Map<String, String> started = new ConcurrentHashMap<>();
  final AtomicInteger startsAttempted = new AtomicInteger();
  private final Set<String> movedToVote = ConcurrentHashMap.newKeySet();
  private final Map<String, Step> confirmed = new ConcurrentHashMap<>();
  private final Map<String, Step> attempted = new ConcurrentHashMap<>();

  void movedToVote(String processInstanceId) {
    movedToVote.add(processInstanceId);
  }

  void attempt(String processInstanceId, Step step) {
    attempted.put(processInstanceId, step);
  }

  void confirm(String processInstanceId, Step step) {
    confirmed.put(processInstanceId, step);
  }

  int confirmed(Step step) {
    return (int) confirmed.values().stream().filter(step::equals).count();
  }

  int unconfirmed() {
    return attempted.size() - confirmed.size();
  }

  /** The outcomes that agree with what users were told about the case. */
  Set<Outcome> allowed(String processInstanceId) {
    Step done = confirmed.get(processInstanceId);
    if (done != null) {
      return Set.of(done == Step.VOTE ? Outcome.VOTED : Outcome.TALKED);
    }
    Step tried = attempted.get(processInstanceId);
    if (tried == Step.VOTE) {
      return Set.of(Outcome.AT_VOTE, Outcome.VOTED);
    }
    if (tried == Step.TALK) {
      return Set.of(Outcome.AT_TALK, Outcome.TALKED);
    }
    return Set.of(movedToVote.contains(processInstanceId) ? Outcome.AT_VOTE : Outcome.AT_TALK);
  }
}
