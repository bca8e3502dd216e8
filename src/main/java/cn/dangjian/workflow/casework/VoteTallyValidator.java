package cn.dangjian.workflow.casework;

import cn.dangjian.workflow.web.InvalidInputException;
import cn.dangjian.workflow.identity.MemberStanding;
import cn.dangjian.workflow.identity.OrganisationModel;
import cn.dangjian.workflow.identity.Role;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Checks a vote tally form ({@code voteDue}, {@code votePresent}, {@code voteFor}, {@code voteAgainst},
 * {@code voteAbstain}, and the optional written opinions of absent members {@code voteWrittenFor},
 * {@code voteWrittenAgainst}, {@code voteWrittenAbstain}): the numbers must add up before anything is recorded.
 */
@Component
public class VoteTallyValidator {

  private static final String VOTING_MEMBERS = "有表决权的正式党员人数";

  /**
   * The article cited for written opinions where the caller names none (2014 细则); member development passes the
   * article of the case's rule pack ({@link #read(VariableScope, String, String, String)}).
   */
  public static final String WRITTEN_OPINIONS_2014 = "《中国共产党发展党员工作细则》第二十一条";

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

  /**
   * Members of {@code organisationCode} with voting rights today, without {@code recused} (the subject of a case
   * about them, who does not vote on it: 回避); all of them when {@code recused} is {@code null} or not a member.
   */
  public long votingMembers(String organisationCode, String recused) {
    return organisations.membersOf(organisationCode).stream().filter(standing::hasVotingRights)
        .filter(p -> !p.id().equals(recused)).count();
  }

  /**
   * Members of the committee of {@code organisationCode} (党委委员, 支委会委员) with voting rights: those holding a
   * committee role there ({@link Role#sitsOnCommittee}), not everyone of the organisation (office staff, auditors).
   */
  public long committeeMembers(String organisationCode) {
    return organisations.membersOf(organisationCode).stream().filter(standing::hasVotingRights)
        .filter(p -> p.roles().get(organisationCode).stream().anyMatch(Role::sitsOnCommittee)).count();
  }

  /**
   * A tally of the committee's meeting: due at most its members ({@link #committeeMembers}). Written opinions of
   * absent members are a rule of the 支部大会 (第二十一条), not of committee meetings: none are read here.
   *
   * @param article the article the committee's vote rests on, cited when more are due than sit on the committee
   *     (e.g. the approval step's article of the case's rule pack); null cites none
   */
  public VoteTally readCommittee(VariableScope scope, String prefix, String organisationCode, String article) {
    return read(scope, prefix, committeeMembers(organisationCode), committeeLabel(organisationCode), false, article);
  }

  private String committeeLabel(String organisationCode) {
    return switch (organisations.require(organisationCode).type()) {
      case PARTY_COMMITTEE -> "党委委员人数";
      case DISCIPLINE_COMMISSION -> "纪委委员人数";
      case BRANCH -> "支部委员会委员人数";
      default -> "委员会委员人数";
    };
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
    return read(scope, prefix, organisationCode, WRITTEN_OPINIONS_2014);
  }

  /**
   * The same, citing {@code writtenOpinionsArticle} (e.g. of the case's rule pack) when more written opinions are
   * counted than members were absent.
   */
  public VoteTally read(VariableScope scope, String prefix, String organisationCode, String writtenOpinionsArticle) {
    return read(scope, prefix, votingMembers(organisationCode), VOTING_MEMBERS, true, writtenOpinionsArticle);
  }

  /**
   * A tally whose fields carry a prefix, for a vote about {@code recused} (a person, or {@code null}): if they are a
   * member with voting rights they recuse themselves (回避) — neither due nor counted, so the tally may not reach
   * their number.
   */
  public VoteTally readRecusing(VariableScope scope, String prefix, String organisationCode, String recused) {
    long all = votingMembers(organisationCode);
    long eligible = votingMembers(organisationCode, recused);
    String label = eligible == all ? VOTING_MEMBERS : VOTING_MEMBERS + "（不含应当回避的" + organisations.person(recused)
        .map(p -> p.name()).orElse(recused) + "）";
    return read(scope, prefix, eligible, label, true, WRITTEN_OPINIONS_2014);
  }

