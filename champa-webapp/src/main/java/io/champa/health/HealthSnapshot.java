package io.champa.health;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The whole health view ({@code GET /health/full}); the light variant the background refresher
 * keeps has no {@code stuck}, {@code historyCleanup} and table sizes (those are null).
 *
 * @param clusterNodes every node, Champa's and UNKNOWN ones
 * @param clusterStatus counts, score and issues
 * @param totals what the cluster holds now
 * @param topics external task topics
 * @param db databases and pools
 * @param stuck instances running longer than the threshold
 * @param historyCleanup history past its removal time that history cleanup has not removed yet
 * @param timestamp when this was read
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HealthSnapshot(List<ClusterNode> clusterNodes, ClusterStatus clusterStatus, ClusterTotals totals,
    List<TopicStatus> topics, DatabaseReport db, Stuck stuck, Map<String, Long> historyCleanup, Instant timestamp) {

  /**
   * @param thresholdDays days after which a running instance counts as stuck
   * @param count how many there are
   * @param oldest the oldest of them, at most 50
   */
  public record Stuck(long thresholdDays, long count, List<StuckInstance> oldest) {
  }
}
