package io.champa.health;

/**
 * What a node's JVM looks like at one heartbeat. Counts and times are cumulative since the JVM
 * started; a value the platform does not offer is {@code null}.
 *
 * @param heapUsed heap bytes in use
 * @param heapMax the heap's limit in bytes (committed size when the JVM has no limit)
 * @param gcMinorCount young-generation collections
 * @param gcMinorTimeMs time spent in them
 * @param gcMajorCount old-generation and full collections (and concurrent cycles)
 * @param gcMajorTimeMs time spent in them
 * @param threads live threads
 * @param threadsPeak most live threads since the JVM started
 * @param threadsDaemon live daemon threads
 * @param processCpuLoad this process's share of all CPUs over the recent past, 0..1
 * @param systemLoad the operating system's one-minute load average (run queue), not a fraction
 * @param cpuCount processors available to the JVM
 * @param openFds open file descriptors (Unix only)
 * @param maxFds the file-descriptor limit (Unix only)
 */
public record JvmSample(
    long heapUsed,
    long heapMax,
    long gcMinorCount,
    long gcMinorTimeMs,
    long gcMajorCount,
    long gcMajorTimeMs,
    int threads,
    int threadsPeak,
    int threadsDaemon,
    Double processCpuLoad,
    Double systemLoad,
    int cpuCount,
    Long openFds,
    Long maxFds) {

  /** Heap in use as a percentage of its limit, 0..100; 0 when the limit is unknown. */
  public double heapUtilizationPercent() {
    return heapMax <= 0 ? 0 : 100.0 * heapUsed / heapMax;
  }
}
