package org.policynarrative.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.policynarrative.core.Anchor;
import org.policynarrative.core.Claim;
import org.policynarrative.core.ClaimKind;
import org.policynarrative.core.EntityRef;
import org.policynarrative.core.Era;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.Period;
import org.policynarrative.core.PolicyLine;
import org.policynarrative.core.PriorityMode;
import org.policynarrative.core.Sector;
import org.policynarrative.core.SectorPriority;
import org.policynarrative.core.Source;
import org.policynarrative.core.spi.NarrativeFormatException;
import org.policynarrative.testing.scaling.CpuTimeRatio;

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
            (IntFunction<Narrative>) GraphShapeScalingTest::fanIn, true),
        Arguments.of("wide fan-out: one claim and one line referring to every sector and era",
            (IntFunction<Narrative>) GraphShapeScalingTest::fanOut, true));
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

  private static Narrative.Builder narrative() {
    return Narrative.builder().id("n").title("Shapes").language("en").version("1")
        .addSources(Source.builder().id("s").build());
  }

  private static Claim.Builder claim(int i) {
    return Claim.builder().id("c" + i).statement("Claim " + i).kind(ClaimKind.CAUSAL_ATTRIBUTION)
        .assertedBy("the source").anchor(Anchor.builder().source("s").exact("q").build());
  }

  /** Sector i under sector target(i), line i superseding and continuing line target(i), where in range. */
  private static Narrative links(int n, IntUnaryOperator target) {
    Narrative.Builder narrative = narrative();
    for (int i = 0; i < n; i++) {
      int t = target.applyAsInt(i);
      Sector.Builder sector = Sector.builder().id("s" + i).name("Sector " + i);
      PolicyLine.Builder line = PolicyLine.builder().id("l" + i).name("Line " + i);
      if (t >= 0 && t < n) {
        sector.broader("s" + t);
        line.supersedes("l" + t).continues("l" + t);
      }
      narrative.addSectors(sector.build()).addPolicyLines(line.build());
    }
    return narrative.build();
  }

  /** n claims about one sector, caused by one line, affecting one era; n sectors under it; n lines superseding it. */
  private static Narrative fanIn(int n) {
    Narrative.Builder narrative = narrative()
        .addSectors(Sector.builder().id("hub").name("Hub").build())
        .addPolicyLines(PolicyLine.builder().id("hub").name("Hub").build())
        .addEras(Era.builder().id("hub").name("Hub").period(Period.parse("1953/1960")).build());
    for (int i = 0; i < n; i++) {
      narrative.addSectors(Sector.builder().id("s" + i).name("Sector " + i).broader("hub").build())
          .addPolicyLines(PolicyLine.builder().id("l" + i).name("Line " + i).supersedes("hub").build())
          .addClaims(claim(i).addAbout(EntityRef.sector("hub")).addCauses(EntityRef.policyLine("hub"))
              .addEffects(EntityRef.era("hub")).build());
    }
    return narrative.build();
  }

  /** One claim about every sector, caused by every era; one line in every era with a priority for every sector. */
  private static Narrative fanOut(int n) {
    Narrative.Builder narrative = narrative();
    Claim.Builder claim = claim(0);
    PolicyLine.Builder line = PolicyLine.builder().id("l").name("Line");
    for (int i = 0; i < n; i++) {
      narrative.addSectors(Sector.builder().id("s" + i).name("Sector " + i).build())
          .addEras(Era.builder().id("e" + i).name("Era " + i).period(Period.parse("1953/1960")).build());
      claim.addAbout(EntityRef.sector("s" + i)).addCauses(EntityRef.era("e" + i));
      line.addEras("e" + i).addPriorities(SectorPriority.of("s" + i, PriorityMode.SIMULTANEOUS));
    }
    return narrative.addClaims(claim.build()).addPolicyLines(line.build()).build();
  }
}
