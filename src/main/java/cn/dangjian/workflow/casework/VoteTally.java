package cn.dangjian.workflow.casework;

/**
 * The count of one secret ballot on one candidate (表决结果), with the written opinions of members who could not
 * attend (书面意见, 《中国共产党发展党员工作细则》第二十一条: 因故不能到会的有表决权的正式党员，在会前正式向党支部提出
 * 书面意见的，应当统计在票数内). Written opinions count toward the votes, never toward the quorum.
 *
 * @param due members with voting rights due to attend (应到会有表决权的正式党员)
 * @param present of them, present (实到)
 * @param writtenFor written opinions in favour, from members due but absent
 */
public record VoteTally(int due, int present, int inFavour, int against, int abstain, int writtenFor,
    int writtenAgainst, int writtenAbstain) {

  /** A tally without written opinions (a meeting everyone due attended or tallies recorded before they existed). */
  public VoteTally(int due, int present, int inFavour, int against, int abstain) {
    this(due, present, inFavour, against, abstain, 0, 0, 0);
  }

  /** 有表决权的到会人数超过应到会有表决权人数的半数 (written opinions are not attendance). */
  public boolean quorate() {
    return present * 2 > due;
  }

  /** 赞成人数 (at the meeting and in writing) 超过应到会有表决权的正式党员的半数 (of all due, not of those present). */
  public boolean passed() {
    return quorate() && totalInFavour() * 2 > due;
  }

  public int totalInFavour() {
    return inFavour + writtenFor;
  }

  public int written() {
    return writtenFor + writtenAgainst + writtenAbstain;
  }

  public int notVoting() {
    return present - inFavour - against - abstain;
  }

  /** The arithmetic, as printed on resolutions. */
  public String quorumArithmetic() {
    return "实到 " + present + " 人" + (quorate() ? " > " : " ≤ ") + "应到 " + due + " 人的半数（" + half(due) + "）"
        + (written() > 0 ? "（书面意见 " + written() + " 份不计入到会人数）" : "");
  }

  public String majorityArithmetic() {
    return "赞成 " + totalInFavour() + " 票" + (writtenFor > 0 ? "（其中书面意见 " + writtenFor + " 票）" : "")
        + (totalInFavour() * 2 > due ? " > " : " ≤ ") + "应到 " + due + " 人的半数（" + half(due) + "）";
  }

  static String half(int n) {
    return n % 2 == 0 ? Integer.toString(n / 2) : n / 2 + ".5";
  }
}
