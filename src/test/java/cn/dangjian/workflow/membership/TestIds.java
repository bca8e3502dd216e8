package cn.dangjian.workflow.membership;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Builds valid ID-card numbers for tests. */
public final class TestIds {

  private TestIds() {}

  /** Region 110101, the birth date, a sequence whose last digit sets the sex, and the right check character. */
  public static String idCard(LocalDate birthDate, boolean male) {
    String first17 = "110101" + birthDate.format(DateTimeFormatter.BASIC_ISO_DATE) + "12" + (male ? "3" : "4");
    return first17 + IdCardNumber.checkCharacter(first17);
  }
}
