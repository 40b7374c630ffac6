package org.policynarrative.core.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policynarrative.core.spi.AtomicFiles;

/**
 * Issue 19's load test, in one JVM: four threads write one path through {@link AtomicFiles#write}
 * while two read it. Before the fix almost half of the writes failed (another writer's cleanup
 * deleted their temporary file); now every write succeeds, every read is a complete version,
 * and no temporary file is left.
 */
class ConcurrentWritesTest {

  static final int WRITERS = 4;
  static final int WRITES_EACH = 100;
  static final int READERS = 2;

  @TempDir
  Path dir;

  @Test
  void threadsRacingOnOneTargetAllSucceedAndReadersSeeOnlyCompleteVersions() throws Exception {
    Path target = dir.resolve("shared.json");
    byte[] first = RacingWrites.version(0, 0);
    AtomicFiles.write(target, out -> out.write(first));

    RacingWrites.Outcome outcome = RacingWrites.race(target, 1, WRITERS, WRITES_EACH, READERS);

    assertThat(outcome.failures()).as("failed writes and reads").isEmpty();
    assertThat(outcome.writes()).isEqualTo(WRITERS * WRITES_EACH);
    assertThat(outcome.reads()).as("reads").isPositive();
    assertThat(outcome.tornReads()).as("torn reads of %d", outcome.reads()).isZero();
    assertThat(RacingWrites.isCompleteVersion(Files.readAllBytes(target))).isTrue();
    assertThat(filesIn(dir)).containsExactly(target);
  }

  @Test
  void threadsRacingOnTargetsWhoseNamesStartAlikeAllSucceed() throws Exception {
    Path notes = dir.resolve("notes.md");
    Path oldNotes = dir.resolve("notes.md.old.md");
    for (Path target : List.of(notes, oldNotes)) {
      byte[] first = RacingWrites.version(0, 0);
      AtomicFiles.write(target, out -> out.write(first));
    }

    List<RacingWrites.Outcome> outcomes = Stream.of(notes, oldNotes).parallel()
        .map(target -> {
          try {
            return RacingWrites.race(target, 1, 2, WRITES_EACH / 2, 1);
          } catch (Exception e) {
            throw new AssertionError(e);
          }
        })
        .collect(Collectors.toList());

    for (RacingWrites.Outcome outcome : outcomes) {
      assertThat(outcome.failures()).isEmpty();
      assertThat(outcome.tornReads()).isZero();
    }
    assertThat(filesIn(dir)).containsExactlyInAnyOrder(notes, oldNotes);
  }

  static List<Path> filesIn(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.collect(Collectors.toList());
    }
  }
}
