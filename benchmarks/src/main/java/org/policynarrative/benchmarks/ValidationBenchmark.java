package org.policynarrative.benchmarks;

import java.util.List;
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
import org.policynarrative.benchmarks.baseline.ReferenceWalk;
import org.policynarrative.core.Narrative;
import org.policynarrative.core.NarrativeValidator;
import org.policynarrative.core.SectorPriorityMatrix;
import org.policynarrative.core.SourceText;
import org.policynarrative.core.Timeline;
import org.policynarrative.core.ValidationReport;

/**
 * The validator and the queries at the three sizes. The narrative's id indexes are built lazily
 * on first use and then kept, so these measure validation of a narrative already in memory.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
// One fixed heap for every size, with room for the 100,000-claim Markdown AST (1.2 GB live), every
// page touched before the first operation (-XX:+AlwaysPreTouch, about 3 s per fork): on this VM the
// first touch of a heap page is a page fault, and a heap that grew during the run (-Xms1g) charged
// those faults to the large payloads' operations, by up to 40% per claim for baselines and model alike.
@Fork(value = 3, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
public class ValidationBenchmark {

  /** Claims in the narrative. */
  @Param({"10", "1000", "100000"})
  public int claims;

  private Narrative narrative;
  private List<SourceText> texts;

  /** Builds the payload and checks it is valid, outside every measured method. */
  @Setup(Level.Trial)
  public void setUp() {
    Corpus corpus = NarrativeGenerator.corpus(claims);
    narrative = corpus.narrative();
    texts = corpus.texts();
    ValidationReport report = NarrativeValidator.validate(narrative, texts);
    if (!report.isValid()) {
      throw new IllegalStateException("the generated narrative is not valid: " + report);
    }
  }

  /** References, ids, hierarchies and line dates; anchors not checked against text. */
  @Benchmark
  public ValidationReport validate() {
    return NarrativeValidator.validate(narrative);
  }

  /**
   * Baseline: only the memory loads validation cannot avoid (every claim, its reference lists, ids
   * and anchor source), with no checks; see {@link ReferenceWalk}.
   */
  @Benchmark
  public int referenceWalk() {
    return ReferenceWalk.walk(narrative);
  }

  /** Everything {@link #validate()} checks, plus every anchor against its source text. */
  @Benchmark
  public ValidationReport validateWithTexts() {
    return NarrativeValidator.validate(narrative, texts);
  }

  /** The chronological timeline of eras and policy lines. */
  @Benchmark
  public Timeline timeline() {
    return Timeline.of(narrative);
  }

  /** The sector-by-era priority matrix. */
  @Benchmark
  public SectorPriorityMatrix sectorPriorityMatrix() {
    return SectorPriorityMatrix.of(narrative);
  }
}
