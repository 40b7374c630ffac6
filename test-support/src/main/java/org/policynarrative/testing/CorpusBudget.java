package org.policynarrative.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Times a reader on a fuzz target's checked-in corpus and asserts that the slowest inputs stay
 * within a budget of a fixed cost plus a cost per KiB: a reader that is linear in its input meets
 * it with room to spare, one that backtracks or rescans does not.
 *
 * <p>The corpus is Jazzer's inputs directory, {@code <TestClass>Inputs/<method>/} beside the test
 * class on the test class path.
 */
public final class CorpusBudget {

  /** One timed input. */
  public static final class Timing {
    private final String name;
    private final int bytes;
    private final long nanos;

    Timing(String name, int bytes, long nanos) {
      this.name = name;
      this.bytes = bytes;
      this.nanos = nanos;
    }

    /** The file name. */
    public String name() {
      return name;
    }

    /** Its size in bytes. */
    public int bytes() {
      return bytes;
    }

    /** The best of the timed runs, in nanoseconds. */
    public long nanos() {
      return nanos;
    }

    @Override
    public String toString() {
      return String.format("%s (%d bytes): %.3f ms", name, bytes, nanos / 1e6);
    }
  }

  /** A reader under test; whatever it throws that the contract allows must be caught inside. */
  @FunctionalInterface
  public interface Reader {
    /** Reads {@code input} completely. */
    void read(byte[] input) throws Exception;
  }

  private CorpusBudget() {}

  /** The files of the inputs directory of {@code testClass}'s fuzz test {@code method}, by name. */
  public static List<Path> corpus(Class<?> testClass, String method) {
    URL url = testClass.getResource(testClass.getSimpleName() + "Inputs/" + method);
    assertThat(url).as("corpus of %s#%s on the test class path", testClass.getSimpleName(), method).isNotNull();
    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
      return files.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Reads every corpus input a few times to warm up, then times each (best of three), and asserts
   * that each of the {@code slowest} slowest inputs took at most {@code fixed + perKib * size}.
   *
   * @return the timings of the slowest inputs, slowest first, for reporting
   */
  public static List<Timing> assertSlowestWithinBudget(Class<?> testClass, String method, int slowest,
      Duration fixed, Duration perKib, Reader reader) throws Exception {
    List<Path> files = corpus(testClass, method);
    assertThat(files).as("corpus of %s#%s", testClass.getSimpleName(), method).isNotEmpty();
    List<byte[]> inputs = new ArrayList<>();
    for (Path file : files) {
      inputs.add(Files.readAllBytes(file));
    }
    for (int warmUp = 0; warmUp < 3; warmUp++) {
      for (byte[] input : inputs) {
        reader.read(input);
      }
    }
    List<Timing> timings = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      long best = Long.MAX_VALUE;
      for (int run = 0; run < 3; run++) {
        long start = System.nanoTime();
        reader.read(inputs.get(i));
        best = Math.min(best, System.nanoTime() - start);
      }
      timings.add(new Timing(files.get(i).getFileName().toString(), inputs.get(i).length, best));
    }
    timings.sort(Comparator.comparingLong(Timing::nanos).reversed());
    List<Timing> top = timings.subList(0, Math.min(slowest, timings.size()));
    for (Timing t : top) {
      long budget = fixed.toNanos() + perKib.toNanos() * t.bytes() / 1024;
      assertThat(t.nanos()).as("%s within %d ms + %d ms/KiB", t, fixed.toMillis(), perKib.toMillis())
          .isLessThanOrEqualTo(budget);
    }
    return List.copyOf(top);
  }
}
