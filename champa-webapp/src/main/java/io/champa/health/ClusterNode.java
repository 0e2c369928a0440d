package io.champa.health;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One engine node as the health screen lists it.
 *
 * @param id the node id (Champa nodes) or the engine's reporter or lock-owner id (UNKNOWN ones)
 * @param name what to show: the node id
 * @param host the machine, when known
 * @param status RUNNING, DOWN, ERROR or UNKNOWN
 * @param statusDetail why it is not RUNNING
 * @param source where the node was seen: {@code heartbeat}, {@code meterLog} or {@code jobLock}
 * @param lastHeartbeat the latest heartbeat, or for UNKNOWN nodes the last time the engine saw it
 * @param startedAt when the node's engine started
 * @param uptimeSeconds seconds from start to the latest heartbeat
 * @param camundaVersion the node's engine version
 * @param heartbeatIntervalMs the node's heartbeat interval
 * @param jvm heap, GC, threads, CPU and file descriptors (Champa nodes only)
 * @param jobExecutor the job executor's state and counts (Champa nodes only)
 * @param workloadScore the node's share of job executions in the last 5 minutes against the mean (100 = even)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClusterNode(
    String id,
    String name,
    String host,
    NodeStatus status,
    String statusDetail,
    String source,
    Instant lastHeartbeat,
    Instant startedAt,
    Long uptimeSeconds,
    String camundaVersion,
    Long heartbeatIntervalMs,
    Jvm jvm,
    JobExecutor jobExecutor,
    Integer workloadScore) {

  /** JVM figures: sizes in MB, CPU in percent of all cores, counts since the JVM started. */
  public record Jvm(Double heapUsedMb, Double heapMaxMb, Double heapUtilizationPercent, Long gcMinorCount,
      Long gcMinorTimeMs, Long gcMajorCount, Long gcMajorTimeMs, Integer threads, Integer threadsPeak,
      Integer threadsDaemon, Double processCpuPercent, Double systemLoad, Integer cpuCount, Long openFileDescriptors,
      Long maxFileDescriptors) {
  }

  /**
   * The job executor: counts since the node's engine started (null when engine metrics are off),
   * and executions in the workload window.
   */
  public record JobExecutor(Boolean active, Long acquisitionAttempts, Long acquired, Long acquisitionFailures,
      Long rejected, Long succeeded, Long failed, Long executionsLastWindow) {
  }

  static ClusterNode of(HeartbeatRow row, NodeStatus status, Long executionsInWindow, Integer workloadScore) {
    Double heapUtilization = row.heapUsed() == null || row.heapMax() == null || row.heapMax() <= 0 ? null
        : Math.round(1000.0 * row.heapUsed() / row.heapMax()) / 10.0;
    Jvm jvm = new Jvm(HeartbeatReader.mb(row.heapUsed()), HeartbeatReader.mb(row.heapMax()), heapUtilization,
        row.gcMinorCount(), row.gcMinorTimeMs(), row.gcMajorCount(), row.gcMajorTimeMs(), row.threads(),
        row.threadsPeak(), row.threadsDaemon(), HeartbeatReader.percent(row.processCpuLoad()),
        row.systemLoad() == null ? null : Math.round(row.systemLoad() * 100) / 100.0, row.cpuCount(), row.openFds(),
        row.maxFds());
    JobExecutor jobs = new JobExecutor(row.jobExecutorActive(), row.jobAcquisitionAttempts(), row.jobAcquired(),
        row.jobAcquiredFailure(), row.jobRejected(), row.jobSucceeded(), row.jobFailed(), executionsInWindow);
    String detail = status == NodeStatus.DOWN && !"STOPPED".equals(row.status())
        ? "No heartbeat for " + NodeClassifier.MISSED_BEATS + " intervals" : row.statusDetail();
    long uptime = row.startedAt() == null ? 0 : Math.max(0, row.heartbeatAt().getEpochSecond() - row.startedAt().getEpochSecond());
    return new ClusterNode(row.nodeId(), row.nodeId(), row.host(), status, detail, "heartbeat", row.heartbeatAt(),
        row.startedAt(), uptime, row.camundaVersion(), row.intervalMs(), jvm, jobs, workloadScore);
  }

  static ClusterNode unknown(String id, String source, Instant lastSeen) {
    return new ClusterNode(id, id, null, NodeStatus.UNKNOWN, "Engine node without Champa, seen in the engine's "
        + (source.equals("meterLog") ? "meter log" : "job locks"), source, lastSeen, null, null, null, null, null,
        null, null);
  }
}
