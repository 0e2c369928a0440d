package io.champa.health;

import java.time.Duration;
import java.time.Instant;

/**
 * Decides a node's status from its latest heartbeat: DOWN when it stopped cleanly or when three
 * of its own intervals passed without a beat, ERROR when it reports a fault, else RUNNING.
 */
public final class NodeClassifier {

  /** Missed beats after which a node counts as DOWN. */
  public static final int MISSED_BEATS = 3;

  private NodeClassifier() {
  }

  public static NodeStatus classify(HeartbeatRow row, Instant now) {
    if ("STOPPED".equals(row.status()) || isOverdue(row, now)) {
      return NodeStatus.DOWN;
    }
    return "ERROR".equals(row.status()) ? NodeStatus.ERROR : NodeStatus.RUNNING;
  }

  static boolean isOverdue(HeartbeatRow row, Instant now) {
    Duration allowed = Duration.ofMillis(Math.max(1, row.intervalMs()) * MISSED_BEATS);
    return row.heartbeatAt().plus(allowed).isBefore(now);
  }
}
