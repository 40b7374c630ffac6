package org.policynarrative.core.spi;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Removes the temporary files that crashed writers left beside a target, without listing the
 * directory on every write: after a listing that saw {@code n} files, this JVM's next
 * {@code n / }{@value #FILES_PER_WRITE} writes to the same target do not list. Listing 20 files
 * costs under 1% of a write (20,000 files: 9.7 ms, a small file written with its {@code fsync}:
 * 1.35 ms, issue 19), so sweeping stays under 1% of the writing however full the directory is,
 * while in a small directory every write still looks, and a leftover is removed by the very next
 * write.
 */
final class LeftoverSweeper {

  /** Files listed per write that skips the listing. */
  static final int FILES_PER_WRITE = 20;

  /** Targets remembered; a forgotten one is swept on its next write, nothing worse. */
  private static final int REMEMBERED_TARGETS = 4096;

  /** Per target file, how many more writes skip the sweep. */
  private static final Map<Path, Integer> SKIPS = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Path, Integer> eldest) {
      return size() > REMEMBERED_TARGETS;
    }
  };

  private static final AtomicLong LISTINGS = new AtomicLong();

  private LeftoverSweeper() {}

  /** Sweeps the leftovers of {@code file} (absolute) unless a recent sweep covers this write. Never throws. */
  static void sweepIfDue(Path file) {
    synchronized (SKIPS) {
      Integer skips = SKIPS.get(file);
      if (skips != null && skips > 0) {
        SKIPS.put(file, skips - 1);
        return;
      }
      SKIPS.put(file, Integer.MAX_VALUE); // another writer's sweep runs: this one's will do
    }
    int seen = sweep(file).seen();
    synchronized (SKIPS) {
      SKIPS.put(file, seen / FILES_PER_WRITE);
    }
  }

  /** What one sweep did. */
  record Sweep(int seen, int removed) {}

  /** Removes every leftover temporary file of {@code file}. Never throws. */
  static Sweep sweep(Path file) {
    LISTINGS.incrementAndGet();
    String prefix = TempFile.namePrefix(file.getFileName().toString());
    int[] seen = {0};
    DirectoryStream.Filter<Path> ours = path -> {
      seen[0]++;
      String name = path.getFileName().toString();
      return name.startsWith(prefix) && name.endsWith(TempFile.SUFFIX);
    };
    int removed = 0;
    try (DirectoryStream<Path> candidates = Files.newDirectoryStream(file.getParent(), ours)) {
      for (Path candidate : candidates) {
        if (TempFile.isLeftover(candidate) && Files.deleteIfExists(candidate)) {
          removed++;
        }
      }
    } catch (IOException | RuntimeException e) {
      // Best effort: a leftover is untidy, not wrong, and the next sweep tries again.
    }
    return new Sweep(seen[0], removed);
  }

  /** How many times this JVM has listed a directory for leftovers, for tests. */
  static long listings() {
    return LISTINGS.get();
  }
}
