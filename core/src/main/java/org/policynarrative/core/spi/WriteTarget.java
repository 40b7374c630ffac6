package org.policynarrative.core.spi;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.Map;

/**
 * The file an {@link AtomicFiles#write} replaces: the path the user gave with its symbolic links
 * followed, checked to be a regular file (or nothing yet), and the owner, group and permissions
 * to give the new file. Errors name the path the user gave, never a temporary file.
 */
final class WriteTarget {

  /** As Linux's {@code ELOOP} limit: a longer chain of links is almost certainly a loop. */
  private static final int MAX_LINKS = 40;

  /** The read, write and execute bits of a mode, those {@link java.nio.file.attribute.PosixFilePermission} names. */
  private static final int PERMISSION_BITS = 0777;

  private final Path given;
  private final Path file;
  /**
   * The replaced file's attributes (POSIX ones where that is the only way to its owner);
   * {@code null} when there is no file yet.
   */
  private final BasicFileAttributes existing;
  /** Its owner, group and mode where the file system has them ("unix" view), else {@code null}. */
  private final Map<String, Object> ownership;

  private WriteTarget(Path given, Path file, BasicFileAttributes existing, Map<String, Object> ownership) {
    this.given = given;
    this.file = file;
    this.existing = existing;
    this.ownership = ownership;
  }

