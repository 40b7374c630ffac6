package org.policynarrative.core.spi;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes files so that readers see either the old content or the complete new content, never a
 * part: the content goes to a temporary file in the same directory, is forced to disk, then moved
 * over the target in one step. Every format's path writer goes through here.
 *
 * <p><b>Concurrent writers.</b> Any number of threads and processes may write the same path at
 * once: every write completes (the last one to complete wins) or fails for a reason of its own,
 * never because another writer finished first, and readers only ever see complete versions. Each
 * write has its own uniquely named temporary file, {@code .pn-<hash>-<random>.tmp} (at most 35
 * bytes, so it fits wherever the target's name fits), locked by its writer until it is moved.
 *
 * <p><b>Crashed writers.</b> A writer that dies (a killed JVM) leaves its temporary file. A later
 * write to the same target removes it once it is provably stale: no process holds its lock and
 * it has content (or has been empty and unchanged for an hour). Another target's files, and
 * another live writer's, are never touched. To find leftovers a write lists the directory, but
 * not every time: after a listing that saw {@code n} files, the next {@code n / 20} writes to the
 * same target in this JVM do not list, so that a directory of many thousand files costs next to
 * nothing per write, while in a small directory the very next write finds a leftover.
 *
 * <p><b>Links, permissions, owner.</b> A symbolic link is written through, as editors do: the
 * file it points to (or will point to, for a dangling link) is replaced and the link stays; a
 * link to a directory, a device or another special file is refused. A hard link is broken: the
 * path written gets the new file, the file's other names keep the old content. A replaced file
 * keeps its permission bits (read, write and execute for owner, group and others), and its
 * owner and group as far as the writer may set them (root may; other users keep the group when
 * they belong to it, and become the owner); a new file gets the default permissions of the
 * process (its umask), never those of a link's destination. Extended attributes and ACLs are not
 * kept. A file the writer may not write (read-only) is not replaced, as it would not be written
 * in place.
 *
 * <p><b>Errors</b> name the path the caller gave and what went wrong, never the temporary file.
 *
 * <p>Thread-safe: any number of threads may call it at once.
 */
public final class AtomicFiles {

  /** Writes content to a stream; may throw {@link IOException}. */
  @FunctionalInterface
  public interface StreamWriter {
    /**
     * Writes everything to {@code out}; need not close it (closing it only flushes).
     *
     * @param out where to write; flushed, not closed
     * @throws IOException when writing fails; the write is abandoned and the target left as it was
     */
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicFiles() {}

  /**
   * Replaces {@code target} with what {@code writer} writes, atomically, creating its missing
   * parent directories. On any failure the target is untouched and the temporary file is
   * deleted. Leftovers of crashed writes to the same target are removed as the class describes,
   * whether this write succeeds or not.
   *
   * @param target the file to replace
   * @param writer writes the new content
   * @throws java.nio.file.FileSystemException naming {@code target} when it is a directory, a
   *     special file, read-only or a loop of links, or when creating, writing or moving the
   *     file fails (an {@link java.nio.file.AccessDeniedException} or
   *     {@link java.nio.file.NoSuchFileException} where that is the cause)
   * @throws IOException what {@code writer} throws, as it was thrown
   */
  public static void write(Path target, StreamWriter writer) throws IOException {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(writer, "writer");
    WriteTarget destination = WriteTarget.resolve(target);
    try (TempFile temp = TempFile.create(destination)) {
      OutputStream out = temp.output();
      writer.writeTo(out);
      out.flush();
      temp.moveOver();
    } finally {
      LeftoverSweeper.sweepIfDue(destination.file());
    }
  }
}
