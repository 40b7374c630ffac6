package org.policynarrative.testing.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
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
import org.policynarrative.core.NarrativeValidator;
import org.policynarrative.core.Period;
import org.policynarrative.core.PolicyLine;
import org.policynarrative.core.Problem;
import org.policynarrative.core.ProblemCode;
import org.policynarrative.core.Sector;
import org.policynarrative.core.SourceText;
import org.policynarrative.core.ValidationReport;
import org.policynarrative.testing.scaling.CpuTimeRatio;
import org.policynarrative.testing.scaling.GraphShapes;

/**
 * Validation takes time linear in the narrative for every shape of input that could make it
 * quadratic: each shape is validated at sizes n and 4n, and the larger may take at most six times
 * the CPU time of the smaller (linear growth gives four, quadratic sixteen; the bound was five until
 * linear shapes of a fraction of a millisecond per validation read 5.3 to 5.8 in a full build on two
 * shared cores, 2026-12-01, with no change to the validator). The time is the
 * validating thread's CPU time, best of seven after a warm-up, so that other processes on a busy
 * build machine and the collector's threads do not skew it.
 *
 * <p>Most shapes are small (2,000 and 8,000 entities) and validated twenty times per measurement.
 * Validation is bound by memory latency (hash lookups of ids spread over the heap), and a
 * narrative that outgrows the processor's caches between n and 4n costs more per entity at 4n for
 * that reason alone: at 100,000 and 400,000 sectors and lines the ratio was 4.5 to 5.7 on two
 * shared cores, for a validator with the same work per entity, against 4.0 to 4.2 at these sizes.
 * A quadratic shape shows at these sizes all the same: the chain took 51 ms at 1,000 and 438 ms at
 * 4,000 before the fix. The fan-in of claims, which the validator checks in blocks that overlap
 * their cache misses, runs at 100,000 and 400,000 claims.
 */
class ValidationScalingTest {

  /** Generous for two shared cores: the whole test of one shape, both sizes, every round. */
  private static final Duration BUDGET = Duration.ofSeconds(120);

  /** The most time(4n) / time(n) may be: linear is four, quadratic sixteen. */
  private static final double LIMIT = 6.0;

  /** Entities in the smaller graphs. */
  private static final int N = 2_000;

  /** Validations per measurement of the small shapes. */
  private static final int REPEATS = 20;

  /** Claims in the smaller fan-in of claims. */
  private static final int CLAIMS = 100_000;

  /** Sentences in the smaller text (470 KB). */
  private static final int SENTENCES = 10_000;

  private record Input(Narrative narrative, List<SourceText> texts) {}

  static Stream<Arguments> shapes() {
    return Stream.of(
        shape("deep chain: broader sectors, superseded and continued lines", ValidationScalingTest::chain, N,
            REPEATS, report -> assertThat(report.problems()).isEmpty()),
        shape("one long cycle of each kind", ValidationScalingTest::longCycle, N, REPEATS,
            report -> assertThat(report.problems()).extracting(Problem::path).containsExactly(
                "sectors[0].broader", "policyLines[0].supersedes", "policyLines[0].continues")),
        shape("many cycles of two", ValidationScalingTest::pairs, N, REPEATS,
            report -> assertThat(report.problems()).hasSize(3 * N / 2)
                .allMatch(p -> p.code() == ProblemCode.SECTOR_CYCLE || p.code() == ProblemCode.LINE_CYCLE)),
        shape("wide fan-in: sectors under one sector, lines superseding one line", ValidationScalingTest::fanIn, N,
            REPEATS, report -> assertThat(report.problems()).isEmpty()),
        shape("wide fan-in: 100,000 claims about one sector, caused by one line, affecting one era",
            ValidationScalingTest::claimsFanIn, CLAIMS, 1, report -> assertThat(report.problems()).isEmpty()),
        shape("wide fan-out: one claim and one line referring to every sector and era",
            ValidationScalingTest::fanOut, N, REPEATS, report -> assertThat(report.problems()).isEmpty()),
        shape("a quote per 25 sentences, offsets stale (the text gained a character at its start)",
            n -> anchored(n, 25, true), SENTENCES, REPEATS / 4, report -> assertThat(report.problems())
                .hasSize(SENTENCES / 25).allMatch(p -> p.code() == ProblemCode.OFFSETS_MISMATCH)),
        shape("a quote per 25 sentences, no offsets", n -> anchored(n, 25, false), SENTENCES, REPEATS / 4,
            report -> assertThat(report.problems()).isEmpty()),
        shape("a quote per sentence, offsets stale", n -> anchored(n, 1, true), SENTENCES / 8, REPEATS / 4,
            report -> assertThat(report.problems()).hasSize(SENTENCES / 8)),
        shape("a quote per 25 sentences, each with a typo: the closest match is searched for", n -> typos(n, 25),
            SENTENCES, REPEATS / 4, report -> assertThat(report.problems()).hasSize(SENTENCES / 25)
                .allMatch(p -> p.code() == ProblemCode.QUOTE_NOT_FOUND && p.message().contains("closest match"))));
  }

