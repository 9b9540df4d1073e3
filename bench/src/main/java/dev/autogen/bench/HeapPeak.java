package dev.autogen.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * The peak heap in use during a stretch of code: a full GC and a reset of every heap pool's peak before, the sum of
 * the pools' peaks after. Pools may peak at different moments, so the sum is an upper bound; it includes garbage not
 * yet collected and what earlier phases still hold.
 */
final class HeapPeak {

  private static final List<MemoryPoolMXBean> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
      .filter(pool -> pool.getType() == MemoryType.HEAP)
      .toList();

  private HeapPeak() {
  }

  static void reset() {
    System.gc();
    HEAP_POOLS.forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  static long peakBytes() {
    return HEAP_POOLS.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
  }
}
