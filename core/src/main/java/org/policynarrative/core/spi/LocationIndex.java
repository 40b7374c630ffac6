package org.policynarrative.core.spi;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the values of one document are, by the paths that {@link org.policynarrative.core.Problem}
 * uses ({@code claims[3].about[1]}, {@code sectors[0].broader}): a reader records a value's line
 * and column as it reads it, so that a problem found afterwards in the whole narrative (by
 * {@link org.policynarrative.core.NarrativeValidator}) can be reported at its place in the file.
 *
 * <p>A path is the list attribute with the index, then the attribute names, joined by {@code .}:
 * {@code claims[3].anchor.source}. One index per document being read; not safe for concurrent use.
 */
public final class LocationIndex {

  /**
   * A place in a document.
   *
   * @param line the 1-based line
   * @param column the 1-based column
   */
  public record Location(int line, int column) {

    /**
     * A place.
     *
     * @throws IllegalArgumentException when {@code line} or {@code column} is less than 1
     */
    public Location {
      if (line < 1 || column < 1) {
        throw new IllegalArgumentException("line and column are 1-based, but were " + line + " and " + column);
      }
    }
  }

  private final Map<String, Location> byPath = new HashMap<>();

  /** An empty index. */
  public LocationIndex() {}

  /**
   * Records where the value at {@code path} is; a later record for the same path replaces it.
   *
   * @throws IllegalArgumentException when {@code line} or {@code column} is less than 1
   */
  public void record(String path, int line, int column) {
    byPath.put(Objects.requireNonNull(path, "path"), new Location(line, column));
  }

  /**
   * The recorded place of {@code path}, or of the nearest value that encloses it
   * ({@code claims[3].about} for {@code claims[3].about[1]}, then {@code claims[3]}, ...);
   * empty when none of them was recorded.
   */
  public Optional<Location> locate(String path) {
    String p = Objects.requireNonNull(path, "path");
    while (true) {
      Location at = byPath.get(p);
      if (at != null) {
        return Optional.of(at);
      }
      if (p.isEmpty()) {
        return Optional.empty();
      }
      int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      p = cut < 0 ? "" : p.substring(0, cut);
    }
  }

  /**
   * A path as a JSON Pointer (RFC 6901): {@code claims[3].about[1]} becomes
   * {@code /claims/3/about/1}, the empty path the empty pointer.
   */
  public static String jsonPointer(String path) {
    if (path.isEmpty()) {
      return "";
    }
    StringBuilder pointer = new StringBuilder(path.length() + 2).append('/');
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      switch (c) {
        case '.', '[' -> pointer.append('/');
        case ']' -> { }
        case '~' -> pointer.append("~0");
        case '/' -> pointer.append("~1");
        default -> pointer.append(c);
      }
    }
    return pointer.toString();
  }
}
