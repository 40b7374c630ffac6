package org.policynarrative.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policynarrative.core.spi.NarrativeFormatsTest.filesIn;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policynarrative.core.Narrative;

/**
 * One {@link NarrativeFormats} shared by many threads: each thread's lookups, writes and reads give
 * what they give on one thread, and threads writing one file while others read it all succeed,
 * the readers seeing only narratives that were written whole.
 */
class NarrativeFormatsConcurrencyTest {

  static final int THREADS = 6;

  private static final List<Narrative> NARRATIVES = IntStream.range(0, 8)
      .mapToObj(i -> Narrative.builder().id("n" + i).title("Narrative " + i + " " + "x".repeat(i * 1000))
          .language("en").version(Integer.toString(i)).build())
      .collect(Collectors.toList());

  private final FakeFormat fake = FakeFormat.named("fake", ".fake", ".fk");
  private final FakeFormat annotated = FakeFormat.named("annotated", ".notes.fake");
  private final NarrativeFormats formats = NarrativeFormats.of(fake, annotated);

  @TempDir
  Path dir;

  @Test
  void eachThreadGetsTheSingleThreadedResults() throws Exception {
    runTogether(THREADS, thread -> {
      for (int round = 0; round < 10; round++) {
        for (Narrative narrative : NARRATIVES) {
          Path path = dir.resolve("thread-" + thread).resolve(narrative.id() + (round % 2 == 0 ? ".fake" : ".notes.fake"));
          formats.write(narrative, path);
          assertThat(formats.read(path)).isEqualTo(narrative);
          assertThat(formats.forPath(path)).containsSame(round % 2 == 0 ? fake : annotated);
          assertThat(formats.byName("annotated")).containsSame(annotated);
          assertThat(formats.all()).containsExactly(fake, annotated);
        }
      }
    });
    for (int thread = 0; thread < THREADS; thread++) {
      assertThat(filesIn(dir.resolve("thread-" + thread))).hasSize(2 * NARRATIVES.size());
    }
  }

  @Test
  void threadsWritingOneFileAllSucceedAndReadersSeeOnlyWholeNarratives() throws Exception {
    Path shared = dir.resolve("shared.fk");
    formats.write(NARRATIVES.get(0), shared);
    AtomicBoolean writing = new AtomicBoolean(true);
    List<Narrative> seen = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch writersDone = new CountDownLatch(4);

    runTogether(6, thread -> {
      if (thread < 4) {
        try {
          for (int i = 0; i < 50; i++) {
            formats.write(NARRATIVES.get((thread + i) % NARRATIVES.size()), shared);
          }
        } finally {
          writersDone.countDown();
          if (writersDone.getCount() == 0) {
            writing.set(false);
          }
        }
      } else {
        do {
          seen.add(formats.read(shared));
        } while (writing.get());
      }
    });

    assertThat(seen).isNotEmpty().allMatch(NARRATIVES::contains);
    assertThat(filesIn(dir)).containsExactly("shared.fk");
  }

  interface ThreadWork {
    void run(int thread) throws Exception;
  }

  /** Runs {@code work} on {@code count} threads started together; rethrows the first failure. */
  static void runTogether(int count, ThreadWork work) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(count);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Void>> done = new ArrayList<>();
      for (int t = 0; t < count; t++) {
        int thread = t;
        done.add(threads.submit(() -> {
          start.await();
          work.run(thread);
          return null;
        }));
      }
      start.countDown();
      for (Future<Void> future : done) {
        future.get(2, TimeUnit.MINUTES);
      }
    } finally {
      threads.shutdownNow();
    }
  }
}
