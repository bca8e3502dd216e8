package cn.dangjian.workflow.casework;

import cn.dangjian.workflow.web.InvalidInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One submission checked as a whole: each read or rule that fails is noted and the next one still runs, so the
 * person learns every problem at once ({@link #done()} throws them together). A rule that needs values which
 * could not be read is skipped ({@link #have}).
 */
public final class Submission {

  private final List<InvalidInputException.Problem> problems = new ArrayList<>();

  /** The value read, or {@code null} when reading it failed (the problem is noted). */
  public <T> T read(Supplier<T> reading) {
    try {
      return reading.get();
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
      return null;
    }
  }

  /** Runs a rule; when it fails, notes the problem and goes on. */
  public void check(Runnable rule) {
    read(() -> {
      rule.run();
      return Boolean.TRUE;
    });
  }

  /** Whether every value a rule needs could be read. */
  public static boolean have(Object... values) {
    return Arrays.stream(values).allMatch(Objects::nonNull);
  }

  /** Throws every noted problem at once; does nothing when there is none. */
  public void done() {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }
}
