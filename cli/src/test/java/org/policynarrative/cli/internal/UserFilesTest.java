package org.policynarrative.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Failures that the checks before a write cannot foresee (a permission the checks could not see, a
 * full or read-only disk) are reported for the user's file, never for the temporary file of the
 * atomic write that the exception names.
 */
class UserFilesTest {

  @TempDir
  Path dir;

  @Test
  void aDeniedWriteNamesTheUsersFileNotTheTemporaryOne() {
    Path target = dir.resolve("out.json");
    Path temporary = dir.resolve(".out.json.1869392014.tmp");
    CliException e = UserFiles.writeFailed(target, new AccessDeniedException(temporary.toString()));
    assertThat(e.getMessage()).isEqualTo("cannot write " + target + ": permission denied; check the permissions of "
        + dir + " and of " + target);
    assertThat(e.getCause()).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void aFileSystemFailureKeepsItsReasonAndDropsTheTemporaryFile() {
    Path target = dir.resolve("out.json");
    CliException e = UserFiles.writeFailed(target,
        new FileSystemException(dir.resolve(".out.json.42.tmp").toString(), null, "No space left on device"));
    assertThat(e.getMessage()).isEqualTo("cannot write " + target + ": No space left on device");
  }

  @Test
  void aPlainIoExceptionThatNamesTheTemporaryFileIsRewrittenToTheTarget() {
    Path target = dir.resolve("out.json");
    CliException e = UserFiles.writeFailed(target,
        new IOException("cannot move " + dir.resolve(".out.json.7.tmp") + " into place"));
    assertThat(e.getMessage()).isEqualTo("cannot write " + target + ": cannot move " + target + " into place");
  }

  @Test
  void aReadFailureOfAFileThatVanishedSaysSo() {
    Path gone = dir.resolve("gone.json");
    CliException e = UserFiles.readFailed(gone, new java.nio.file.NoSuchFileException(gone.toString()));
    assertThat(e.getMessage()).isEqualTo("no such file: " + gone);
  }

  @Test
  void aMissingDirectoryInARelativePathIsNamedAsTyped() throws IOException {
    Path relative = Path.of("target", "no-such-directory-" + System.nanoTime(), "out.json");
    assertThat(Files.exists(relative.getParent())).isFalse();
    CliException e = org.assertj.core.api.Assertions.catchThrowableOfType(CliException.class,
        () -> UserFiles.checkWritable(relative));
    assertThat(e.getMessage()).isEqualTo("cannot write " + relative + ": directory " + relative.getParent()
        + " does not exist; create it first (mkdir -p " + relative.getParent() + ")");
  }

  @Test
  void shellQuotingLeavesPlainWordsAloneAndQuotesTheRest() {
    assertThat(UserFiles.shellQuote("/tmp/a-b_c.d")).isEqualTo("/tmp/a-b_c.d");
    assertThat(UserFiles.shellQuote("/tmp/it's here")).isEqualTo("'/tmp/it'\\''s here'");
  }
}
