package io.champa.health;

import java.time.Instant;

/**
 * A node's latest heartbeat as stored in {@code auth.node_heartbeats} (written by the engine
 * plugin's {@code NodeHeartbeat}). Sizes in bytes, times in milliseconds, loads as fractions;
 * {@code null} where the node could not measure.
 */
public record HeartbeatRow(
    String nodeId,
    String host,
    String engineName,
    String camundaVersion,
    String status,
    String statusDetail,
    Instant startedAt,
    Instant heartbeatAt,
    long intervalMs,
    String lockOwner,
    String metricsReporter,
    Long heapUsed,
    Long heapMax,
    Long gcMinorCount,
    Long gcMinorTimeMs,
    Long gcMajorCount,
    Long gcMajorTimeMs,
    Integer threads,
    Integer threadsPeak,
    Integer threadsDaemon,
    Double processCpuLoad,
    Double systemLoad,
    Integer cpuCount,
    Long openFds,
    Long maxFds,
    Boolean jobExecutorActive,
    Long jobAcquisitionAttempts,
    Long jobAcquired,
    Long jobAcquiredFailure,
    Long jobRejected,
    Long jobSucceeded,
    Long jobFailed,
    Long beatMicros,
    Long beatCpuMicros) {
}
