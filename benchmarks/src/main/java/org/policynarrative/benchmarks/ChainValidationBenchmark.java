package org.policynarrative.benchmarks;

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
import org.policynarrative.core.Narrative;
import org.policynarrative.core.NarrativeValidator;
import org.policynarrative.core.PolicyLine;
import org.policynarrative.core.Sector;
import org.policynarrative.core.ValidationReport;

/**
 * Validation of the shape that was quadratic: {@code length} sectors in one chain of broader
 * sectors and {@code length} policy lines in one chain of lines, each superseding and continuing
 * the one before. The validator used to walk the rest of the chain from every sector and line
 * (9.5 s at 16,000); the linear-cost target compares the time per element (one sector and one
 * line) at the two sizes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 3, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class ChainValidationBenchmark {

  /** Sectors in the chain, and policy lines in the other chain. */
  @Param({"1000", "16000"})
  public int length;

  private Narrative narrative;

  /** Builds the two chains and checks they are valid, outside the measured method. */
  @Setup(Level.Trial)
  public void setUp() {
    Narrative.Builder chains = Narrative.builder().id("chains").title("Chains").language("en").version("1");
    for (int i = 0; i < length; i++) {
      Sector.Builder sector = Sector.builder().id("sector-" + i).name("Sector " + i);
      PolicyLine.Builder line = PolicyLine.builder().id("line-" + i).name("Line " + i);
      if (i > 0) {
        sector.broader("sector-" + (i - 1));
        line.supersedes("line-" + (i - 1)).continues("line-" + (i - 1));
      }
      chains.addSectors(sector.build()).addPolicyLines(line.build());
    }
    narrative = chains.build();
    ValidationReport report = NarrativeValidator.validate(narrative);
    if (!report.isValid()) {
      throw new IllegalStateException("the chains are not valid: " + report);
    }
  }

  /** References, ids and cycles of both chains. */
  @Benchmark
  public ValidationReport validate() {
    return NarrativeValidator.validate(narrative);
  }
}