  private VoteTally read(VariableScope scope, String prefix, long eligible, String eligibleLabel, boolean written,
      String article) {
    VoteTally tally = new VoteTally(
        FieldValues.integer(scope, field(prefix, "Due"), "应到人数"),
        FieldValues.integer(scope, field(prefix, "Present"), "实到人数"),
        FieldValues.integer(scope, field(prefix, "For"), "赞成票"),
        FieldValues.integer(scope, field(prefix, "Against"), "反对票"),
        FieldValues.integer(scope, field(prefix, "Abstain"), "弃权票"),
        written ? writtenCount(scope, prefix, "WrittenFor", "书面意见赞成票") : 0,
        written ? writtenCount(scope, prefix, "WrittenAgainst", "书面意见反对票") : 0,
        written ? writtenCount(scope, prefix, "WrittenAbstain", "书面意见弃权票") : 0);
    try {
      String dueReason = FieldValues.optionalText(scope, field(prefix, "DueReason"));
      validate(tally, eligible, eligibleLabel, dueReason, written ? null : article, written ? article : null);
    } catch (InvalidInputException e) {
      String named = field(prefix, e.field().substring("vote".length()));
      String message = java.util.regex.Pattern.compile(
              "\\bvote(DueReason|Due|Present|For|Against|Abstain|WrittenFor|WrittenAgainst|WrittenAbstain)\\b")
          .matcher(e.getMessage()).replaceAll(m -> field(prefix, m.group(1)));
      throw new InvalidInputException(named, message);
    }
    return tally;
  }

  /** A count of written opinions: optional (forms and process versions without the field count none). */
  private static int writtenCount(VariableScope scope, String prefix, String item, String label) {
    Object value = scope.getVariable(field(prefix, item));
    return value == null || value.toString().isBlank() ? 0 : FieldValues.integer(scope, field(prefix, item), label);
  }

  /**
   * The rules: all counts ≥ 0; due ≥ 1 and ≤ the members with voting rights (fewer only with a reason,
   * e.g. members on long-term leave); present ≤ due; for + against + abstain ≤ present; written opinions only
   * from the absent (written ≤ due − present).
   */
  public void validate(VoteTally t, long eligible, String dueReason) {
    validate(t, eligible, VOTING_MEMBERS, dueReason);
  }

  /** The same, where those entitled to vote are counted otherwise, e.g. {@code 党委委员人数}. */
  public void validate(VoteTally t, long eligible, String eligibleLabel, String dueReason) {
    validate(t, eligible, eligibleLabel, dueReason, null, WRITTEN_OPINIONS_2014);
  }

  /**
   * The same, citing {@code eligibleArticle} when more are due than are entitled, and {@code writtenArticle} when
   * more written opinions are counted than members were absent (null: none cited).
   */
  private void validate(VoteTally t, long eligible, String eligibleLabel, String dueReason, String eligibleArticle,
      String writtenArticle) {
    nonNegative("voteDue", "应到人数", t.due());
    nonNegative("votePresent", "实到人数", t.present());
    nonNegative("voteFor", "赞成票", t.inFavour());
    nonNegative("voteAgainst", "反对票", t.against());
    nonNegative("voteAbstain", "弃权票", t.abstain());
    if (t.due() < 1) {
      throw new InvalidInputException("voteDue", "应到人数（voteDue）至少为 1");
    }
    if (t.due() > eligible) {
      throw new InvalidInputException("voteDue", "应到人数（" + t.due() + "）不能多于" + eligibleLabel + "（"
          + eligible + "）（voteDue" + cited(eligibleArticle) + "）");
    }
    if (t.due() < eligible && dueReason == null) {
      throw new InvalidInputException("voteDueReason", "应到人数（" + t.due() + "）少于" + eligibleLabel + "（"
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
    nonNegative("voteWrittenFor", "书面意见赞成票", t.writtenFor());
    nonNegative("voteWrittenAgainst", "书面意见反对票", t.writtenAgainst());
    nonNegative("voteWrittenAbstain", "书面意见弃权票", t.writtenAbstain());
    int absent = t.due() - t.present();
    if (t.written() > absent) {
      throw new InvalidInputException("voteWrittenFor", "书面意见（赞成 " + t.writtenFor() + " + 反对 "
          + t.writtenAgainst() + " + 弃权 " + t.writtenAbstain() + " = " + t.written()
          + " 份）只能来自因故不能到会的有表决权的正式党员，不能多于应到人数减实到人数（" + t.due() + " − " + t.present()
          + " = " + absent + "）（voteWrittenFor + voteWrittenAgainst + voteWrittenAbstain" + cited(writtenArticle) + "）");
    }
    int cast = t.inFavour() + t.against() + t.abstain();
    if (cast > t.present()) {
      throw new InvalidInputException("voteAbstain", "赞成（" + t.inFavour() + "）+ 反对（" + t.against()
          + "）+ 弃权（" + t.abstain() + "）= " + cast + " 票，不能多于实到人数（" + t.present()
          + "）（voteFor + voteAgainst + voteAbstain）");
    }
  }

  private static String cited(String article) {
    return article == null ? "" : "；" + article;
  }

  private static void nonNegative(String field, String label, int value) {
    if (value < 0) {
      throw new InvalidInputException(field, label + "（" + field + "）不能为负数：" + value);
    }
  }
}
