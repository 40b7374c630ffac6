package org.policynarrative.core.reliability;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.policynarrative.core.spi.AtomicFiles;

/**
 * Writers and readers racing on one file through {@link AtomicFiles#write}, in this JVM
 * ({@link ConcurrentWritesTest}) and in child JVMs ({@link TwoProcessWritesTest}, which runs
 * {@link #main}). Every version written is self-describing (writer, number, length) and 1 to 64
 * KiB long, so a reader recognises a torn or mixed file by regenerating what it claims to be.
 */
public final class RacingWrites {

  /** What one race saw: writes done and failed, reads done and torn. */
  record Outcome(int writes, List<String> failures, int reads, int tornReads) {

    /** One line, parsed back by {@link #parse(String)}. */
    String line() {
      return "OUTCOME writes=" + writes + " failed=" + failures.size() + " reads=" + reads + " torn=" + tornReads;
    }

    /** A child's {@link #line()}, without the failures' text (the child prints those to standard error). */
    static Outcome parse(String line) {
      String[] fields = line.split(" ");
      int failed = value(fields[2]);
      return new Outcome(value(fields[1]), Collections.nCopies(failed, "in the child"), value(fields[3]),
          value(fields[4]));
    }

    private static int value(String field) {
      return Integer.parseInt(field.substring(field.indexOf('=') + 1));
    }
  }

  private RacingWrites() {}

  /** Version {@code number} of writer {@code writer}: a header line, then lines naming both, 1 to 64 KiB in all. */
  static byte[] version(int writer, int number) {
    int length = 1024 + Math.floorMod(writer * 7919 + number * 104_729, 63 * 1024);
    byte[] header = String.format("version writer=%d number=%d length=%d%n", writer, number, length)
        .getBytes(StandardCharsets.US_ASCII);
    byte[] line = String.format("writer %d wrote number %d of this file%n", writer, number)
        .getBytes(StandardCharsets.US_ASCII);
    byte[] content = new byte[length];
    System.arraycopy(header, 0, content, 0, header.length);
    for (int i = header.length; i < length; i++) {
      content[i] = line[(i - header.length) % line.length];
    }
    return content;
  }

  /** True when {@code bytes} is exactly one {@link #version}, the one its header names. */
  static boolean isCompleteVersion(byte[] bytes) {
    int end = 0;
    while (end < bytes.length && end < 100 && bytes[end] != '\n') {
      end++;
    }
    String[] header = new String(bytes, 0, end, StandardCharsets.US_ASCII).split("[ =]");
    if (header.length != 7 || !header[0].equals("version")) {
      return false;
    }
    try {
      return Arrays.equals(bytes, version(Integer.parseInt(header[2]), Integer.parseInt(header[4])));
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /**
   * Starts {@code writers} threads (writer ids from {@code firstWriter}) that each write
   * {@code writesEach} versions to {@code target}, and {@code readers} threads that read it until
   * the writers are done. The target must hold a complete version before.
   */
  static Outcome race(Path target, int firstWriter, int writers, int writesEach, int readers) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(writers + readers);
    AtomicBoolean writing = new AtomicBoolean(true);
    AtomicInteger writes = new AtomicInteger();
    AtomicInteger reads = new AtomicInteger();
    AtomicInteger torn = new AtomicInteger();
    List<String> failures = Collections.synchronizedList(new ArrayList<>());
    try {
      List<Future<?>> writerTasks = new ArrayList<>();
      for (int w = firstWriter; w < firstWriter + writers; w++) {
        int writer = w;
        writerTasks.add(threads.submit(() -> {
          for (int n = 0; n < writesEach; n++) {
            byte[] content = version(writer, n);
            try {
              AtomicFiles.write(target, out -> out.write(content));
              writes.incrementAndGet();
            } catch (IOException | RuntimeException e) {
              failures.add(e.toString());
            }
          }
        }));
      }
      List<Future<?>> reading = new ArrayList<>();
      for (int r = 0; r < readers; r++) {
        reading.add(threads.submit(() -> {
          do {
            try {
              byte[] bytes = Files.readAllBytes(target);
              reads.incrementAndGet();
              if (!isCompleteVersion(bytes)) {
                torn.incrementAndGet();
              }
            } catch (IOException e) {
              failures.add("read: " + e);
            }
          } while (writing.get());
        }));
      }
      for (Future<?> writer : writerTasks) {
        writer.get(5, TimeUnit.MINUTES);
      }
      writing.set(false);
      for (Future<?> reader : reading) {
        reader.get(1, TimeUnit.MINUTES);
      }
    } finally {
      writing.set(false);
      threads.shutdownNow();
    }
    return new Outcome(writes.get(), List.copyOf(failures), reads.get(), torn.get());
  }

  /**
   * Races in a child JVM and prints the {@link Outcome#line()} on standard output, failures on
   * standard error. It prints {@code READY} first and starts when a byte arrives on standard input.
   * Arguments: target, first writer id, writers, writes each, readers.
   *
   * @param args the arguments named above
   * @throws Exception when the race itself cannot run
   */
  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.println("READY");
    // Started together: the parent says go once every child is up, so that the races overlap.
    if (System.in.read() < 0) {
      return;
    }
    Outcome outcome = race(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]),
        Integer.parseInt(args[3]), Integer.parseInt(args[4]));
    outcome.failures().stream().limit(20).forEach(System.err::println);
    out.println(outcome.line());
  }
}
