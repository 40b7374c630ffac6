package org.policynarrative.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.policynarrative.testing.scaling.GraphShapes.links;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.spi.NarrativeFormatException;
import org.policynarrative.testing.scaling.CpuTimeRatio;
import org.policynarrative.testing.scaling.GraphShapes;

/**
 * Reading Markdown (which runs the validator and fails on a structural problem) takes time linear
 * in the document for every shape of reference graph that could make it quadratic: each shape is
 * read at sizes n and 4n, and the larger may take at most five times the CPU time of the smaller
 * (linear growth gives four, quadratic sixteen). The time is the reading thread's CPU time, best
 * of five after a warm-up; a measurement over five is looked at again, up to three times in all,
 * since a busy machine's caches can slow one size more than the other. A narrative with a cycle is
 * read to its error. {@link PathologicalInputTest} covers the other hostile sizes.
 */
class GraphShapeScalingTest {

  private static final Duration BUDGET = Duration.ofSeconds(120);
  // Validating, as the JSON scaling test reads: the checks across the narrative are part of what must stay linear.
  private static final NarrativeMarkdown MARKDOWN = NarrativeMarkdown.create().validatingOnRead();

  /**
   * Entities in the smaller documents (0.5 to 1.3 MB): at 1,000 the syntax tree of the smaller
   * document still fitted the processor's caches and that of the larger did not, which alone gave
   * ratios of 5 to 5.7 for reading, with commonmark's parse most of it.
   */
  private static final int N = 4_000;

  /** Reads per measurement. */
  private static final int REPEATS = 1;

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
  void readingTimeGrowsLinearly(String name, IntFunction<Narrative> shape, boolean valid) throws IOException {
    String small = MARKDOWN.toMarkdown(shape.apply(N));
    String large = MARKDOWN.toMarkdown(shape.apply(4 * N));
    if (valid) {
      assertThat(read(small)).isEqualTo(shape.apply(N));
    } else {
      assertThatThrownBy(() -> read(small)).isInstanceOf(NarrativeFormatException.class)
          .hasMessageContaining("form a cycle");
    }
    System.gc();
    assertTimeoutPreemptively(BUDGET, () -> {
      // six warm-up rounds: commonmark and the reader take a while to compile; then a second look before failing
      CpuTimeRatio.Measurement time = CpuTimeRatio.measureUntilBelow(5.0, 3, () -> readAll(small),
          () -> readAll(large), 6, 5, m -> System.out.printf("Markdown, %s: n=%,d (%,d chars), 4n (%,d chars),"
              + " %d reads each: %s%n", name, N, small.length(), large.length(), REPEATS, m));
      // Linear is a ratio of 4; allow noise from a shared machine, but not a quadratic 16.
      assertThat(time.ratio()).as("time(4n) / time(n), n = %d", N).isLessThan(5.0);
    });
  }

  private static Narrative read(String markdown) throws IOException {
    return MARKDOWN.read(new StringReader(markdown));
  }

  private static void readAll(String markdown) {
    for (int i = 0; i < REPEATS; i++) {
      try {
        read(markdown);
      } catch (NarrativeFormatException e) {
        // a narrative with cycles: the time to the error is what counts
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
