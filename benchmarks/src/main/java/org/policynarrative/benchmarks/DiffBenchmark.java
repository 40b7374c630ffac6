package org.policynarrative.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.policynarrative.core.Anchor;
import org.policynarrative.core.Assessment;
import org.policynarrative.core.Claim;
import org.policynarrative.core.Era;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.PolicyLine;
import org.policynarrative.core.PriorityMode;
import org.policynarrative.core.SectorPriority;
import org.policynarrative.core.Source;
import org.policynarrative.core.Verdict;
import org.policynarrative.core.diff.NarrativeDiff;
import org.policynarrative.json.NarrativeJson;

/**
 * The semantic diff of two versions of a generated narrative against reading one of them as JSON,
 * in the same run: the target is a diff in at most twice the time of the read.
 *
 * <p>The second version is the first edited the way rewrites happen, at scale: one source text in
 * ten edited at its start (every quote of it moves: a tenth of the claims), 1% of the claims
 * removed, 0.5% added, 0.5% given a new id (rename hints), 0.2% given a verdict, 1% reworded; 2% of
 * the policy lines dropped and 5% with a priority moved; 5% of the eras renamed. Both versions are
 * read from their JSON, so no item is the same instance on both sides (as for two files).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
// Two 100,000-claim narratives and one JSON document live at once (about 1 GB); a fixed heap touched
// before the first operation, as in JsonBenchmark, so no operation pays for the heap's growth.
@Fork(value = 3, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class DiffBenchmark {

  /** Claims in each narrative. */
  @Param({"1000", "100000"})
  public int claims;

  private Narrative before;
  private Narrative after;
  private byte[] json;
  private NarrativeJson format;

  /** Builds both versions, outside every measured method, and checks the diff finds the edits. */
  @Setup(Level.Trial)
  public void setUp() {
    format = NarrativeJson.create().withMaxDocumentLength(Long.MAX_VALUE);
    Narrative generated = NarrativeGenerator.corpus(claims).narrative();
    json = write(generated);
    before = read(json);
    after = read(write(rewrite(generated)));
    NarrativeDiff diff = NarrativeDiff.between(before, after);
    if (diff.changes().size() < claims / 10 || diff.renameHints().isEmpty()) {
      throw new IllegalStateException("the rewrite should change a tenth of the claims and hint renames: " + diff);
    }
  }

  private Narrative read(byte[] document) {
    try {
      return format.read(new ByteArrayInputStream(document));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private byte[] write(Narrative narrative) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      format.write(narrative, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The semantic diff of the two versions. */
  @Benchmark
  public NarrativeDiff diff() {
    return NarrativeDiff.between(before, after);
  }

  /** Baseline: reading the first version from its JSON. */
  @Benchmark
  public Narrative jsonRead() throws IOException {
    return format.read(new ByteArrayInputStream(json));
  }

  /** The second version: {@code narrative} edited as the class comment says, deterministically. */
  static Narrative rewrite(Narrative narrative) {
    List<Source> sources = narrative.sources();
    Set<String> edited = new HashSet<>();
    for (int s = 0; s < sources.size(); s += 10) {
      edited.add(sources.get(s).id());
    }
    String preface = "Editor's note: this account was revised. ";
    int shift = preface.codePointCount(0, preface.length());

    List<Claim> claims = new ArrayList<>();
    List<Claim> all = narrative.claims();
    for (int c = 0; c < all.size(); c++) {
      Claim claim = all.get(c);
      if (c % 100 == 17) {
        continue;   // removed
      }
      Claim.Builder b = Claim.builder().from(claim);
      Anchor anchor = claim.anchor();
      if (edited.contains(anchor.source()) && anchor.start().isPresent()) {
        b.anchor(Anchor.builder().from(anchor).start(anchor.start().get() + shift).end(anchor.end().get() + shift)
            .build());
      }
      if (c % 200 == 3) {
        b.id(claim.id() + "-renumbered");
      }
      if (c % 500 == 9) {
        b.addAssessments(Assessment.builder().assessor("Benchmark review").verdict(Verdict.DISPUTED)
            .addReferences("https://example.org/review").build());
      }
      if (c % 100 == 41) {
        b.statement(claim.statement() + " (revised)");
      }
      claims.add(b.build());
      if (c % 200 == 77) {
        claims.add(Claim.builder().from(claim).id(claim.id() + "-added").statement("A new claim of the revision.")
            .build());
      }
    }
    List<PolicyLine> lines = new ArrayList<>();
    List<PolicyLine> allLines = narrative.policyLines();
    for (int l = 0; l < allLines.size(); l++) {
      PolicyLine line = allLines.get(l);
      if (l % 50 == 25) {
        continue;   // dropped: its references stay dangling, as in a careless rewrite
      }
      if (l % 20 == 5) {
        SectorPriority first = line.priorities().get(0);
        List<SectorPriority> priorities = new ArrayList<>(line.priorities());
        priorities.set(0, SectorPriority.builder().from(first).mode(first.mode().equals(PriorityMode.TOP_PRIORITY)
            ? PriorityMode.PRIORITIZED : PriorityMode.TOP_PRIORITY).build());
        line = PolicyLine.builder().from(line).priorities(priorities).build();
      }
      lines.add(line);
    }
    List<Era> eras = new ArrayList<>();
    List<Era> allEras = narrative.eras();
    for (int e = 0; e < allEras.size(); e++) {
      Era era = allEras.get(e);
      eras.add(e % 20 == 1 ? Era.builder().from(era).name(era.name() + " (renamed)").build() : era);
    }
    return Narrative.builder().from(narrative).version("2").eras(eras).policyLines(lines).claims(claims).build();
  }
}
