package org.policynarrative.testing.scaling;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.Consumer;

/**
 * How much more CPU time a piece of work takes at size 4n than at size n, for the tests that
 * check that a reader, the validator or the diff stays linear (a ratio of four; quadratic gives
 * sixteen). The time is the current thread's CPU time, not wall-clock time, so that other
 * processes on a busy build machine and the collector's threads do not skew it; each size is
 * measured several times after a warm-up and the best round counts.
 *
 * <p>A measurement over its limit is taken again before the test fails ({@link #measureUntilBelow}),
 * since a busy machine's caches can slow one size more than the other.
 */
public final class CpuTimeRatio {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private CpuTimeRatio() {}

  /**
   * The best CPU times of the work at n and at 4n.
   *
   * @param smallNanos the least CPU time, in nanoseconds, of one round at n
   * @param largeNanos the least CPU time, in nanoseconds, of one round at 4n
   */
  public record Measurement(long smallNanos, long largeNanos) {

    /** {@return the CPU time at 4n over that at n} */
    public double ratio() {
      return (double) largeNanos / smallNanos;
    }

    /** {@return the two times in milliseconds and their ratio, for the test's log} */
    @Override
    public String toString() {
      return String.format("n %.1f ms CPU, 4n %.1f ms CPU, ratio %.2f", smallNanos / 1e6, largeNanos / 1e6, ratio());
    }
  }

  /**
   * Warms both sizes up, then measures each {@code rounds} times, alternating, and keeps the best.
   *
   * @param small one round of the work at size n
   * @param large one round of the work at size 4n
   * @param warmups rounds of each size run first and not measured (the JIT compiles meanwhile)
   * @param rounds measured rounds of each size
   * @return the best time of each size
   * @throws IllegalArgumentException if {@code warmups} is negative or {@code rounds} is not positive
   */
  public static Measurement measure(Runnable small, Runnable large, int warmups, int rounds) {
    warmUp(small, large, warmups);
    return bestOf(small, large, rounds);
  }

  /**
   * Warms both sizes up once, then takes a {@linkplain #measure measurement} of {@code rounds}
   * rounds, and another while the ratio is at or over {@code limit}, up to {@code attempts} in all:
   * a second look before failing. Every measurement is passed to {@code log}.
   *
   * @param limit the ratio a measurement must stay under to end the attempts
   * @param attempts how many measurements at most
   * @param small one round of the work at size n
   * @param large one round of the work at size 4n
   * @param warmups rounds of each size run first and not measured
   * @param rounds measured rounds of each size per attempt
   * @param log receives each measurement (typically to print it)
   * @return the last measurement: under {@code limit} unless every attempt was over it
   * @throws IllegalArgumentException if {@code attempts} or {@code rounds} is not positive, or {@code warmups} negative
   */
  public static Measurement measureUntilBelow(double limit, int attempts, Runnable small, Runnable large,
      int warmups, int rounds, Consumer<Measurement> log) {
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be positive: " + attempts);
    }
    warmUp(small, large, warmups);
    Measurement measurement = null;
    for (int attempt = 0; attempt < attempts && (measurement == null || measurement.ratio() >= limit); attempt++) {
      measurement = bestOf(small, large, rounds);
      log.accept(measurement);
    }
    return measurement;
  }

  /**
   * {@return the CPU time, in nanoseconds, the current thread spends running {@code work}}
   *
   * @param work what to time
   */
  public static long cpuTime(Runnable work) {
    long start = THREADS.getCurrentThreadCpuTime();
    work.run();
    return THREADS.getCurrentThreadCpuTime() - start;
  }

  private static void warmUp(Runnable small, Runnable large, int warmups) {
    if (warmups < 0) {
      throw new IllegalArgumentException("warmups must not be negative: " + warmups);
    }
    for (int round = 0; round < warmups; round++) {
      small.run();
      large.run();
    }
  }

  private static Measurement bestOf(Runnable small, Runnable large, int rounds) {
    if (rounds < 1) {
      throw new IllegalArgumentException("rounds must be positive: " + rounds);
    }
    long smallNanos = Long.MAX_VALUE;
    long largeNanos = Long.MAX_VALUE;
    for (int round = 0; round < rounds; round++) {
      smallNanos = Math.min(smallNanos, cpuTime(small));
      largeNanos = Math.min(largeNanos, cpuTime(large));
    }
    return new Measurement(smallNanos, largeNanos);
  }
}
