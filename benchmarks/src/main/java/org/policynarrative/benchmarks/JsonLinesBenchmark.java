package org.policynarrative.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import java.util.stream.Stream;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.policynarrative.core.Narrative;
import org.policynarrative.json.NarrativeJson;

/**
 * JSON Lines: a corpus of 1,000,000 small narratives (about 600 bytes each as one line) streamed
 * through a JVM limited to 64 MiB of heap. Each operation reads, or writes, the whole corpus; the
 * peak heap comes from {@code -prof org.policynarrative.benchmarks.PeakHeapProfiler}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx64m")
public class JsonLinesBenchmark {

  /** Narratives in the corpus. */
  @Param("1000000")
  public int narratives;

  private final NarrativeJson json = NarrativeJson.create();
  private Narrative[] pool;

  /** The corpus file, written once per fork, in setup, by the same constant-memory writer. */
  @State(Scope.Benchmark)
  public static class CorpusFile {
    Path path;

    /** Writes the corpus. */
    @Setup(Level.Trial)
    public void setUp(JsonLinesBenchmark benchmark) throws IOException {
      path = Files.createTempFile("policy-narrative-corpus-", ".jsonl");
      try (Stream<Narrative> corpus = LongStream.range(0, benchmark.narratives).mapToObj(NarrativeGenerator::small)) {
        benchmark.json.writeLines(corpus, path);
      }
    }

    /** Deletes the corpus. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
      Files.deleteIfExists(path);
    }
  }

  /** The 1,000 narratives the write benchmark cycles through, so that it measures writing, not building. */
  @Setup(Level.Trial)
  public void setUp() {
    pool = new Narrative[1000];
    for (int i = 0; i < pool.length; i++) {
      pool[i] = NarrativeGenerator.small(i);
    }
  }

  /** Streams every narrative of the corpus file; fails unless all of them arrive. */
  @Benchmark
  public long readLines(CorpusFile file, Blackhole blackhole) throws IOException {
    long count = 0;
    try (Stream<Narrative> corpus = json.readLines(file.path)) {
      for (Narrative narrative : (Iterable<Narrative>) corpus::iterator) {
        blackhole.consume(narrative);
        count++;
      }
    }
    if (count != narratives) {
      throw new IllegalStateException("read " + count + " narratives, expected " + narratives);
    }
    return count;
  }

  /** Writes the corpus' worth of narratives as JSON Lines to a stream that counts and drops the bytes. */
  @Benchmark
  public long writeLines() throws IOException {
    CountingOutputStream out = new CountingOutputStream();
    json.writeLines(LongStream.range(0, narratives).mapToObj(i -> pool[(int) (i % pool.length)]), out);
    return out.count;
  }

  /** Counts and drops what is written. */
  private static final class CountingOutputStream extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}
