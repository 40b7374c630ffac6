package org.policynarrative.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.policynarrative.core.spi.NarrativeFormats;

/**
 * The shared facades used by many threads at once: {@link NarrativeMarkdown},
 * {@link NarrativeFormats} with the Markdown format installed, and {@link NarrativeValidator} give
 * every thread what they give one thread; threads writing one file through them all succeed
 * while readers only ever read whole narratives.
 */
class ConcurrentUseTest {

  static final int THREADS = 6;
  static final int ROUNDS = 10;

  private static final NarrativeMarkdown MARKDOWN = NarrativeMarkdown.create();
  private static final NarrativeFormats FORMATS = NarrativeFormats.installed();

  private static List<Narrative> narratives;
  private static List<String> markdown;
  private static List<ValidationReport> reports;

  @TempDir
  Path dir;

  /** The single-threaded results every thread must get. */
  @BeforeAll
  static void singleThreaded() {
    narratives = List.of(SampleNarratives.minimal(), SampleNarratives.empty(), SampleNarratives.full(),
        SampleNarratives.economicConstruction(), SampleNarratives.trickyStrings(), SampleNarratives.dataSetOrder());
    markdown = narratives.stream().map(MARKDOWN::toMarkdown).collect(Collectors.toList());
    reports = narratives.stream().map(NarrativeValidator::validate).collect(Collectors.toList());
  }

  @Test
  void everyThreadGetsTheSingleThreadedResults() throws Exception {
    Concurrently.run(THREADS, thread -> {
      for (int round = 0; round < ROUNDS; round++) {
        for (int i = 0; i < narratives.size(); i++) {
          int which = (i + thread) % narratives.size(); // each thread in another order
          Narrative narrative = narratives.get(which);
          assertThat(MARKDOWN.toMarkdown(narrative)).isEqualTo(markdown.get(which));
          Narrative read = MARKDOWN.fromMarkdown(markdown.get(which));
          assertThat(read).isEqualTo(narrative);
          assertThat(MARKDOWN.read(new StringReader(markdown.get(which)))).isEqualTo(narrative);
          assertThat(NarrativeValidator.validate(read)).isEqualTo(reports.get(which));

          ByteArrayOutputStream bytes = new ByteArrayOutputStream();
          MARKDOWN.write(narrative, bytes);
          assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(markdown.get(which));
          assertThat(MARKDOWN.read(new ByteArrayInputStream(bytes.toByteArray()))).isEqualTo(narrative);

          Path file = dir.resolve("thread-" + thread).resolve(narrative.id() + ".md");
          FORMATS.write(narrative, file);
          assertThat(file).hasContent(markdown.get(which));
          assertThat(FORMATS.read(file)).isEqualTo(narrative);
          assertThat(MARKDOWN.read(file)).isEqualTo(narrative);
        }
      }
    });
  }

  /** Issue 19's load test through the facades: four writers, two readers, one file. */
  @Test
  void threadsWritingOneFileThroughTheFacadesAllSucceedAndReadersSeeOnlyWholeNarratives() throws Exception {
    Path shared = dir.resolve("shared.md");
    MARKDOWN.write(narratives.get(0), shared);
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
              MARKDOWN.write(narrative, shared);
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
          assertThat(narratives).contains(MARKDOWN.read(shared));
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
