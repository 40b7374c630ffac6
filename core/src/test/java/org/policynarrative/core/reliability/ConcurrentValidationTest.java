package org.policynarrative.core.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.policynarrative.core.Anchor;
import org.policynarrative.core.Claim;
import org.policynarrative.core.ClaimKind;
import org.policynarrative.core.EntityRef;
import org.policynarrative.core.Era;
import org.policynarrative.core.HistoricalDate;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.NarrativeValidator;
import org.policynarrative.core.Period;
import org.policynarrative.core.PolicyLine;
import org.policynarrative.core.PriorityMode;
import org.policynarrative.core.Problem;
import org.policynarrative.core.ProblemCode;
import org.policynarrative.core.Sector;
import org.policynarrative.core.SectorPriority;
import org.policynarrative.core.Source;
import org.policynarrative.core.SourceText;
import org.policynarrative.core.ValidationReport;

/**
 * {@link NarrativeValidator} used by many threads at once on the same narratives and texts gives
 * the reports it gives on one thread. Each round builds new narratives, so their lazily built id
 * indexes are first used by all threads together.
 */
class ConcurrentValidationTest {

  static final int THREADS = 8;
  static final int ROUNDS = 20;

  static final SourceText TEXT = SourceText.of("portal",
      "In 1953 the Party set the line of developing heavy industry preferentially while developing light "
          + "industry and agriculture simultaneously. The Chollima movement began in 1956.");

  @Test
  void manyThreadsGetTheSingleThreadedReports() throws Exception {
    List<List<ValidationReport>> expected = new ArrayList<>();
    for (int size = 0; size < 6; size++) {
      expected.add(List.of(NarrativeValidator.validate(narrative(size)),
          NarrativeValidator.validate(narrative(size), List.of(TEXT))));
    }
    assertThat(expected.get(1).get(1).isValid()).as("a valid narrative").isTrue();
    assertThat(expected.get(5).get(1).problems()).extracting(Problem::code).contains(ProblemCode.DUPLICATE_ID,
        ProblemCode.UNKNOWN_REFERENCE, ProblemCode.LINE_OUTSIDE_ERA, ProblemCode.QUOTE_NOT_FOUND,
        ProblemCode.AMBIGUOUS_QUOTE);

    ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    try {
      for (int round = 0; round < ROUNDS; round++) {
        List<Narrative> shared = IntStream.range(0, expected.size()).mapToObj(ConcurrentValidationTest::narrative)
            .collect(Collectors.toList());
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<List<List<ValidationReport>>>> tasks = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          int offset = t;
          tasks.add(() -> {
            start.await();
            List<List<ValidationReport>> reports = new ArrayList<>(Collections.nCopies(shared.size(), null));
            for (int i = 0; i < shared.size(); i++) {
              int which = (i + offset) % shared.size(); // each thread in another order
              Narrative narrative = shared.get(which);
              reports.set(which, List.of(NarrativeValidator.validate(narrative),
                  NarrativeValidator.validate(narrative, List.of(TEXT))));
            }
            return reports;
          });
        }
        List<Future<List<List<ValidationReport>>>> results = new ArrayList<>();
        for (Callable<List<List<ValidationReport>>> task : tasks) {
          results.add(threads.submit(task));
        }
        start.countDown();
        for (Future<List<List<ValidationReport>>> result : results) {
          assertThat(result.get(1, TimeUnit.MINUTES)).as("round %d", round).isEqualTo(expected);
        }
      }
    } finally {
      threads.shutdownNow();
    }
  }

  /**
   * A narrative with {@code size} of each entity, and from size 3 on problems: a duplicate id, an
   * unknown era, a line outside its era, an unknown sector, a quote the text lacks and one it has
   * twice.
   */
  static Narrative narrative(int size) {
    Narrative.Builder narrative = Narrative.builder().id("n" + size).title("Narrative " + size).language("en")
        .version("1").addSources(Source.builder().id("portal").build());
    for (int i = 0; i < size; i++) {
      narrative.addEras(Era.builder().id("era-" + i).name("Era " + i)
          .period(Period.between(HistoricalDate.ofYear(1950 + 5 * i), HistoricalDate.ofYear(1954 + 5 * i))).build());
      narrative.addSectors(Sector.builder().id("sector-" + i).name("Sector " + i)
          .broader(i == 0 ? Optional.empty() : Optional.of("sector-" + (i - 1))).build());
      narrative.addPolicyLines(PolicyLine.builder().id("line-" + i).name("Line " + i)
          .adopted(HistoricalDate.ofYear(1951 + 5 * i)).addEras("era-" + i)
          .addPriorities(SectorPriority.of("sector-" + i, PriorityMode.PREFERENTIAL)).build());
      narrative.addClaims(claim("claim-" + i, "heavy industry preferentially", i % 2 == 0 ? "the line of developing " : null)
          .addAbout(EntityRef.sector("sector-" + i), EntityRef.policyLine("line-" + i)).build());
    }
    if (size >= 3) {
      narrative.addEras(Era.builder().id("era-0").name("Again").period(Period.parse("1960/1970")).build());
      narrative.addPolicyLines(PolicyLine.builder().id("line-x").name("Line x").adopted(HistoricalDate.ofYear(1999))
          .addEras("no-such-era").build());
      narrative.addPolicyLines(PolicyLine.builder().id("line-late").name("Late line").adopted(HistoricalDate.ofYear(1999))
          .addEras("era-1").build());
      narrative.addClaims(claim("claim-missing", "a quote the text lacks", null)
          .addAbout(EntityRef.sector("no-such-sector")).build());
      narrative.addClaims(claim("claim-ambiguous", "industry", null).build());
    }
    return narrative.build();
  }

  private static Claim.Builder claim(String id, String quote, String prefix) {
    Anchor.Builder anchor = Anchor.builder().source("portal").exact(quote);
    if (prefix != null) {
      anchor.prefix(prefix);
    }
    return Claim.builder().id(id).statement("Statement " + id).kind(ClaimKind.ACHIEVEMENT).assertedBy("the source")
        .anchor(anchor.build());
  }
}
