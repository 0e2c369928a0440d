package io.champa.health;

import java.time.Duration;

/**
 * How the health monitor reads the cluster.
 *
 * @param downNodeRetention how long a DOWN node stays listed
 * @param stuckAfter running longer than this makes an instance stuck
 * @param noWorkerAfter tasks waiting this long with no worker seen for as long mark a topic as having no worker
 * @param jobLockTime the job executor's lock time, to date an UNKNOWN node's last lock
 */
public record HealthSettings(Duration downNodeRetention, Duration stuckAfter, Duration noWorkerAfter,
    Duration jobLockTime) {

  /** The window for the workload score. */
  public static final Duration WORKLOAD_WINDOW = Duration.ofMinutes(5);
  /** How far back the external task log is read for worker activity. */
  public static final Duration TOPIC_ACTIVITY_WINDOW = Duration.ofHours(1);
  /** How far back the meter log and job locks are read for nodes without Champa (the meter log flushes every 15 min). */
  public static final Duration UNKNOWN_NODE_WINDOW = Duration.ofMinutes(30);
}
