package org.policynarrative.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policynarrative.core.Narrative;
import org.policynarrative.testing.Concurrently;
import org.policynarrative.testing.Fixtures;
import org.policynarrative.testing.SampleNarratives;
import org.policynarrative.core.NarrativeValidator;
import org.policynarrative.core.ValidationReport;
import org.policynarrative.core.spi.NarrativeFormatException;
import org.policynarrative.core.spi.NarrativeFormats;

/**
 * The shared facades used by many threads at once: {@link NarrativeJson} (strict, lenient,
 * validating), {@link NarrativeFormats} with the JSON formats installed, and
 * {@link NarrativeValidator} give every thread what they give one thread; threads writing one
 * file through them all succeed while readers only ever read whole narratives.
 */
class ConcurrentUseTest {

  static final int THREADS = 6;
  static final int ROUNDS = 10;

  private static final NarrativeJson STRICT = NarrativeJson.strict();
  private static final NarrativeJson LENIENT = NarrativeJson.lenient();
  private static final NarrativeJson VALIDATING = NarrativeJson.strict().validatingOnRead();
  private static final NarrativeFormats FORMATS = NarrativeFormats.installed();

  private static List<Narrative> narratives;
  private static List<String> json;
  private static List<ValidationReport> reports;
  private static String jsonLines;

  @TempDir
  Path dir;

  /** The single-threaded results every thread must get. */
  @BeforeAll
  static void singleThreaded() throws IOException {
    narratives = new ArrayList<>(List.of(SampleNarratives.full(), SampleNarratives.minimal()));
    for (Path golden : Fixtures.files(GoldenFilesTest.class, ".expected.json")) {
      narratives.add(STRICT.read(golden));
    }
    json = narratives.stream().map(STRICT::toJson).collect(Collectors.toList());
    reports = narratives.stream().map(NarrativeValidator::validate).collect(Collectors.toList());
    StringWriter lines = new StringWriter();
    STRICT.writeLines(narratives.stream(), lines);
    jsonLines = lines.toString();
  }

  @Test
  void everyThreadGetsTheSingleThreadedResults() throws Exception {
    Concurrently.run(THREADS, thread -> {
      for (int round = 0; round < ROUNDS; round++) {
        for (int i = 0; i < narratives.size(); i++) {
          int which = (i + thread) % narratives.size(); // each thread in another order
          Narrative narrative = narratives.get(which);
          assertThat(STRICT.toJson(narrative)).isEqualTo(json.get(which));
          assertThat(STRICT.fromJson(json.get(which))).isEqualTo(narrative);
          assertThat(LENIENT.fromJson(json.get(which))).isEqualTo(narrative);
          if (reports.get(which).isValid()) {
            assertThat(VALIDATING.fromJson(json.get(which))).isEqualTo(narrative);
          } else {
            assertThatThrownBy(() -> VALIDATING.fromJson(json.get(which))).isInstanceOf(NarrativeFormatException.class);
          }
          assertThat(NarrativeValidator.validate(STRICT.fromJson(json.get(which)))).isEqualTo(reports.get(which));

          ByteArrayOutputStream bytes = new ByteArrayOutputStream();
          STRICT.write(narrative, bytes);
          assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(json.get(which));
          assertThat(STRICT.read(new ByteArrayInputStream(bytes.toByteArray()))).isEqualTo(narrative);

          Path file = dir.resolve("thread-" + thread).resolve(narrative.id() + ".json");
          FORMATS.write(narrative, file);
          assertThat(file).hasContent(json.get(which));
          assertThat(FORMATS.read(file)).isEqualTo(narrative);
        }
        try (Stream<Narrative> read = STRICT.readLines(new StringReader(jsonLines))) {
          assertThat(read.collect(Collectors.toList())).isEqualTo(narratives);
        }
      }
    });
  }

  /** Issue 19's load test through the facades: four writers, two readers, one file. */
  @Test
  void threadsWritingOneFileThroughTheFacadesAllSucceedAndReadersSeeOnlyWholeNarratives() throws Exception {
    Path shared = dir.resolve("shared.json");
    STRICT.write(narratives.get(0), shared);
    int writers = 4;
    AtomicBoolean writing = new AtomicBoolean(true);
    AtomicInteger reads = new AtomicInteger();
    CountDownLatch writersDone = new CountDownLatch(writers);

    Concurrently.run(writers + 2, thread -> {
      if (thread < writers) {
        try {
          for (int i = 0; i < 40; i++) {
            Narrative narrative = narratives.get((thread + i) % narratives.size());
            if (i % 2 == 0) {
              STRICT.write(narrative, shared);
            } else {
              FORMATS.write(narrative, shared);
            }
          }
        } finally {
          writersDone.countDown();
          writing.set(writersDone.getCount() > 0);
        }
      } else {
        do {
          assertThat(narratives).contains(STRICT.read(shared));
          reads.incrementAndGet();
        } while (writing.get());
      }
    });

    assertThat(reads).hasPositiveValue();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(shared);
    }
  }
}
