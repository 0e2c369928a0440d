package io.champa.health;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;

/**
 * Reads the JVM's own management beans: heap, collections, threads, CPU, load and file
 * descriptors. Each read is a few native calls, no allocation worth naming and no lock.
 */
final class JvmSampler {

  /** Collector names (HotSpot, OpenJ9 and GraalVM spell them differently) that collect the young generation. */
  private static final List<String> YOUNG_MARKERS = List.of("young", "scavenge", "parnew", "copy", "minor", "nursery",
      "partial gc", "epsilon");

  private final OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

  JvmSample sample() {
    MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    long[] minor = new long[2];
    long[] major = new long[2];
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      long[] bucket = isYoung(collector.getName()) ? minor : major;
      bucket[0] += Math.max(0, collector.getCollectionCount());
      bucket[1] += Math.max(0, collector.getCollectionTime());
    }
    Double processCpu = null;
    Long openFds = null;
    Long maxFds = null;
    if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
      double load = sun.getProcessCpuLoad();
      processCpu = load < 0 ? null : load;
    }
    if (os instanceof com.sun.management.UnixOperatingSystemMXBean unix) {
      openFds = unix.getOpenFileDescriptorCount();
      maxFds = unix.getMaxFileDescriptorCount();
    }
    double systemLoad = os.getSystemLoadAverage();
    long heapMax = heap.getMax() > 0 ? heap.getMax() : heap.getCommitted();
    return new JvmSample(heap.getUsed(), heapMax, minor[0], minor[1], major[0], major[1], threads.getThreadCount(),
        threads.getPeakThreadCount(), threads.getDaemonThreadCount(), processCpu, systemLoad < 0 ? null : systemLoad,
        os.getAvailableProcessors(), openFds, maxFds);
  }

  /**
   * Whether a collector collects the young generation ({@code G1 Young Generation},
   * {@code PS Scavenge}, {@code ParNew}, {@code Copy}, {@code ZGC Minor Cycles}, OpenJ9's
   * {@code scavenge}/{@code partial gc}); everything else ({@code G1 Old Generation},
   * {@code G1 Concurrent GC}, {@code PS MarkSweep}, {@code ZGC Major Cycles}, single-generation
   * ZGC and Shenandoah) counts as major.
   */
  static boolean isYoung(String collectorName) {
    String name = collectorName.toLowerCase(Locale.ROOT);
    return YOUNG_MARKERS.stream().anyMatch(name::contains);
  }
}
