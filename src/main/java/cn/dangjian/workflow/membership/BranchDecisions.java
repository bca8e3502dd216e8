package cn.dangjian.workflow.membership;

import cn.dangjian.workflow.rules.RulePacks;
import static cn.dangjian.workflow.casework.FieldValues.text;

import cn.dangjian.workflow.casework.VoteTally;
import cn.dangjian.workflow.casework.VoteTallyValidator;
import cn.dangjian.workflow.identity.Organisation;
import cn.dangjian.workflow.identity.OrganisationDirectory;
import cn.dangjian.workflow.identity.Role;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Decisions of the branch that the 细则 gives to the 支部委员会 (确定入党积极分子、培养联系人、发展对象、入党介绍人, 审查):
 * 第八条 "不设支部委员会的由支部大会" — where the organisation model gives the branch no 支委会, the 支部大会 decides:
 * its convenor (the secretary, or the deputy) records the decision with the attendance and a vote tally checked like
 * every other ({@link VoteTallyValidator}, prefix {@code decision}); with a 支委会 the decision records who attended.
 * Task names, candidate groups and record titles follow the case's branch: {@code ${branchDecisions.bodyName(branchCode)}},
 * {@code ${branchDecisions.convenors(branchCode)}}, and the variable {@code decisionBody} in record titles.
 */
@Component("branchDecisions")
public class BranchDecisions {

  static final String TALLY = "decision";
  private static final List<String> TALLY_ITEMS = List.of("Due", "Present", "For", "Against", "Abstain", "DueReason");

  private final OrganisationDirectory organisations;
  private final VoteTallyValidator tallies;
  private final RulePacks rules;

  public BranchDecisions(OrganisationDirectory organisations, VoteTallyValidator tallies, RulePacks rules) {
    this.organisations = organisations;
    this.tallies = tallies;
    this.rules = rules;
  }

  /** 支委会, or 支部大会 where the branch has no committee (short form, for task names). */
  public String bodyName(String branchCode) {
    return hasCommittee(branchCode) ? "支委会" : "支部大会";
  }

  /** 支部委员会, or 支部大会 (for record titles and messages). */
  public String bodyTitle(String branchCode) {
    return hasCommittee(branchCode) ? "支部委员会" : "支部大会";
  }

  /** Who records the decision: the 支委会, or the 支部大会's convenor (secretary, deputy secretary) — never every member. */
  public String convenors(String branchCode) {
    Organisation branch = organisations.require(branchCode);
    if (branch.hasCommittee()) {
      return organisations.decidingBody(branchCode);
    }
    return String.join(",", branch.roleGroup(Role.SECRETARY), branch.roleGroup(Role.DEPUTY_SECRETARY));
  }

  /**
   * Checks the meeting part of a decision: who attended; without a 支委会 also the 支部大会's tally, which must have
   * passed when the decision is {@code positive} (确定、合格). Sets {@code decisionBody} for the record's title.
   */
  void check(DelegateTask task, boolean positive, String decisionField) {
    String branch = (String) task.getVariable("branchCode");
    text(task, "decisionAttendance", "出席人员");
    task.setVariable("decisionBody", bodyTitle(branch));
    if (hasCommittee(branch)) {
      TALLY_ITEMS.forEach(item -> task.setVariable(VoteTallyValidator.field(TALLY, item), null));
      return;
    }
    String pack = (String) task.getVariable("rulePack");
    VoteTally tally = tallies.read(task, TALLY, branch, rules.article(pack, "writtenOpinions"));
    if (positive && !tally.passed()) {
      throw new MembershipValidationException(decisionField, "支部大会表决未获通过（" + tally.quorumArithmetic() + "；"
          + tally.majorityArithmetic() + "），不能作出该决定（" + rules.article(pack, "branchWithoutCommittee")
          + "：不设支部委员会的由支部大会研究决定）");
    }
  }

  private boolean hasCommittee(String branchCode) {
    return organisations.require(branchCode).hasCommittee();
  }
}
