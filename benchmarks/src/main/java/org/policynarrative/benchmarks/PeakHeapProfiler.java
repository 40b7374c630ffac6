package org.policynarrative.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler ({@code -prof org.policynarrative.benchmarks.PeakHeapProfiler}) reporting, per
 * iteration, the peak heap of the forked JVM in MiB:
 * <ul>
 *   <li>{@code heap.peak.used}: the sum of every heap pool's peak usage since the iteration began,
 *       an upper bound of the heap occupied at any moment (garbage included);
 *   <li>{@code heap.peak.live}: the largest heap in use just after a garbage collection, which is
 *       what the benchmark kept reachable.
 * </ul>
 * The maximum over iterations is reported.
 */
public final class PeakHeapProfiler implements InternalProfiler {

  private static final double MIB = 1024.0 * 1024.0;

  private final AtomicLong peakLive = new AtomicLong();
  private final Set<String> heapPools = ConcurrentHashMap.newKeySet();
  private final NotificationListener listener = this::onGc;

  /** Required by JMH. */
  public PeakHeapProfiler() {}

  @Override
  public String getDescription() {
    return "Peak heap per iteration: sum of heap pool peaks, and largest heap after a GC";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    peakLive.set(0);
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        heapPools.add(pool.getName());
        pool.resetPeakUsage();
      }
    }
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter) {
        ((NotificationEmitter) gc).addNotificationListener(listener, null, null);
      }
    }
  }

  @Override
  @SuppressWarnings("rawtypes") // JMH's InternalProfiler declares the raw Result type
  public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
      IterationResult result) {
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter) {
        try {
          ((NotificationEmitter) gc).removeNotificationListener(listener);
        } catch (ListenerNotFoundException e) {
          // never added: nothing to remove
        }
      }
    }
    long peakUsed = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peakUsed += pool.getPeakUsage().getUsed();
      }
    }
    List<Result> results = new ArrayList<>();
    results.add(new ScalarResult("heap.peak.used", peakUsed / MIB, "MiB", AggregationPolicy.MAX));
    results.add(new ScalarResult("heap.peak.live", peakLive.get() / MIB, "MiB", AggregationPolicy.MAX));
    return results;
  }

  private void onGc(Notification notification, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
      return;
    }
    GarbageCollectionNotificationInfo info =
        GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
    long live = 0;
    for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
      if (heapPools.contains(pool.getKey())) {
        live += pool.getValue().getUsed();
      }
    }
    peakLive.accumulateAndGet(live, Math::max);
  }
}
