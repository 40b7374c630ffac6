package org.policynarrative.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Fixture files under {@code src/test/resources/<TestClass>/}. */
final class Fixtures {

  private Fixtures() {}

  /** The fixture folder of a test class. */
  static Path folder(Class<?> testClass) {
    return Path.of("src", "test", "resources", testClass.getSimpleName());
  }

  /** The files in the folder whose names end with {@code suffix}, sorted by name; fails when there are none. */
  static List<Path> files(Class<?> testClass, String suffix) {
    try (Stream<Path> files = Files.list(folder(testClass))) {
      List<Path> found = files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted()
          .collect(Collectors.toList());
      if (found.isEmpty()) {
        throw new IllegalStateException("no *" + suffix + " fixtures in " + folder(testClass));
      }
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A sibling of {@code file}: same base name, other suffix. */
  static Path sibling(Path file, String suffix, String otherSuffix) {
    String name = file.getFileName().toString();
    return file.resolveSibling(name.substring(0, name.length() - suffix.length()) + otherSuffix);
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
