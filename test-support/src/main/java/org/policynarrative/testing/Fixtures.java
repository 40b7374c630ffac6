package org.policynarrative.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Fixture files as the house style lays them out, {@code src/test/resources/<TestClass>/<case>.<ext>}
 * (paths relative to the module, where Maven runs the tests), read as UTF-8; and golden files,
 * compared with what the code produced.
 *
 * <p>Update mode: run with {@code -Dgolden.update=true} and every golden comparison rewrites its
 * file when it differs, then fails naming the file. So an update run never passes on its own: review
 * the rewritten files, then run the tests again without the flag.
 */
public final class Fixtures {

  /** The system property that turns on update mode. */
  public static final String UPDATE_PROPERTY = "golden.update";

  private Fixtures() {}

  /** The fixture folder of a test class: {@code src/test/resources/<simple name>}. */
  public static Path folder(Class<?> testClass) {
    return Path.of("src", "test", "resources", testClass.getSimpleName());
  }

  /** One file in the fixture folder of a test class. */
  public static Path file(Class<?> testClass, String name) {
    return folder(testClass).resolve(name);
  }

  /**
   * The files in the fixture folder whose names end with {@code suffix}, sorted by name.
   *
   * @throws IllegalStateException when there are none, so that a misnamed folder cannot pass as an empty test
   */
  public static List<Path> files(Class<?> testClass, String suffix) {
    try (Stream<Path> files = Files.list(folder(testClass))) {
      List<Path> found = files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
      if (found.isEmpty()) {
        throw new IllegalStateException("no *" + suffix + " fixtures in " + folder(testClass));
      }
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The case names in the fixture folder: the names of the files ending in {@code suffix}, without it, sorted. */
  public static List<String> caseNames(Class<?> testClass, String suffix) {
    return files(testClass, suffix).stream().map(p -> baseName(p, suffix)).toList();
  }

  /** A sibling of {@code file}: the same base name with {@code otherSuffix} instead of {@code suffix}. */
  public static Path sibling(Path file, String suffix, String otherSuffix) {
    return file.resolveSibling(baseName(file, suffix) + otherSuffix);
  }

  private static String baseName(Path file, String suffix) {
    String name = file.getFileName().toString();
    return name.substring(0, name.length() - suffix.length());
  }

  /** The file's text, as UTF-8. */
  public static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file's bytes. */
  public static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** True in update mode ({@code -Dgolden.update=true}). */
  public static boolean updating() {
    return Boolean.getBoolean(UPDATE_PROPERTY);
  }

  /**
   * Asserts that the golden file holds exactly {@code actual} (as UTF-8). In update mode it
   * rewrites the file when it differs, and fails either way.
   */
  public static void assertGolden(Path golden, String actual) {
    assertGolden(golden, actual.getBytes(StandardCharsets.UTF_8), updating());
  }

  /** Asserts that the golden file holds exactly {@code actual}; in update mode as {@link #assertGolden(Path, String)}. */
  public static void assertGolden(Path golden, byte[] actual) {
    assertGolden(golden, actual, updating());
  }

  static void assertGolden(Path golden, byte[] actual, boolean update) {
    if (update) {
      boolean same = Files.exists(golden) && Arrays.equals(bytes(golden), actual);
      if (!same) {
        try {
          Files.write(golden, actual);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      throw new AssertionError("-D" + UPDATE_PROPERTY + "=true: " + golden + (same ? " was already up to date"
          : " was rewritten") + "; review the change, then run the tests again without -D" + UPDATE_PROPERTY);
    }
    assertThat(Files.exists(golden)).as("golden file %s exists (create it with -D%s=true)", golden, UPDATE_PROPERTY)
        .isTrue();
    assertThat(new String(actual, StandardCharsets.UTF_8)).as("%s", golden)
        .isEqualTo(new String(bytes(golden), StandardCharsets.UTF_8));
    assertThat(actual).as("the bytes of %s", golden).isEqualTo(bytes(golden));
  }
}
