package org.policynarrative.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
import org.policynarrative.html.NarrativeHtml;
import org.policynarrative.markdown.NarrativeMarkdown;

/**
 * The HTML report's writer against the Markdown writer, which writes the same narrative as a
 * readable document: the target is an HTML write within 2x of the Markdown write's time. The report
 * with the source texts (every quote placed and highlighted, every sentence checked) is measured for
 * reference; the Markdown has no counterpart of it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 3, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
public class HtmlBenchmark {

  /** Claims in the narrative. */
  @Param({"1000", "10000"})
  public int claims;

  private Corpus corpus;
  private NarrativeHtml html;
  private NarrativeHtml htmlWithTexts;
  private NarrativeMarkdown markdown;
  private ByteArrayOutputStream out;

  /** Builds the payload and sizes the output buffer, outside every measured method. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    corpus = NarrativeGenerator.corpus(claims);
    html = NarrativeHtml.create();
    htmlWithTexts = html.withSourceTexts(corpus.texts());
    markdown = NarrativeMarkdown.create();
    ByteArrayOutputStream sized = new ByteArrayOutputStream();
    htmlWithTexts.write(corpus.narrative(), sized);
    out = new ByteArrayOutputStream(sized.size() + sized.size() / 4);
  }

  /** The report: {@code NarrativeHtml.create()}, no source text. */
  @Benchmark
  public int htmlWrite() throws IOException {
    out.reset();
    html.write(corpus.narrative(), out);
    return out.size();
  }

  /** Baseline: the Markdown writer, {@code NarrativeMarkdown.create()}, on the same narrative. */
  @Benchmark
  public int markdownWrite() throws IOException {
    out.reset();
    markdown.write(corpus.narrative(), out);
    return out.size();
  }

  /** For reference, not a target: the report with every source text, every quote placed and highlighted. */
  @Benchmark
  public int htmlWriteWithTexts() throws IOException {
    out.reset();
    htmlWithTexts.write(corpus.narrative(), out);
    return out.size();
  }

  /** The narrative, for checks outside JMH. */
  Narrative narrative() {
    return corpus.narrative();
  }
}
