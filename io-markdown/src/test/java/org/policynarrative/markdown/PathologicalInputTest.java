package org.policynarrative.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.spi.NarrativeFormatException;

/**
 * Hostile sizes finish in time linear in the input: each case is read at its full size within a
 * generous budget, and at sizes n and 4n, where the larger may take at most ten times the CPU
 * time: linear growth gives four (a little more in practice, from caches), quadratic growth
 * sixteen. The ratio uses the reading thread's CPU time, not wall-clock time, so that other
 * processes on a busy shared build machine and the collector's threads do not skew it.
 */
class PathologicalInputTest {

  private static final Duration BUDGET = Duration.ofSeconds(20);
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final String HEAD = "# T\n\n- **Id:** t\n- **Language:** en\n- **Version:** 1\n\n";

  @Test
  void tenThousandNestedBlockQuotesAreAnErrorNotAFlattening() {
    NarrativeFormatException e = catchThrowableOfType(NarrativeFormatException.class,
        () -> read(nestedQuotes(10_000)));
    assertThat(e).isNotNull();
    assertThat(e.line()).hasValue(9);
    assertThat(e.problem()).contains("nested more than");
    assertLinear(PathologicalInputTest::nestedQuotes, 2_500, true);
  }

  @Test
  void aOneMegabyteLineIsReadWhole() throws IOException {
    String input = longStatement(1 << 20);
    assertThat(input.lines().mapToInt(String::length).max().orElse(0)).isGreaterThan(1 << 20);
    Narrative narrative = read(input);
    assertThat(narrative.claims().get(0).statement().orElseThrow()).startsWith("a * b \n 만 a * b").hasSizeGreaterThan(600_000);
    assertLinear(PathologicalInputTest::longStatement, 1 << 18, false);
  }

  @Test
  void aHundredThousandTableRowsAreRead() throws IOException {
    long start = System.nanoTime();
    Narrative narrative = read(manyRows(100_000));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(BUDGET);
    assertThat(narrative.policyLines().get(0).priorities()).hasSize(100_000);
    assertLinear(PathologicalInputTest::manyRows, 12_500, false);
  }

  private static String nestedQuotes(int depth) {
    return HEAD + "## Further claims\n\n" + "> ".repeat(depth) + "deep\n";
  }

  private static String longStatement(int length) {
    String unit = "a \\* b &#10; 만 ";
    StringBuilder statement = new StringBuilder(length + unit.length());
    while (statement.length() < length) {
      statement.append(unit);
    }
    statement.setLength(length);
    // Only plain text may end the value: cut any escape or reference the cut split.
    String text = statement.toString().replaceAll("[\\\\&][^ ]*$", "x");
    return HEAD + "## Sources\n\n### s\n\n## Further claims\n\n> " + text
        + "\n>\n> - **Id:** c\n> - **Kind:** objective\n> - **Asserted by:** x\n> - **Anchor:**\n"
        + ">   - **Source:** s\n>   - **Quote:** q\n";
  }

  private static String manyRows(int rows) {
    StringBuilder out = new StringBuilder(HEAD).append("## Policy lines without an era\n\n### l: Line\n\n")
        .append("| Sector | Mode | Rank | Wording |\n| --- | --- | --- | --- |\n");
    for (int i = 0; i < rows; i++) {
      out.append("| s | simultaneous | ").append(i + 1).append(" | w |\n");
    }
    return out.append("\n## Sectors\n\n- s: Sector\n").toString();
  }

  private static Narrative read(String text) throws IOException {
    return NarrativeMarkdown.create().read(new StringReader(text));
  }

  /** Reading 4n takes at most ten times as long as reading n (best of three, after a warm-up). */
  private static void assertLinear(IntFunction<String> input, int n, boolean failing) {
    String small = input.apply(n);
    String large = input.apply(4 * n);
    time(small, failing);
    time(large, failing);
    long smallNanos = Long.MAX_VALUE;
    long largeNanos = Long.MAX_VALUE;
    for (int round = 0; round < 3; round++) {
      smallNanos = Math.min(smallNanos, time(small, failing));
      largeNanos = Math.min(largeNanos, time(large, failing));
    }
    System.out.printf("%s: n=%d %.1f ms CPU, 4n=%d %.1f ms CPU, ratio %.2f%n", failing ? "error" : "read", n,
        smallNanos / 1e6, 4 * n, largeNanos / 1e6, (double) largeNanos / smallNanos);
    assertThat(Duration.ofNanos(largeNanos)).isLessThan(BUDGET);
    // Linear is a ratio of 4; allow noise from a shared machine, but not a quadratic 16.
    assertThat((double) largeNanos / smallNanos).as("time(4n) / time(n), n = %d", n).isLessThan(10.0);
  }

  private static long time(String text, boolean failing) {
    System.gc(); // so that one run does not pay for another's garbage
    long start = THREADS.getCurrentThreadCpuTime();
    try {
      read(text);
      assertThat(failing).as("reading should have failed").isFalse();
    } catch (NarrativeFormatException | IOException e) {
      assertThat(failing).as("reading failed: %s", e).isTrue();
    }
    return THREADS.getCurrentThreadCpuTime() - start;
  }
}
