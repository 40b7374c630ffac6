package org.policynarrative.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
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
import org.policynarrative.benchmarks.baseline.RecordMapper;
import org.policynarrative.benchmarks.baseline.Records.NarrativeRecord;
import org.policynarrative.benchmarks.baseline.StreamingCodec;
import org.policynarrative.core.Narrative;
import org.policynarrative.json.NarrativeJson;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON read and write of the model against its two baselines, on the same bytes: Jackson databind
 * into plain records of the same shape, and hand-written Jackson streaming code into the same records.
 *
 * <p>Every method reads from an {@code InputStream} over the same document and writes to a reused
 * in-memory {@code OutputStream}, so all of them pay the same I/O.
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
public class JsonBenchmark {

  /** Claims in the narrative. */
  @Param({"10", "1000", "100000"})
  public int claims;

  private Narrative narrative;
  private NarrativeRecord record;
  private byte[] json;
  private NarrativeJson format;
  private JsonMapper mapper;
  private ObjectReader databindReader;
  private ObjectWriter databindWriter;
  private ObjectWriter streamingWriter;
  private ByteArrayOutputStream out;

  /** Builds the payloads, outside every measured method. */
  @Setup(Level.Trial)
  public void setUp() {
    narrative = NarrativeGenerator.corpus(claims).narrative();
    // The default limit (64 MiB) rejects the 100,000-claim document (74 MB): raise it, as README says.
    format = NarrativeJson.create().withMaxDocumentLength(Long.MAX_VALUE);
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    try {
      format.write(narrative, written);
      json = written.toByteArray();
      if (!format.read(new ByteArrayInputStream(json)).equals(narrative)) {
        throw new IllegalStateException("io-json did not round-trip " + narrative.id());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    mapper = JsonMapper.builder().build();
    databindReader = mapper.readerFor(NarrativeRecord.class);
    databindWriter = mapper.writerFor(NarrativeRecord.class).with(canonicalPrinter());
    streamingWriter = mapper.writer().with(canonicalPrinter());
    // The baselines read exactly the bytes the model's writer produced.
    record = databindReader.readValue(json);
    if (!record.equals(RecordMapper.toRecord(narrative))) {
      throw new IllegalStateException("the baseline records do not hold the same data as the model's JSON");
    }
    out = new ByteArrayOutputStream(json.length + json.length / 4);
    // The baselines write exactly the bytes the model's writer produces.
    databindWrite();
    sameBytes("databind", out.toByteArray());
    streamingWrite();
    sameBytes("streaming", out.toByteArray());
  }

  private void sameBytes(String baseline, byte[] written) {
    if (!Arrays.equals(written, json)) {
      throw new IllegalStateException("the " + baseline + " baseline writes other bytes than the model (first "
          + "difference at byte " + Arrays.mismatch(written, json) + " of " + json.length + ")");
    }
  }

  /** The layout of the model's canonical JSON: {@code "key": value}, two spaces per level. */
  static DefaultPrettyPrinter canonicalPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators = Separators.createDefaultInstance()
        .withObjectNameValueSpacing(Separators.Spacing.AFTER)
        .withArrayElementSpacing(Separators.Spacing.NONE)
        .withObjectEntrySpacing(Separators.Spacing.NONE)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");
    return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
  }

  /** The model's JSON reader: {@code NarrativeJson.create()}, document limit raised. */
  @Benchmark
  public Narrative modelRead() throws IOException {
    return format.read(new ByteArrayInputStream(json));
  }

  /** The model's JSON writer: {@code NarrativeJson.create()}. */
  @Benchmark
  public int modelWrite() throws IOException {
    out.reset();
    format.write(narrative, out);
    return out.size();
  }

  /** Baseline: Jackson databind into plain records. */
  @Benchmark
  public NarrativeRecord databindRead() {
    return databindReader.readValue(new ByteArrayInputStream(json));
  }

  /** Baseline: Jackson databind from plain records, in the model's canonical layout. */
  @Benchmark
  public int databindWrite() {
    out.reset();
    databindWriter.writeValue(out, record);
    out.write('\n');
    return out.size();
  }

  /** Baseline: hand-written Jackson streaming into plain records. */
  @Benchmark
  public NarrativeRecord streamingRead() {
    try (JsonParser parser = mapper.createParser(new ByteArrayInputStream(json))) {
      return StreamingCodec.read(parser);
    }
  }

  /** Baseline: hand-written Jackson streaming from plain records, in the model's canonical layout. */
  @Benchmark
  public int streamingWrite() {
    out.reset();
    try (JsonGenerator generator = streamingWriter.createGenerator(out)) {
      StreamingCodec.write(record, generator);
    }
    out.write('\n');
    return out.size();
  }
}
