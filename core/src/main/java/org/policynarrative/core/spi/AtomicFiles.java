package org.policynarrative.core.spi;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files so that readers see either the old content or the complete new content, never a
 * part: the content goes to a temporary file in the same directory, is forced to disk, then moved
 * over the target in one step. Every format's path writer goes through here.
 */
public final class AtomicFiles {

  private static final String TEMP_SUFFIX = ".tmp";

  /** Writes content to a stream; may throw {@link IOException}. */
  @FunctionalInterface
  public interface StreamWriter {
    /** Writes everything to {@code out}; need not close it. */
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicFiles() {}

  /**
   * Replaces {@code target} with what {@code writer} writes, atomically. On any failure the target
   * is untouched and the temporary file is deleted; temporary files left by an earlier crash (a
   * killed JVM) are removed by the next successful write to the same target.
   *
   * @throws IOException when writing or moving fails, or {@code writer} throws it
   */
  public static void write(Path target, StreamWriter writer) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    Files.createDirectories(dir);
    String prefix = tempPrefix(absolute);
    Path temp = createTemp(dir, prefix);
    boolean moved = false;
    try {
      keepPermissions(absolute, temp);
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
           OutputStream out = new BufferedOutputStream(java.nio.channels.Channels.newOutputStream(channel), 1 << 16)) {
        writer.writeTo(out);
        out.flush();
        channel.force(true);
      }
      try {
        Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
    } finally {
      if (!moved) {
        Files.deleteIfExists(temp);
      }
    }
    removeStaleTemps(dir, prefix);
  }

  /**
   * Creates the temporary file with the permissions any new file gets (the umask), not the
   * owner-only permissions of {@link Files#createTempFile}, which the move would carry over to
   * the target.
   */
  private static Path createTemp(Path dir, String prefix) throws IOException {
    for (int attempt = 1; ; attempt++) {
      Path temp = dir.resolve(prefix + Long.toUnsignedString(ThreadLocalRandom.current().nextLong()) + TEMP_SUFFIX);
      try {
        return Files.createFile(temp);
      } catch (FileAlreadyExistsException e) {
        if (attempt == 100) {
          throw e;
        }
      }
    }
  }

  /** A replaced file keeps its POSIX permissions; best effort, elsewhere nothing to do. */
  private static void keepPermissions(Path target, Path temp) {
    try {
      if (Files.exists(target)) {
        Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
      }
    } catch (IOException | UnsupportedOperationException e) {
      // Not a POSIX file system, or not allowed: the new file keeps the default permissions.
    }
  }

  private static String tempPrefix(Path target) {
    return "." + target.getFileName() + ".";
  }

  private static void removeStaleTemps(Path dir, String prefix) {
    try (DirectoryStream<Path> stale = Files.newDirectoryStream(dir, glob(prefix) + "*" + TEMP_SUFFIX)) {
      for (Path path : stale) {
        Files.deleteIfExists(path);
      }
    } catch (IOException | RuntimeException e) {
      // Best effort: a leftover temp file is untidy, not wrong; the write itself succeeded.
    }
  }

  private static String glob(String literal) {
    return literal.replaceAll("([\\\\*?\\[\\]{}])", "\\\\$1");
  }
}
