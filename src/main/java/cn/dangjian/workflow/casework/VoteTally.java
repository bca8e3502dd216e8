package cn.dangjian.workflow.casework;

/**
 * The count of one secret ballot on one candidate (表决结果).
 *
 * @param due members with voting rights due to attend (应到会有表决权的正式党员)
 * @param present of them, present (实到)
 */
public record VoteTally(int due, int present, int inFavour, int against, int abstain) {

  /** 有表决权的到会人数超过应到会有表决权人数的半数. */
  public boolean quorate() {
    return present * 2 > due;
  }

  /** 赞成人数超过应到会有表决权的正式党员的半数 (of all due, not of those present). */
  public boolean passed() {
    return quorate() && inFavour * 2 > due;
  }

  public int notVoting() {
    return present - inFavour - against - abstain;
  }

  /** The arithmetic, as printed on resolutions. */
  public String quorumArithmetic() {
    return "实到 " + present + " 人" + (quorate() ? " > " : " ≤ ") + "应到 " + due + " 人的半数（" + half(due) + "）";
  }

  public String majorityArithmetic() {
    return "赞成 " + inFavour + " 票" + (inFavour * 2 > due ? " > " : " ≤ ") + "应到 " + due + " 人的半数（" + half(due)
        + "）";
  }

  static String half(int n) {
    return n % 2 == 0 ? Integer.toString(n / 2) : n / 2 + ".5";
  }
}
