package io.champa.autoconfigure;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.Assert;

/** The health monitor: node heartbeats, cluster totals, Prometheus metrics. */
@ConfigurationProperties(prefix = "champa.health")
public class ChampaHealthProperties {

  /** Whether the health monitor (heartbeat, screen, API and metrics) is enabled. */
  private boolean enabled = true;

  /** Time between two heartbeats of this node; a node is DOWN after three missed ones. */
  private Duration heartbeatInterval = Duration.ofSeconds(10);

  /** How long heartbeat history is kept for the per-node charts. */
  private Duration historyRetention = Duration.ofHours(24);

  /** This node's id in the cluster; empty means host name, process id and a short random suffix. */
  private String nodeId;

  /** How long a DOWN node stays listed after its last heartbeat. */
  private Duration downNodeRetention = Duration.ofHours(1);

  /** A process instance running longer than this counts as stuck. */
  private Duration stuckAfter = Duration.ofDays(7);

  /** How often the background refresher re-reads the values behind the light metrics and gauges. */
  private Duration refreshInterval = Duration.ofSeconds(15);

  /** External tasks waiting this long, with no worker seen on their topic for as long, mark the topic as having no worker. */
  private Duration noWorkerAfter = Duration.ofMinutes(10);

  /** Whether the Prometheus text also carries the legacy names promtool objects to (camunda_db_latency_ms, camunda_jvm_heap_used_mb, camunda_deployment_count). */
  private boolean legacyMetricNames = true;

  public Duration getNoWorkerAfter() {
    return noWorkerAfter;
  }

  public void setNoWorkerAfter(Duration noWorkerAfter) {
    Assert.isTrue(noWorkerAfter != null && noWorkerAfter.toSeconds() >= 1, "champa.health.no-worker-after must be at least 1s");
    this.noWorkerAfter = noWorkerAfter;
  }

  public boolean isLegacyMetricNames() {
    return legacyMetricNames;
  }

  public void setLegacyMetricNames(boolean legacyMetricNames) {
    this.legacyMetricNames = legacyMetricNames;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public Duration getHeartbeatInterval() {
    return heartbeatInterval;
  }

  public void setHeartbeatInterval(Duration heartbeatInterval) {
    Assert.isTrue(heartbeatInterval != null && heartbeatInterval.toMillis() >= 100,
        "champa.health.heartbeat-interval must be at least 100ms");
    this.heartbeatInterval = heartbeatInterval;
  }

  public Duration getHistoryRetention() {
    return historyRetention;
  }

  public void setHistoryRetention(Duration historyRetention) {
    Assert.isTrue(historyRetention != null && historyRetention.toMinutes() >= 1,
        "champa.health.history-retention must be at least 1m");
    this.historyRetention = historyRetention;
  }

  public String getNodeId() {
    return nodeId;
  }

  public void setNodeId(String nodeId) {
    Assert.isTrue(nodeId == null || nodeId.length() <= 200, "champa.health.node-id must have at most 200 characters");
    this.nodeId = nodeId;
  }

  public Duration getDownNodeRetention() {
    return downNodeRetention;
  }

  public void setDownNodeRetention(Duration downNodeRetention) {
    Assert.isTrue(downNodeRetention != null && !downNodeRetention.isNegative(),
        "champa.health.down-node-retention must not be negative");
    this.downNodeRetention = downNodeRetention;
  }

  public Duration getStuckAfter() {
    return stuckAfter;
  }

  public void setStuckAfter(Duration stuckAfter) {
    Assert.isTrue(stuckAfter != null && stuckAfter.toMinutes() >= 1, "champa.health.stuck-after must be at least 1m");
    this.stuckAfter = stuckAfter;
  }

  public Duration getRefreshInterval() {
    return refreshInterval;
  }

  public void setRefreshInterval(Duration refreshInterval) {
    Assert.isTrue(refreshInterval != null && refreshInterval.toSeconds() >= 1,
        "champa.health.refresh-interval must be at least 1s");
    this.refreshInterval = refreshInterval;
  }
}
