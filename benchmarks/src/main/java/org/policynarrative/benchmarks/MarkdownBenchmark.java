package org.policynarrative.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
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
import org.policynarrative.markdown.NarrativeMarkdown;

/**
 * Markdown read and write of the model against the floor for any commonmark-based reader:
 * commonmark-java parsing the same bytes into its AST, with the same extension (GFM tables), and
 * no mapping.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
// One fixed heap for every size, with room for the 100,000-claim Markdown AST (1.2 GB live), every
// page touched before the first operation (-XX:+AlwaysPreTouch, about 3 s per fork): on this VM the
// first touch of a heap page is a page fault, and a heap that grew during the run (-Xms1g) charged
// those faults to the large payloads' operations, by up to 40% per claim for baselines and model alike.
@Fork(value = 3, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
public class MarkdownBenchmark {

  /**
   * Payloads up to this size are checked to round-trip in setup; the check costs a whole read,
   * seconds at 100,000 claims, and the generator's shape is the same at every size.
   */
  private static final int ROUND_TRIP_CHECKED = 1000;

  /** Claims in the narrative. */
  @Param({"10", "1000", "100000"})
  public int claims;

  private Narrative narrative;
  private byte[] markdown;
  private NarrativeMarkdown format;
  private NarrativeMarkdown validating;
  private Parser parser;
  private Parser parserWithSpans;
  private ByteArrayOutputStream out;

  /** Builds the payloads, outside every measured method. */
  @Setup(Level.Trial)
  public void setUp() {
    narrative = NarrativeGenerator.corpus(claims).narrative();
    // The default limit (64 MiB) leaves the 100,000-claim document (66 MB) little room: raise it, as README says.
    format = NarrativeMarkdown.create().withMaxDocumentLength(Integer.MAX_VALUE);
    validating = format.validatingOnRead();
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    try {
      format.write(narrative, written);
      markdown = written.toByteArray();
      if (claims <= ROUND_TRIP_CHECKED && !format.read(new ByteArrayInputStream(markdown)).equals(narrative)) {
        throw new IllegalStateException("io-markdown did not round-trip " + narrative.id());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    parser = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    parserWithSpans = Parser.builder().extensions(List.of(TablesExtension.create()))
        .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    out = new ByteArrayOutputStream(markdown.length + markdown.length / 4);
  }

  /** The model's Markdown reader: {@code NarrativeMarkdown.create()}, document limit raised. */
  @Benchmark
  public Narrative modelRead() throws IOException {
    return format.read(new ByteArrayInputStream(markdown));
  }

  /**
   * For reference, not a target: the read with the checks across the whole narrative
   * ({@code validatingOnRead()}), which the reader ran on every read before they became opt-in.
   */
  @Benchmark
  public Narrative modelReadValidating() throws IOException {
    return validating.read(new ByteArrayInputStream(markdown));
  }

  /** The model's Markdown writer: {@code NarrativeMarkdown.create()}. */
  @Benchmark
  public int modelWrite() throws IOException {
    out.reset();
    format.write(narrative, out);
    return out.size();
  }

  /** Baseline: commonmark-java parses the same bytes into its AST; nothing is mapped. */
  @Benchmark
  public Node commonmarkParse() throws IOException {
    return parser.parseReader(new InputStreamReader(new ByteArrayInputStream(markdown), StandardCharsets.UTF_8));
  }

  /**
   * For reference, not a target: the same parse recording source spans of blocks and inlines,
   * which a reader needs to name the line of an error.
   */
  @Benchmark
  public Node commonmarkParseWithSourceSpans() throws IOException {
    return parserWithSpans.parseReader(
        new InputStreamReader(new ByteArrayInputStream(markdown), StandardCharsets.UTF_8));
  }
}
