package org.policynarrative.testing.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntFunction;
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
import org.policynarrative.core.SectorPriority;
import org.policynarrative.core.diff.EntityChange;
import org.policynarrative.core.diff.NarrativeDiff;
import org.policynarrative.testing.scaling.CpuTimeRatio;

/**
 * The diff takes time linear in the narratives for the shapes that could make it quadratic: each
 * pair is diffed at sizes n and 4n, and the larger may take at most five times the CPU time of the
 * smaller (linear growth gives four, quadratic sixteen). CPU time of the diffing thread, best of
 * seven after a warm-up, as in {@code ValidationScalingTest}.
 */
class DiffScalingTest {

  private static final Duration BUDGET = Duration.ofSeconds(120);
  private static final int N = 2_000;
  private static final int REPEATS = 5;

  /** Two narratives to diff. */
  private record Pair(Narrative before, Narrative after) {}

  static Stream<Arguments> shapes() {
    return Stream.of(
        Arguments.of("every claim removed and added again under a new id, all with one statement (rename candidates)",
            (IntFunction<Pair>) DiffScalingTest::renamedWithOneStatement,
            (Consumer<NarrativeDiff>) d -> assertThat(d.renameHints()).hasSize(d.changes().size() / 2)),
        Arguments.of("every claim's quote moved", (IntFunction<Pair>) DiffScalingTest::everyQuoteMoved,
            (Consumer<NarrativeDiff>) d -> assertThat(d.changes()).allMatch(c -> c.type() == EntityChange.Type.CHANGED)),
        Arguments.of("the claims in reverse order", (IntFunction<Pair>) DiffScalingTest::reversed,
            (Consumer<NarrativeDiff>) d -> assertThat(d.reorderings()).singleElement()
                .satisfies(r -> assertThat(r.moved()).hasSize(r.common() - 1))),
        Arguments.of("every era under a new id, matched by identifier, every line referring to all of them",
            (IntFunction<Pair>) DiffScalingTest::erasByIdentifier,
            (Consumer<NarrativeDiff>) d -> assertThat(d.changes()).allMatch(c -> c.matchedBy().isPresent())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void diffTimeGrowsLinearly(String name, IntFunction<Pair> shape, Consumer<NarrativeDiff> check) {
    Pair small = shape.apply(N);
    Pair large = shape.apply(4 * N);
    System.gc();
    assertTimeoutPreemptively(BUDGET, () -> {
      check.accept(NarrativeDiff.between(small.before(), small.after()));
      CpuTimeRatio.Measurement time = CpuTimeRatio.measureUntilBelow(5, 3, () -> diff(small), () -> diff(large), 3, 7,
          m -> System.out.printf("%s: n=%,d, 4n=%,d: %s%n", name, N, 4 * N, m));
      assertThat(time.ratio()).as("CPU time at 4n over n for %s", name).isLessThan(5);
    });
  }

  private static void diff(Pair pair) {
    for (int i = 0; i < REPEATS; i++) {
      NarrativeDiff.between(pair.before(), pair.after());
    }
  }

  private static Narrative.Builder narrative() {
    return Narrative.builder().id("scale").title("Scale").language("en").version("1");
  }

  private static Claim claim(String id, String statement, int start) {
    String quote = "quote " + id;
    return Claim.builder().id(id).statement(statement).kind(ClaimKind.ACHIEVEMENT).assertedBy("source")
        .addAbout(EntityRef.era("era-0"))
        .anchor(Anchor.builder().source("text").exact(quote).start(start).end(start + quote.length()).build())
        .build();
  }

  private static List<Claim> claims(int n, String prefix, String statement, int shift) {
    List<Claim> claims = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      claims.add(claim(prefix + i, statement == null ? "Statement " + i : statement, 100 * i + shift));
    }
    return claims;
  }

  private static Pair renamedWithOneStatement(int n) {
    return new Pair(narrative().addAllClaims(claims(n, "c", "The plan was overfulfilled.", 0)).build(),
        narrative().addAllClaims(claims(n, "d", "The plan was overfulfilled.", 0)).build());
  }

  private static Pair everyQuoteMoved(int n) {
    return new Pair(narrative().addAllClaims(claims(n, "c", null, 0)).build(),
        narrative().addAllClaims(claims(n, "c", null, 7)).build());
  }

  private static Pair reversed(int n) {
    List<Claim> claims = claims(n, "c", null, 0);
    List<Claim> backwards = new ArrayList<>(claims);
    java.util.Collections.reverse(backwards);
    return new Pair(narrative().addAllClaims(claims).build(), narrative().addAllClaims(backwards).build());
  }

  private static Pair erasByIdentifier(int n) {
    int eras = n / 10;
    return new Pair(eraNarrative(eras, "a"), eraNarrative(eras, "b"));
  }

  private static Narrative eraNarrative(int eras, String prefix) {
    Narrative.Builder b = narrative();
    List<String> ids = new ArrayList<>();
    for (int e = 0; e < eras; e++) {
      ids.add(prefix + e);
      b.addEras(Era.builder().id(prefix + e).name("Era " + e).period(Period.parse(String.valueOf(1000 + e)))
          .addIdentifiers("wikidata:Q" + e).build());
    }
    for (int l = 0; l < 10; l++) {
      b.addPolicyLines(PolicyLine.builder().id("line-" + l).name("Line " + l).eras(ids)
          .addPriorities(SectorPriority.of("s" + l, PriorityMode.PREFERENTIAL)).build());
    }
    return b.build();
  }
}