  private static Arguments shape(String name, IntFunction<Input> input, int n, int repeats,
      Consumer<ValidationReport> check) {
    return Arguments.of(name, input, n, repeats, check);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void validationTimeGrowsLinearly(String name, IntFunction<Input> shape, int n, int repeats,
      Consumer<ValidationReport> check) {
    Input small = shape.apply(n);
    Input large = shape.apply(4 * n);
    System.gc(); // once: both narratives laid out compactly, as the collector leaves them
    assertTimeoutPreemptively(BUDGET, () -> {
      check.accept(validate(small));
      // a second look before failing
      CpuTimeRatio.Measurement time = CpuTimeRatio.measureUntilBelow(LIMIT, 3, () -> validate(small, repeats),
          () -> validate(large, repeats), 5, 7, m -> System.out.printf("%s: n=%,d, 4n=%,d (%d validations each): %s%n",
              name, n, 4 * n, repeats, m));
      // Linear is a ratio of 4; allow noise from a shared machine, but not a quadratic 16.
      assertThat(time.ratio()).as("time(4n) / time(n), n = %d", n).isLessThan(LIMIT);
    });
  }

  private static ValidationReport validate(Input input) {
    return NarrativeValidator.validate(input.narrative(), input.texts());
  }

  private static void validate(Input input, int repeats) {
    for (int i = 0; i < repeats; i++) {
      validate(input);
    }
  }

  private static Narrative.Builder narrative() {
    return GraphShapes.narrative();
  }

  private static Claim.Builder claim(int i, Anchor anchor) {
    return Claim.builder().id("c" + i).statement("Claim " + i).kind(ClaimKind.CAUSAL_ATTRIBUTION)
        .assertedBy("the source").anchor(anchor);
  }

  private static Anchor quote(String exact) {
    return Anchor.builder().source("s").exact(exact).build();
  }

  /** Sector i is narrower than sector i - 1; line i supersedes and continues line i - 1. */
  private static Input chain(int n) {
    return links(n, i -> i - 1);
  }

  /** The chain, closed: the first sector and line refer to the last. */
  private static Input longCycle(int n) {
    return links(n, i -> i == 0 ? n - 1 : i - 1);
  }

  /** Sectors and lines in pairs that refer to each other. */
  private static Input pairs(int n) {
    return links(n, i -> i ^ 1);
  }

  private static Input links(int n, IntUnaryOperator target) {
    return new Input(GraphShapes.links(n, target), List.of());
  }

  /** n sectors under one sector; n lines superseding one line. */
  private static Input fanIn(int n) {
    Narrative.Builder narrative = narrative()
        .addSectors(Sector.builder().id("hub").name("Hub").build())
        .addPolicyLines(PolicyLine.builder().id("hub").name("Hub").build());
    for (int i = 0; i < n; i++) {
      narrative.addSectors(Sector.builder().id("s" + i).name("Sector " + i).broader("hub").build())
          .addPolicyLines(PolicyLine.builder().id("l" + i).name("Line " + i).supersedes("hub").build());
    }
    return new Input(narrative.build(), List.of());
  }

  /** n claims about one sector, caused by one line and affecting one era. */
  private static Input claimsFanIn(int n) {
    Narrative.Builder narrative = narrative()
        .addSectors(Sector.builder().id("hub").name("Hub").build())
        .addPolicyLines(PolicyLine.builder().id("hub").name("Hub").build())
        .addEras(Era.builder().id("hub").name("Hub").period(Period.parse("1953/1960")).build());
    for (int i = 0; i < n; i++) {
      narrative.addClaims(claim(i, quote("q")).addAbout(EntityRef.sector("hub"))
          .addCauses(EntityRef.policyLine("hub")).addEffects(EntityRef.era("hub")).build());
    }
    return new Input(narrative.build(), List.of());
  }

  /** One claim about every sector, caused by every era; one line in every era with a priority for every sector. */
  private static Input fanOut(int n) {
    return new Input(GraphShapes.fanOut(n), List.of());
  }

  /**
   * A text of {@code n} sentences of seven words each (from a vocabulary of 2,000 made-up words)
   * and a claim quoting every {@code every}th sentence, each with its offsets one code point short
   * ({@code stale}: the text gained a character at its start) or with none.
   */
  /** {@link #anchored} without offsets, each quote with one letter in its middle changed: a typo. */
  private static Input typos(int n, int every) {
    Input input = anchored(n, every, false);
    Narrative.Builder narrative = narrative();
    for (Claim claim : input.narrative().claims()) {
      String exact = claim.anchor().exact();
      int middle = exact.length() / 2;
      char typo = exact.charAt(middle) == 'q' ? 'x' : 'q';
      String misspelt = exact.substring(0, middle) + typo + exact.substring(middle + 1);
      narrative.addClaims(Claim.builder().from(claim).anchor(quote(misspelt)).build());
    }
    return new Input(narrative.build(), input.texts());
  }

  private static Input anchored(int n, int every, boolean stale) {
    Random random = new Random(n);
    String[] words = new String[2_000];
    for (int w = 0; w < words.length; w++) {
      char[] word = new char[2 + random.nextInt(8)];
      for (int k = 0; k < word.length; k++) {
        word[k] = (char) ('a' + random.nextInt(26));
      }
      words[w] = new String(word);
    }
    StringBuilder text = new StringBuilder("\u00b6");
    Narrative.Builder narrative = narrative();
    for (int i = 0; i < n; i++) {
      int start = text.length();
      for (int k = 0; k < 7; k++) {
        text.append(k == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
      }
      if (i % every == 0) {
        String exact = text.substring(start);
        Anchor.Builder anchor = Anchor.builder().source("s").exact(exact);
        if (stale) {
          anchor.start(start - 1).end(start - 1 + exact.length());
        }
        narrative.addClaims(claim(i, anchor.build()).build());
      }
      text.append(". ");
    }
    return new Input(narrative.build(), List.of(SourceText.of("s", text.toString())));
  }
}
