package org.policynarrative.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.policynarrative.core.spi.NarrativeFormatsTest.filesIn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Atomic replacement of files: old content or complete new content, never a part. */
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
  void staleTempFilesOfTheSameTargetAreRemovedByTheNextSuccessfulWrite() throws IOException {
    Path target = dir.resolve("out.txt");
    Files.writeString(dir.resolve(".out.txt.123456.tmp"), "left by a killed JVM");
    Files.writeString(dir.resolve(".other.txt.123456.tmp"), "another target's");
    Files.writeString(dir.resolve("keep.tmp"), "unrelated");

    AtomicFiles.write(target, out -> out.write('x'));

    assertThat(target).hasContent("x");
    assertThat(filesIn(dir)).containsExactly(".other.txt.123456.tmp", "keep.tmp", "out.txt");
  }

  @Test
  void staleTempFilesAreKeptWhenTheWriteFails() throws IOException {
    Path stale = Files.writeString(dir.resolve(".out.txt.1.tmp"), "stale");

    assertThatThrownBy(() -> AtomicFiles.write(dir.resolve("out.txt"), out -> {
      throw new IOException("boom");
    })).isInstanceOf(IOException.class);

    assertThat(stale).exists();
  }

  @Test
  void aTargetWithGlobCharactersInItsNameIsHandled() throws IOException {
    Path target = dir.resolve("data[1]{a,b}*.txt");
    Files.writeString(dir.resolve(".data[1]{a,b}*.txt.9.tmp"), "stale");
    Files.writeString(dir.resolve(".data1a.txt.9.tmp"), "not the same target");

    AtomicFiles.write(target, out -> out.write('y'));

    assertThat(target).hasContent("y");
    assertThat(filesIn(dir)).containsExactly(".data1a.txt.9.tmp", "data[1]{a,b}*.txt");
  }

  @Test
  void aNewFileGetsTheUsualPermissionsNotThoseOfAPrivateTempFile() throws IOException {
    assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX file system");
    Path plain = Files.createFile(dir.resolve("plain.txt"));
    Path target = dir.resolve("out.txt");

    AtomicFiles.write(target, out -> out.write('x'));

    assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(plain));
  }

  @Test
  void replacingAFileKeepsItsPermissions() throws IOException {
    assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX file system");
    Path target = Files.writeString(dir.resolve("out.txt"), "old");
    Set<PosixFilePermission> shared = PosixFilePermissions.fromString("rw-rw-r--");
    Files.setPosixFilePermissions(target, shared);

    AtomicFiles.write(target, out -> out.write('x'));

    assertThat(Files.getPosixFilePermissions(target)).isEqualTo(shared);
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
}
