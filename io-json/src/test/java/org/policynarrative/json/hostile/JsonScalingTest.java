package org.policynarrative.json.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.policynarrative.testing.scaling.GraphShapes.links;

import java.time.Duration;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.spi.NarrativeFormatException;
import org.policynarrative.json.NarrativeJson;
import org.policynarrative.testing.scaling.CpuTimeRatio;
import org.policynarrative.testing.scaling.GraphShapes;

/**
 * Reading JSON, with the validator on ({@link NarrativeJson#validatingOnRead()}), takes time
 * linear in the document for every shape of reference graph that could make it quadratic: each
 * shape is read at sizes n and 4n, and the larger may take at most five times the CPU time of the
 * smaller (linear growth gives four, quadratic sixteen). The time is the reading thread's CPU time,
 * best of seven after a warm-up, each measurement a few reads; a measurement over five is looked at
 * again, up to three times in all, since a busy machine's caches can slow one size more than the
 * other. A narrative with a cycle is read to its error, which lists every problem.
 */
class JsonScalingTest {

  private static final Duration BUDGET = Duration.ofSeconds(120);
  private static final NarrativeJson JSON = NarrativeJson.strict().validatingOnRead();

  /** Entities in the smaller documents (about 0.3 to 0.5 MB). */
  private static final int N = 2_000;

  /** Reads per measurement. */
  private static final int REPEATS = 5;

  static Stream<Arguments> shapes() {
    return Stream.of(
        Arguments.of("deep chain: broader sectors, superseded and continued lines",
            (IntFunction<Narrative>) n -> links(n, i -> i - 1), true),
        Arguments.of("one long cycle of each kind", (IntFunction<Narrative>) n -> links(n, i -> i == 0 ? n - 1 : i - 1),
            false),
        Arguments.of("many cycles of two", (IntFunction<Narrative>) n -> links(n, i -> i ^ 1), false),
        Arguments.of("wide fan-in: claims about one sector, sectors under it, lines superseding one line",
            (IntFunction<Narrative>) GraphShapes::fanIn, true),
        Arguments.of("wide fan-out: one claim and one line referring to every sector and era",
            (IntFunction<Narrative>) GraphShapes::fanOut, true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void readingTimeGrowsLinearly(String name, IntFunction<Narrative> shape, boolean valid) {
    String small = NarrativeJson.strict().toJson(shape.apply(N));
    String large = NarrativeJson.strict().toJson(shape.apply(4 * N));
    if (valid) {
      assertThat(JSON.fromJson(small)).isEqualTo(shape.apply(N));
    } else {
      assertThatThrownBy(() -> JSON.fromJson(small)).isInstanceOf(NarrativeFormatException.class)
          .hasMessageContaining("form a cycle");
    }
    System.gc();
    assertTimeoutPreemptively(BUDGET, () -> {
      // a second look before failing
      CpuTimeRatio.Measurement time = CpuTimeRatio.measureUntilBelow(5.0, 3, () -> read(small), () -> read(large), 5,
          7, m -> System.out.printf("JSON, %s: n=%,d (%,d chars), 4n (%,d chars), %d reads each: %s%n", name, N,
              small.length(), large.length(), REPEATS, m));
      // Linear is a ratio of 4; allow noise from a shared machine, but not a quadratic 16.
      assertThat(time.ratio()).as("time(4n) / time(n), n = %d", N).isLessThan(5.0);
    });
  }

  private static void read(String json) {
    for (int i = 0; i < REPEATS; i++) {
      try {
        JSON.fromJson(json);
      } catch (NarrativeFormatException e) {
        // a narrative with cycles: the time to the error is what counts
      }
    }
  }
}