  /**
   * Creates the directories of {@code given} and follows its symbolic links (also dangling ones,
   * whose destination the write creates) to the file to replace.
   *
   * @throws FileSystemException naming {@code given}: the directories cannot be created, the path
   *     is (or links to) a directory or a special file, a read-only file, or a loop of links
   */
  static WriteTarget resolve(Path given) throws IOException {
    Path path = given.toAbsolutePath();
    if (path.getFileName() == null) {
      throw new FileSystemException(given.toString(), null, "is not a file name");
    }
    WriteTarget target = new WriteTarget(given, path, null, null);
    try {
      if (!Files.isDirectory(path.getParent())) { // a stat; createDirectories would throw and catch an exception
        Files.createDirectories(path.getParent());
      }
    } catch (IOException e) {
      throw target.failure("cannot create its directory " + path.getParent(), e);
    }
    FileSystem fileSystem = path.getFileSystem();
    boolean unix = fileSystem.supportedFileAttributeViews().contains("unix");
    for (int links = 0; ; links++) {
      BasicFileAttributes attributes;
      try {
        attributes = fileSystem.supportedFileAttributeViews().contains("posix") && !unix
            ? Files.readAttributes(path, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
            : Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      } catch (NoSuchFileException e) {
        return new WriteTarget(given, path, null, null);
      } catch (IOException e) {
        throw target.failure("cannot read its attributes", e);
      }
      if (attributes.isSymbolicLink()) {
        if (links == MAX_LINKS) {
          throw new FileSystemException(given.toString(), null, "too many levels of symbolic links");
        }
        try {
          path = path.resolveSibling(Files.readSymbolicLink(path));
        } catch (IOException e) {
          throw target.failure("cannot read the symbolic link " + path, e);
        }
        target = new WriteTarget(given, path, null, null);
        continue;
      }
      if (attributes.isDirectory()) {
        throw new FileSystemException(given.toString(), null, target.via() + "is a directory");
      }
      if (!attributes.isRegularFile()) {
        throw new FileSystemException(given.toString(), null,
            target.via() + "is not a regular file (a device, pipe or socket); only regular files are replaced");
      }
      if (!Files.isWritable(path)) {
        // Replacing by a rename would need only the directory's permission; the file's is asked for,
        // as writing it in place would, so that a file marked read-only stays as it is.
        throw new AccessDeniedException(given.toString(), null, target.via() + "is read-only");
      }
      return new WriteTarget(given, path, attributes, unix ? ownership(path, target) : null);
    }
  }

  /**
   * Owner, group and mode as numbers: the "unix" view of Linux, macOS and the BSDs. The POSIX
   * view would look up the names of owner and group on every write (two lookups in the user
   * and group databases per file, tens of microseconds each), for nothing.
   */
  private static Map<String, Object> ownership(Path path, WriteTarget target) throws IOException {
    try {
      return Files.readAttributes(path, "unix:uid,gid,mode", LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      throw target.failure("cannot read its attributes", e);
    }
  }

  /** The absolute path of the file to replace or create, symbolic links followed. */
  Path file() {
    return file;
  }

  /** True when the file exists and is replaced (not created). */
  boolean exists() {
    return existing != null;
  }

  /**
   * Gives {@code temp} the replaced file's owner, group and permissions (read, write and execute
   * for owner, group and others), where the file system has them. Owner and group are kept as far
   * as this process may set them (only root may give a file away; others may set a group they
   * belong to); permissions always are.
   *
   * @throws IOException naming the target when the permissions cannot be set
   */
  void keepOwnerAndPermissions(Path temp) throws IOException {
    try {
      // Links followed: the temporary file is one, and with NOFOLLOW_LINKS the JDK changes the mode
      // through a file descriptor of its own, whose closing would drop the writer's lock (POSIX).
      if (ownership != null) {
        Map<String, Object> now = Files.readAttributes(temp, "unix:uid,gid");
        // Owner and group first: changing them may clear permission bits on some systems.
        for (String id : new String[] {"uid", "gid"}) {
          if (!now.get(id).equals(ownership.get(id))) {
            trySet(() -> Files.setAttribute(temp, "unix:" + id, ownership.get(id)));
          }
        }
        Files.setAttribute(temp, "unix:mode", (Integer) ownership.get("mode") & PERMISSION_BITS);
      } else if (existing instanceof PosixFileAttributes old) {
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        trySet(() -> view.setOwner(old.owner()));
        trySet(() -> view.setGroup(old.group()));
        view.setPermissions(old.permissions());
      }
    } catch (IOException e) {
      throw failure("cannot keep its permissions", e);
    }
  }

  private interface AttributeChange {
    void apply() throws IOException;
  }

  private static void trySet(AttributeChange change) {
    try {
      change.apply();
    } catch (IOException e) {
      // Not permitted for this process: the new file is the writer's, with the old permission bits.
    }
  }

  /**
   * An exception naming the path the user gave, saying what failed and why; of the same kind as
   * {@code cause} where that kind says something (no such file, access denied).
   */
  FileSystemException failure(String what, IOException cause) {
    String reason = via() + what + ": " + describe(cause);
    FileSystemException failure;
    if (cause instanceof AccessDeniedException) {
      failure = new AccessDeniedException(given.toString(), null, reason);
    } else if (cause instanceof NoSuchFileException) {
      failure = new NoSuchFileException(given.toString(), null, reason);
    } else if (cause instanceof FileAlreadyExistsException) {
      failure = new FileAlreadyExistsException(given.toString(), null, reason);
    } else {
      failure = new FileSystemException(given.toString(), null, reason);
    }
    failure.initCause(cause);
    return failure;
  }

  /** "through the symbolic link to X, " when the user's path is a link; empty otherwise. */
  private String via() {
    Path absolute = given.toAbsolutePath();
    return absolute.equals(file) ? "" : "through the symbolic link to " + file + ", ";
  }

  /** What went wrong, without the temporary file's name. */
  private static String describe(IOException cause) {
    if (cause instanceof FileSystemException e) {
      if (e.getReason() != null) {
        return e.getReason();
      }
      if (e instanceof NoSuchFileException) {
        return "no such file or directory";
      }
      if (e instanceof AccessDeniedException) {
        return "permission denied";
      }
      if (e instanceof FileAlreadyExistsException) {
        return "a file of that name exists";
      }
      return e.getClass().getSimpleName();
    }
    return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
  }
}
