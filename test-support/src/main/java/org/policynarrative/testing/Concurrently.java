package org.policynarrative.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs the same work on several threads released at the same moment, for the concurrency tests of
 * the adapters. (Core's own tests keep a copy: core cannot depend on this module.)
 */
public final class Concurrently {

  /** What one thread does; {@code thread} is its number, from 0. */
  @FunctionalInterface
  public interface ThreadWork {
    /**
     * Does this thread's share of the work.
     *
     * @param thread the thread's number, from 0
     * @throws Exception anything, which fails the run
     */
    void run(int thread) throws Exception;
  }

  private Concurrently() {}

  /**
   * Starts {@code count} threads together and waits for all of them (two minutes at most).
   *
   * @param count how many threads
   * @param work what each thread does
   * @throws Exception the first failure of a thread, wrapped in an {@link java.util.concurrent.ExecutionException}
   */
  public static void run(int count, ThreadWork work) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(count);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Void>> done = new ArrayList<>();
      for (int t = 0; t < count; t++) {
        int thread = t;
        done.add(threads.submit(() -> {
          start.await();
          work.run(thread);
          return null;
        }));
      }
      start.countDown();
      for (Future<Void> future : done) {
        future.get(2, TimeUnit.MINUTES);
      }
    } finally {
      threads.shutdownNow();
    }
  }
}
