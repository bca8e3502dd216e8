package cn.dangjian.workflow.membership;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds valid ID-card numbers for tests, a different one at every call: one person may have only one open case,
 * so two cases of the tests must not share a number by accident (start numbering at a random place, so runs
 * against a database kept from an earlier run do not meet its numbers either).
 */
public final class TestIds {

  /** 500 sequence codes per sex (two digits and the sex digit) times 10,000 region codes. */
  private static final long PER_REGION = 500;
  private static final long NUMBERS = PER_REGION * 10_000;
  private static final AtomicLong NEXT = new AtomicLong(ThreadLocalRandom.current().nextLong(NUMBERS));

  private TestIds() {}

  /** Region 11xxxx, the birth date, a sequence whose last digit sets the sex, and the right check character. */
  public static String idCard(LocalDate birthDate, boolean male) {
    long n = NEXT.getAndIncrement() % NUMBERS;
    long sequence = n % PER_REGION;
    String region = String.format("11%04d", n / PER_REGION);
    String first17 = region + birthDate.format(DateTimeFormatter.BASIC_ISO_DATE)
        + String.format("%02d", sequence / 5) + (2 * (sequence % 5) + (male ? 1 : 0));
    return first17 + IdCardNumber.checkCharacter(first17);
  }
}
