package org.policynarrative.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.policynarrative.core.spi.NarrativeFormatsTest.filesIn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Atomic replacement of files: old content or complete new content, never a part; temporary
 * files of their own, removed when a writer crashed, never while their writer lives; errors that
 * name the target. Links, permissions and owners: {@link AtomicFilesLinksTest}.
 */
class AtomicFilesTest {

  @TempDir
  Path dir;

  @Test
  void writesANewFileAndCreatesItsDirectories() throws IOException {
    Path target = dir.resolve("a/b/out.txt");

    AtomicFiles.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

    assertThat(target).hasContent("new");
    assertThat(filesIn(target.getParent())).containsExactly("out.txt");
  }

  @Test
  void replacesAnExistingFile() throws IOException {
    Path target = Files.writeString(dir.resolve("out.txt"), "a much longer old content");

    AtomicFiles.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

    assertThat(target).hasContent("new");
  }

  @Test
  void anIoExceptionHalfWayLeavesTheOldFileAndNoTempFile() throws IOException {
    Path target = Files.writeString(dir.resolve("out.txt"), "old");

    assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
      out.write(new byte[100_000]); // past the buffer, so bytes really reach the temp file
      throw new IOException("boom");
    })).isInstanceOf(IOException.class).hasMessage("boom");

    assertThat(target).hasContent("old");
    assertThat(filesIn(dir)).containsExactly("out.txt");
  }

  @Test
  void aRuntimeExceptionHalfWayLeavesTheOldFileAndNoTempFile() throws IOException {
    Path target = Files.writeString(dir.resolve("out.txt"), "old");

    assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
      out.write(new byte[10]);
      throw new UncheckedIOException(new IOException("boom"));
    })).isInstanceOf(UncheckedIOException.class);

    assertThat(target).hasContent("old");
    assertThat(filesIn(dir)).containsExactly("out.txt");
  }

  @Test
  void aWriterClosingTheStreamOnlyFlushesIt() throws IOException {
    Path target = dir.resolve("out.txt");

    AtomicFiles.write(target, out -> {
      out.write('a');
      out.close();
      out.write('b');
    });

    assertThat(target).hasContent("ab");
  }

  @Test
  void temporaryNamesAreShortWhateverTheTargetsName() {
    String longest = TempFile.namePrefix("x".repeat(255)) + Long.toUnsignedString(-1L, 36) + TempFile.SUFFIX;
    assertThat(longest).hasSizeLessThanOrEqualTo(35).startsWith(".pn-").endsWith(".tmp").matches("[.a-z0-9-]+");
    assertThat(TempFile.namePrefix("notes.md")).isNotEqualTo(TempFile.namePrefix("notes.md.old.md"));
    assertThat(TempFile.namePrefix("notes.md.old.md")).doesNotStartWith(TempFile.namePrefix("notes.md"));
  }

  /** 255 bytes is the longest name ext4, XFS, btrfs, APFS and tmpfs allow; the old temp name added 26. */
  @Test
  void aTargetWithTheLongestLegalNameIsWrittenEveryTime() throws IOException {
    Path target = dir.resolve("n".repeat(250) + ".json");
    for (int i = 0; i < 50; i++) {
      byte[] content = ("version " + i).getBytes(StandardCharsets.UTF_8);
      AtomicFiles.write(target, out -> out.write(content));
    }
    assertThat(target).hasContent("version 49");
    assertThat(filesIn(dir)).containsExactly(target.getFileName().toString());
  }

  @Test
  void aNameTooLongFailsNamingTheTargetNotATemporaryFile() {
    Path target = dir.resolve("n".repeat(251) + ".json");

    assertThatThrownBy(() -> AtomicFiles.write(target, out -> out.write('x')))
        .isInstanceOf(FileSystemException.class)
        .satisfies(e -> assertThat(((FileSystemException) e).getFile()).isEqualTo(target.toString()))
        .hasMessageContaining("File name too long")
        .hasMessageNotContaining(".tmp").hasMessageNotContaining(".pn-");
  }

  @Test
  void aDirectoryIsNotReplaced() throws IOException {
    Path target = Files.createDirectory(dir.resolve("out.json"));

    assertThatThrownBy(() -> AtomicFiles.write(target, out -> out.write('x')))
        .isInstanceOf(FileSystemException.class)
        .hasMessage(target + ": is a directory");
    assertThat(target).isEmptyDirectory();
  }

  @Test
  void aFileInTheWayOfTheDirectoriesIsNamedWithTheTarget() throws IOException {
    Path blocker = Files.writeString(dir.resolve("data"), "a file, not a directory");
    Path target = blocker.resolve("out.json");

    assertThatThrownBy(() -> AtomicFiles.write(target, out -> out.write('x')))
        .isInstanceOf(FileSystemException.class)
        .hasMessageStartingWith(target + ": cannot create its directory " + blocker);
  }

  /** An interrupted thread's channel closes: a failure of the file itself, so it names the target. */
  @Test
  void aFailureOfTheFileNamesTheTargetAndSaysWhatFailed() throws IOException {
    Path target = Files.writeString(dir.resolve("out.txt"), "old");

    try {
      assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
        Thread.currentThread().interrupt();
        out.write(new byte[100_000]);
      })).isInstanceOf(FileSystemException.class)
          .hasMessageStartingWith(target + ": cannot write: ")
          .hasMessageNotContaining(".tmp");
    } finally {
      Thread.interrupted();
    }
    assertThat(target).hasContent("old");
    assertThat(filesIn(dir)).containsExactly("out.txt");
  }

  @Test
  void aCrashedWritersLeftoverOfTheSameTargetIsRemovedByTheNextWrite() throws IOException {
    Path target = dir.resolve("out.txt");
    Files.writeString(leftover("out.txt", "crashed"), "half written by a killed JVM");
    Path otherTargets = Files.writeString(leftover("other.txt", "crashed"), "another target's");
    Files.writeString(dir.resolve("keep.tmp"), "unrelated");

    AtomicFiles.write(target, out -> out.write('x'));

    assertThat(target).hasContent("x");
    assertThat(filesIn(dir)).containsExactly(otherTargets.getFileName().toString(), "keep.tmp", "out.txt");
  }

  /** An empty, unlocked file may be a live writer's that has not locked it yet: only age makes it stale. */
  @Test
  void anEmptyLeftoverIsRemovedOnlyWhenOld() throws IOException {
    Path target = dir.resolve("out.txt");
    Path young = Files.createFile(leftover("out.txt", "young"));
    Path old = Files.createFile(leftover("out.txt", "old"));
    Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofHours(2))));

    AtomicFiles.write(target, out -> out.write('x'));

    assertThat(young).exists();
    assertThat(old).doesNotExist();
  }

  @Test
  void leftoversAreRemovedEvenWhenTheWriteFails() throws IOException {
    Path stale = Files.writeString(leftover("out.txt", "1"), "stale");

    assertThatThrownBy(() -> AtomicFiles.write(dir.resolve("out.txt"), out -> {
      throw new IOException("boom");
    })).isInstanceOf(IOException.class);

    assertThat(stale).doesNotExist();
  }

  @Test
  void aTargetWithGlobCharactersInItsNameIsHandled() throws IOException {
    Path target = dir.resolve("data[1]{a,b}*.txt");
    Files.writeString(leftover("data[1]{a,b}*.txt", "9"), "stale");
    Path notTheSame = Files.writeString(leftover("data1a.txt", "9"), "not the same target");

    AtomicFiles.write(target, out -> out.write('y'));

    assertThat(target).hasContent("y");
    assertThat(filesIn(dir)).containsExactly(notTheSame.getFileName().toString(), "data[1]{a,b}*.txt");
  }

  /**
   * The bug of issue 19: a write that finished removed the temporary file of another writer of the
   * same path, whose move then failed. Here the other writer is held half-way, its bytes on disk.
   */
  @Test
  void aLiveWriterOfTheSameTargetIsNeverDisturbed() throws Exception {
    Path target = dir.resolve("shared.json");
    CountDownLatch halfWay = new CountDownLatch(1);
    CountDownLatch goOn = new CountDownLatch(1);
    CompletableFuture<Void> slow = CompletableFuture.runAsync(() -> {
      try {
        AtomicFiles.write(target, out -> {
          out.write("slow ".getBytes(StandardCharsets.UTF_8));
          out.flush();
          halfWay.countDown();
          await(goOn);
          out.write("writer".getBytes(StandardCharsets.UTF_8));
        });
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    assertThat(halfWay.await(10, TimeUnit.SECONDS)).isTrue();

    AtomicFiles.write(target, out -> out.write("fast writer".getBytes(StandardCharsets.UTF_8)));
    assertThat(target).hasContent("fast writer");
    assertThat(LeftoverSweeper.sweep(target).removed()).as("a live writer's file is no leftover").isZero();
    assertThat(filesIn(dir)).hasSize(2);

    goOn.countDown();
    slow.get(10, TimeUnit.SECONDS);
    assertThat(target).as("the last write to complete wins").hasContent("slow writer");
    assertThat(filesIn(dir)).containsExactly("shared.json");
  }

  /** The second bug of issue 19: {@code notes.md}'s cleanup removed {@code notes.md.old.md}'s temporary file. */
  @Test
  void anotherTargetWhoseNameStartsLikeThisOneIsNeverDisturbed() throws Exception {
    Path longer = dir.resolve("notes.md.old.md");
    Path stale = Files.writeString(leftover("notes.md.old.md", "crashed"), "stale, but not notes.md's");
    CountDownLatch halfWay = new CountDownLatch(1);
    CountDownLatch goOn = new CountDownLatch(1);
    CompletableFuture<Void> slow = CompletableFuture.runAsync(() -> {
      try {
        AtomicFiles.write(longer, out -> {
          out.write("old notes".getBytes(StandardCharsets.UTF_8));
          out.flush();
          halfWay.countDown();
          await(goOn);
        });
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    assertThat(halfWay.await(10, TimeUnit.SECONDS)).isTrue();

    AtomicFiles.write(dir.resolve("notes.md"), out -> out.write('x'));
    assertThat(stale).exists();

    goOn.countDown();
    slow.get(10, TimeUnit.SECONDS);
    assertThat(longer).hasContent("old notes");
  }

  /**
   * Finding leftovers lists the directory; in a directory of 20,000 files that cost 11 ms a write
   * when it happened on every write. The first write to a target looks; after a listing of
   * {@code n} files, the next {@code n / 20} do not.
   */
  @Test
  void aBusyDirectoryIsNotListedOnEveryWrite() throws IOException {
    for (int i = 0; i < 1_000; i++) {
      Files.createFile(dir.resolve("other-" + i + ".json"));
    }
    Path target = dir.resolve("busy.json");
    long before = LeftoverSweeper.listings();
    for (int i = 0; i < 1_000 / LeftoverSweeper.FILES_PER_WRITE + 1; i++) {
      AtomicFiles.write(target, out -> out.write('x'));
    }
    assertThat(LeftoverSweeper.listings() - before).as("listings").isEqualTo(1);

    AtomicFiles.write(target, out -> out.write('y'));
    assertThat(LeftoverSweeper.listings() - before).as("listings").isEqualTo(2);
  }

  @Test
  void aSmallDirectoryIsListedOnEveryWrite() throws IOException {
    Path target = dir.resolve("quiet.json");
    long before = LeftoverSweeper.listings();
    for (int i = 0; i < 5; i++) {
      AtomicFiles.write(target, out -> out.write('x'));
    }
    assertThat(LeftoverSweeper.listings() - before).as("listings").isEqualTo(5);
  }

  @Test
  void aRelativeTargetIsResolvedAgainstTheWorkingDirectory() throws IOException {
    Path relative = Path.of("target", "atomic-files-test", "relative.txt");
    try {
      AtomicFiles.write(relative, out -> out.write('z'));
      assertThat(relative.toAbsolutePath()).hasContent("z");
    } finally {
      Files.deleteIfExists(relative);
      Files.deleteIfExists(relative.getParent());
    }
  }

  /** A temporary file of {@code targetName} as a writer would name it, with this "random" part. */
  private Path leftover(String targetName, String random) {
    return dir.resolve(TempFile.namePrefix(targetName) + random + TempFile.SUFFIX);
  }

  private static void await(CountDownLatch latch) throws IOException {
    try {
      if (!latch.await(10, TimeUnit.SECONDS)) {
        throw new IOException("not released");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }
}
