package cn.dangjian.workflow.casework;

import cn.dangjian.workflow.web.InvalidInputException;
import cn.dangjian.workflow.identity.MemberStanding;
import cn.dangjian.workflow.identity.OrganisationModel;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Checks a vote tally form ({@code voteDue}, {@code votePresent}, {@code voteFor}, {@code voteAgainst},
 * {@code voteAbstain}): the numbers must add up before anything is recorded.
 */
@Component
public class VoteTallyValidator {

  private final OrganisationModel organisations;
  private final MemberStanding standing;

  @Autowired
  public VoteTallyValidator(OrganisationModel organisations, MemberStanding standing) {
    this.organisations = organisations;
    this.standing = standing;
  }

  /** On the organisation model's starting state alone (unit tests). */
  public VoteTallyValidator(OrganisationModel organisations) {
    this(organisations, MemberStanding.of(organisations));
  }

  /** Members of {@code organisationCode} with voting rights today (full members not under 留党察看). */
  public long votingMembers(String organisationCode) {
    return organisations.membersOf(organisationCode).stream().filter(standing::hasVotingRights).count();
  }

  /** Reads the tally from the submitted variables and validates it against the organisation's members. */
  public VoteTally read(VariableScope scope, String organisationCode) {
    return read(scope, "", organisationCode);
  }

  /** The field name of a tally item with a prefix: {@code ("conversion", "Due")} → {@code conversionVoteDue}. */
  public static String field(String prefix, String item) {
    return prefix == null || prefix.isEmpty() ? "vote" + item : prefix + "Vote" + item;
  }

  /** Reads a tally whose fields carry a prefix (several votes in one case keep their own numbers). */
  public VoteTally read(VariableScope scope, String prefix, String organisationCode) {
    VoteTally tally = new VoteTally(
        FieldValues.integer(scope, field(prefix, "Due"), "应到人数"),
        FieldValues.integer(scope, field(prefix, "Present"), "实到人数"),
        FieldValues.integer(scope, field(prefix, "For"), "赞成票"),
        FieldValues.integer(scope, field(prefix, "Against"), "反对票"),
        FieldValues.integer(scope, field(prefix, "Abstain"), "弃权票"));
    long eligible = votingMembers(organisationCode);
    try {
      validate(tally, eligible, FieldValues.optionalText(scope, field(prefix, "DueReason")));
    } catch (InvalidInputException e) {
      String named = field(prefix, e.field().substring("vote".length()));
      String message = java.util.regex.Pattern.compile("\\bvote(DueReason|Due|Present|For|Against|Abstain)\\b")
          .matcher(e.getMessage()).replaceAll(m -> field(prefix, m.group(1)));
      throw new InvalidInputException(named, message);
    }
    return tally;
  }

  /**
   * The rules: all counts ≥ 0; due ≥ 1 and ≤ the members with voting rights (fewer only with a reason,
   * e.g. members on long-term leave); present ≤ due; for + against + abstain ≤ present.
   */
  public void validate(VoteTally t, long eligible, String dueReason) {
    nonNegative("voteDue", "应到人数", t.due());
    nonNegative("votePresent", "实到人数", t.present());
    nonNegative("voteFor", "赞成票", t.inFavour());
    nonNegative("voteAgainst", "反对票", t.against());
    nonNegative("voteAbstain", "弃权票", t.abstain());
    if (t.due() < 1) {
      throw new InvalidInputException("voteDue", "应到人数（voteDue）至少为 1");
    }
    if (t.due() > eligible) {
      throw new InvalidInputException("voteDue", "应到人数（" + t.due() + "）不能多于有表决权的正式党员人数（"
          + eligible + "）（voteDue）");
    }
    if (t.due() < eligible && dueReason == null) {
      throw new InvalidInputException("voteDueReason", "应到人数（" + t.due() + "）少于有表决权的正式党员人数（"
          + eligible + "），须填写原因（voteDueReason）");
    }
    if (t.present() > t.due()) {
      throw new InvalidInputException("votePresent",
          "实到人数（" + t.present() + "）不能多于应到人数（" + t.due() + "）（votePresent）");
    }
    if (t.inFavour() > t.present()) {
      throw new InvalidInputException("voteFor",
          "赞成票（" + t.inFavour() + "）不能多于实到人数（" + t.present() + "）（voteFor）");
    }
    int cast = t.inFavour() + t.against() + t.abstain();
    if (cast > t.present()) {
      throw new InvalidInputException("voteAbstain", "赞成（" + t.inFavour() + "）+ 反对（" + t.against()
          + "）+ 弃权（" + t.abstain() + "）= " + cast + " 票，不能多于实到人数（" + t.present()
          + "）（voteFor + voteAgainst + voteAbstain）");
    }
  }

  private static void nonNegative(String field, String label, int value) {
    if (value < 0) {
      throw new InvalidInputException(field, label + "（" + field + "）不能为负数：" + value);
    }
  }
}
