package org.policynarrative.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.policynarrative.core.spi.NarrativeFormatsTest.filesIn;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@link AtomicFiles#write} does to symbolic and hard links, permissions and owners (POSIX
 * file systems only): links are written through, a hard link is broken, the replaced file's
 * permissions and owner are kept, and nothing is ever taken from what a link points to.
 */
class AtomicFilesLinksTest {

  @TempDir
  Path dir;

  @BeforeEach
  void posixOnly() {
    assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX file system");
  }

  @Test
  void aSymbolicLinkIsWrittenThroughAndStaysALink() throws IOException {
    Path real = Files.writeString(Files.createDirectory(dir.resolve("real")).resolve("data.json"), "old");
    Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-r-----"));
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("real", "data.json"));

    write(link, "new");

    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("real", "data.json"));
    assertThat(real).hasContent("new");
    assertThat(Files.getPosixFilePermissions(real)).isEqualTo(PosixFilePermissions.fromString("rw-r-----"));
    assertThat(filesIn(dir)).containsExactly("link.json", "real");
    assertThat(filesIn(real.getParent())).containsExactly("data.json");
  }

  @Test
  void aChainOfLinksIsFollowedToTheEnd() throws IOException {
    Path real = Files.writeString(dir.resolve("real.md"), "old");
    Files.createSymbolicLink(dir.resolve("second.md"), real);
    Path first = Files.createSymbolicLink(dir.resolve("first.md"), Path.of("second.md"));

    write(first, "new");

    assertThat(real).hasContent("new");
    assertThat(Files.isSymbolicLink(first)).isTrue();
    assertThat(Files.isSymbolicLink(dir.resolve("second.md"))).isTrue();
  }

  @Test
  void aDanglingLinkGetsItsFileCreatedWithDefaultPermissions() throws IOException {
    Path plain = Files.createFile(dir.resolve("plain.txt"));
    Path link = Files.createSymbolicLink(dir.resolve("link.txt"), Path.of("created.txt"));

    write(link, "new");

    Path created = dir.resolve("created.txt");
    assertThat(created).hasContent("new");
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.getPosixFilePermissions(created)).isEqualTo(Files.getPosixFilePermissions(plain));
  }

  @Test
  void aLinkToADirectoryIsRefused() throws IOException {
    Path target = Files.createDirectory(dir.resolve("somewhere"));
    Path link = Files.createSymbolicLink(dir.resolve("out.json"), target);

    assertThatThrownBy(() -> write(link, "new"))
        .isInstanceOf(FileSystemException.class)
        .hasMessage(link + ": through the symbolic link to " + target + ", is a directory");
    assertThat(target).isEmptyDirectory();
    assertThat(Files.isSymbolicLink(link)).isTrue();
  }

  /** A link to {@code /dev/full} used to become a world-writable regular file. */
  @Test
  void aLinkToADeviceIsRefused() throws IOException {
    Path device = Path.of("/dev/null");
    assumeTrue(Files.exists(device) && !Files.isRegularFile(device), "a device file");
    Path link = Files.createSymbolicLink(dir.resolve("out.json"), device);

    assertThatThrownBy(() -> write(link, "new"))
        .isInstanceOf(FileSystemException.class)
        .hasMessageContaining(link + ": through the symbolic link to /dev/null, is not a regular file");
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.isRegularFile(device)).isFalse();
    Files.delete(link); // else JUnit warns about a link out of its temporary directory
  }

  @Test
  void aLoopOfLinksIsRefused() throws IOException {
    Path a = Files.createSymbolicLink(dir.resolve("a.json"), Path.of("b.json"));
    Files.createSymbolicLink(dir.resolve("b.json"), Path.of("a.json"));

    assertThatThrownBy(() -> write(a, "new"))
        .isInstanceOf(FileSystemException.class)
        .hasMessage(a + ": too many levels of symbolic links");
  }

  /** Decided and documented: the rename that makes the write atomic gives the path a new file. */
  @Test
  void aHardLinkIsBrokenTheOtherNameKeepsTheOldContent() throws IOException {
    Path target = Files.writeString(dir.resolve("out.json"), "old");
    Path other = Files.createLink(dir.resolve("other-name.json"), target);

    write(target, "new");

    assertThat(target).hasContent("new");
    assertThat(other).hasContent("old");
  }

  @Test
  void aNewFileGetsTheUsualPermissionsNotThoseOfAPrivateTempFile() throws IOException {
    Path plain = Files.createFile(dir.resolve("plain.txt"));
    Path target = dir.resolve("out.txt");

    write(target, "x");

    assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(plain));
  }

  @Test
  void replacingAFileKeepsItsPermissions() throws IOException {
    Path target = Files.writeString(dir.resolve("out.txt"), "old");
    for (String permissions : new String[] {"rw-rw-r--", "rw-------", "rwxr-x---", "rw-rw-rw-"}) {
      Set<PosixFilePermission> kept = PosixFilePermissions.fromString(permissions);
      Files.setPosixFilePermissions(target, kept);

      write(target, permissions);

      assertThat(Files.getPosixFilePermissions(target)).as(permissions).isEqualTo(kept);
      assertThat(target).hasContent(permissions);
    }
  }

  /** The new content of a private file is never readable by others, not even in the temporary file. */
  @Test
  void theNewContentOfAPrivateFileIsPrivateWhileItIsWritten() throws IOException {
    Path target = Files.writeString(dir.resolve("secret.txt"), "old");
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
    AtomicReference<Set<PosixFilePermission>> whileWriting = new AtomicReference<>();

    AtomicFiles.write(target, out -> {
      out.write("new secret".getBytes(StandardCharsets.UTF_8));
      try (var files = Files.list(dir)) {
        Path temp = files.filter(p -> p.getFileName().toString().startsWith(TempFile.PREFIX)).findFirst().orElseThrow();
        whileWriting.set(Files.getPosixFilePermissions(temp));
      }
    });

    assertThat(whileWriting.get()).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(Files.getPosixFilePermissions(target)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
  }

  /** Root converting over another user's 640 file used to leave root:root 640, unreadable to that user. */
  @Test
  void rootKeepsTheOwnerAndGroupOfAnotherUsersFile() throws IOException {
    Path target = Files.writeString(dir.resolve("theirs.json"), "old");
    PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class);
    assumeTrue(view.readAttributes().owner().getName().equals("root"), "running as root");
    UserPrincipalLookupService users = dir.getFileSystem().getUserPrincipalLookupService();
    UserPrincipal nobody = lookUp(() -> users.lookupPrincipalByName("nobody"));
    GroupPrincipal group = lookUp(() -> users.lookupPrincipalByGroupName("nogroup"),
        () -> users.lookupPrincipalByGroupName("nobody"));
    view.setOwner(nobody);
    view.setGroup(group);
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r-----"));

    write(target, "new");

    assertThat(target).hasContent("new");
    assertThat(Files.getOwner(target)).isEqualTo(nobody);
    assertThat(view.readAttributes().group()).isEqualTo(group);
    assertThat(Files.getPosixFilePermissions(target)).isEqualTo(PosixFilePermissions.fromString("rw-r-----"));
  }

  /** Root may write anything, so this runs only for other users. */
  @Test
  void aReadOnlyFileIsNotReplaced() throws IOException {
    Path target = Files.writeString(dir.resolve("frozen.json"), "old");
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("r--r--r--"));
    assumeTrue(!Files.isWritable(target), "not running as root");

    assertThatThrownBy(() -> write(target, "new"))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage(target + ": is read-only");
    assertThat(target).hasContent("old");
  }

  private static void write(Path target, String content) throws IOException {
    AtomicFiles.write(target, out -> out.write(content.getBytes(StandardCharsets.UTF_8)));
  }

  private interface Lookup<T> {
    T get() throws IOException;
  }

  @SafeVarargs
  private static <T> T lookUp(Lookup<T>... candidates) {
    for (Lookup<T> candidate : candidates) {
      try {
        return candidate.get();
      } catch (IOException e) {
        // try the next name
      }
    }
    assumeTrue(false, "no such user or group on this system");
    throw new AssertionError("unreachable");
  }
}
