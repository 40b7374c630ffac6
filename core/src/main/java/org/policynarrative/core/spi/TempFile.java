package org.policynarrative.core.spi;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The temporary file of one {@link AtomicFiles#write}, beside the file it replaces, named
 * {@code .pn-<hash>-<random>.tmp}: at most 35 ASCII bytes whatever the target's name, the hash
 * (of the target's file name) telling whose it is, the random part making it unique, so a name
 * is never reused and no writer ever opens another's.
 *
 * <p>Its writer holds an exclusive {@link FileLock} on it from before the first byte until after
 * the move, so a leftover that has bytes and no lock was provably left by a writer that died.
 */
final class TempFile implements Closeable {

  static final String PREFIX = ".pn-";
  static final String SUFFIX = ".tmp";

  /**
   * A file with no byte may be one its writer has created but not yet locked; it is taken for a
   * crashed writer's only after this long without a change.
   */
  static final Duration EMPTY_FILE_STALE_AFTER = Duration.ofHours(1);

  /**
   * The names of this JVM's temporary files, added before each is created and removed after it is
   * closed. A sweep in this JVM never opens them: closing any channel on a file drops every lock
   * this process holds on it (POSIX record locks), which would leave a live file unprotected.
   */
  private static final Set<String> LIVE = ConcurrentHashMap.newKeySet();

  private final WriteTarget target;
  private final Path path;
  private final FileChannel channel;
  private boolean moved;

  private TempFile(WriteTarget target, Path path, FileChannel channel) {
    this.target = target;
    this.path = path;
    this.channel = channel;
  }

  /** The start of every temporary file name of a target with this file name. */
  static String namePrefix(String targetFileName) {
    long hash = 0xcbf29ce484222325L; // FNV-1a, 64 bits: a collision between two targets in one directory is negligible
    for (int i = 0; i < targetFileName.length(); i++) {
      hash ^= targetFileName.charAt(i);
      hash *= 0x100000001b3L;
    }
    return PREFIX + Long.toUnsignedString(hash, 36) + "-";
  }

  /**
   * Creates and locks a new temporary file beside the target. Its permissions are the default
   * ones for a new target, owner-only for an existing one until {@link #moveOver()} gives it the
   * target's (so no one reads the new content of a private file meanwhile).
   */
  static TempFile create(WriteTarget target) throws IOException {
    Path dir = target.file().getParent();
    String prefix = namePrefix(target.file().getFileName().toString());
    Set<OpenOption> options = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    FileAttribute<?>[] attributes = target.exists() && dir.getFileSystem().supportedFileAttributeViews().contains("posix")
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
        : new FileAttribute<?>[0];
    for (int attempt = 1; ; attempt++) {
      String name = prefix + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + SUFFIX;
      Path path = dir.resolve(name);
      LIVE.add(name);
      FileChannel channel;
      try {
        channel = FileChannel.open(path, options, attributes);
      } catch (FileAlreadyExistsException e) {
        LIVE.remove(name);
        if (attempt < 100) {
          continue;
        }
        throw target.failure("cannot create a file in " + dir, e);
      } catch (IOException e) {
        LIVE.remove(name);
        throw target.failure("cannot create a file in " + dir, e);
      } catch (RuntimeException e) {
        LIVE.remove(name);
        throw e;
      }
      TempFile temp = new TempFile(target, path, channel);
      try {
        channel.lock();
      } catch (IOException e) {
        // No locks here (some network file systems): then only age shows a leftover to be stale.
      } catch (RuntimeException e) {
        temp.close();
        throw e;
      }
      return temp;
    }
  }

  /**
   * A stream into the file, buffered; closing it only flushes. Failures of the file itself come
   * as exceptions naming the target.
   */
  OutputStream output() {
    return new BufferedOutputStream(new ChannelOutput(), 1 << 16) {
      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }

  /** Gives the file the target's owner and permissions, forces it to disk and moves it over the target. */
  void moveOver() throws IOException {
    target.keepOwnerAndPermissions(path);
    try {
      channel.force(true);
    } catch (IOException e) {
      throw target.failure("cannot write", e);
    }
    try {
      try {
        Files.move(path, target.file(), StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(path, target.file(), StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw target.failure("cannot replace it", e);
    }
    moved = true;
  }

  /** Deletes the file unless it was moved, then unlocks and closes it. Never throws. */
  @Override
  public void close() {
    try {
      if (!moved) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      // Left behind: a later write's sweep removes it once it is unlocked.
    }
    try {
      channel.close(); // releases the lock
    } catch (IOException e) {
      // Nothing was lost: the content was forced before the move.
    }
    LIVE.remove(path.getFileName().toString());
  }

  /**
   * True when {@code candidate}, a temporary file name found in a directory listing, is a
   * crashed writer's leftover: not this JVM's, not locked by any process, and either holding
   * bytes (its writer locked it before writing) or unchanged for {@link #EMPTY_FILE_STALE_AFTER}.
   * Unique names make the verdict safe: a file once at this name is never replaced by another.
   */
  static boolean isLeftover(Path candidate) {
    if (LIVE.contains(candidate.getFileName().toString())) {
      return false;
    }
    try (FileChannel channel = FileChannel.open(candidate, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
      FileLock lock;
      try {
        lock = channel.tryLock(0, Long.MAX_VALUE, true);
      } catch (OverlappingFileLockException e) {
        return false;
      } catch (IOException e) {
        return unchangedFor(candidate, EMPTY_FILE_STALE_AFTER); // no locks on this file system: age alone
      }
      if (lock == null) {
        return false;
      }
      return channel.size() > 0 || unchangedFor(candidate, EMPTY_FILE_STALE_AFTER);
    } catch (IOException e) {
      return false; // gone, or not ours to open: leave it
    }
  }

  private static boolean unchangedFor(Path file, Duration age) throws IOException {
    FileTime modified = Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS);
    return modified.toMillis() < System.currentTimeMillis() - age.toMillis();
  }

  /** Writes to the channel; a failure names the target and says what went wrong. */
  private final class ChannelOutput extends OutputStream {

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, length);
      try {
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
      } catch (IOException e) {
        throw target.failure("cannot write", e);
      }
    }
  }
}
