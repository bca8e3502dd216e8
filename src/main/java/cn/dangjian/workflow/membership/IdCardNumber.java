package cn.dangjian.workflow.membership;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** Resident identity card numbers (居民身份证号码) after GB 11643-1999: 17 digits and an ISO 7064 MOD 11-2 check character. */
public final class IdCardNumber {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK = "10X98765432".toCharArray();
  private static final DateTimeFormatter BASIC = DateTimeFormatter.ofPattern("uuuuMMdd")
      .withResolverStyle(ResolverStyle.STRICT);

  private IdCardNumber() {}

  /** The check character for the first 17 digits. */
  public static char checkCharacter(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK[sum % 11];
  }

  /**
   * Validates the number; returns the normalised (upper-case X) number.
   *
   * @throws MembershipValidationException naming {@code idCardNumber}
   */
  public static String validate(String raw, LocalDate birthDate) {
    String field = "idCardNumber";
    if (raw == null || raw.isBlank()) {
      throw new MembershipValidationException(field, "身份证号码（idCardNumber）不能为空");
    }
    String number = raw.trim().toUpperCase();
    if (!number.matches("\\d{17}[\\dX]")) {
      throw new MembershipValidationException(field,
          "身份证号码（idCardNumber）应为18位：前17位为数字，最后一位为数字或X");
    }
    LocalDate encoded;
    try {
      encoded = LocalDate.parse(number.substring(6, 14), BASIC);
    } catch (DateTimeParseException e) {
      throw new MembershipValidationException(field,
          "身份证号码（idCardNumber）中的出生日期 " + number.substring(6, 14) + " 不是有效日期");
    }
    char expected = checkCharacter(number);
    if (number.charAt(17) != expected) {
      throw new MembershipValidationException(field,
          "身份证号码（idCardNumber）校验位错误：最后一位应为 " + expected + "，实为 " + number.charAt(17));
    }
    if (birthDate != null && !encoded.equals(birthDate)) {
      throw new MembershipValidationException(field, "身份证号码（idCardNumber）中的出生日期 " + encoded
          + " 与填写的出生日期（birthDate）" + birthDate + " 不一致");
    }
    return number;
  }

  /** 男 when the 17th digit is odd, 女 when even. */
  public static String gender(String number) {
    return (number.charAt(16) - '0') % 2 == 1 ? "男" : "女";
  }
}
