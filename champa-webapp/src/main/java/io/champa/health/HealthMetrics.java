package io.champa.health;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.champa.system.ChampaVersion;

/**
 * The health view as metric samples, shared by the Prometheus text endpoints and the Micrometer
 * gauges so both always say the same.
 *
 * <p>The names operators' dashboards already use are kept ({@code camunda_*}). Three of them break
 * Prometheus naming rules that {@code promtool check metrics} enforces
 * ({@code camunda_db_latency_ms}, {@code camunda_jvm_heap_used_mb}: abbreviated units;
 * {@code camunda_deployment_count}: a {@code _count} suffix on a gauge). Each has a rule-abiding
 * twin ({@code camunda_db_latency_seconds}, {@code camunda_jvm_heap_used_bytes},
 * {@code camunda_deployments}); with {@code legacyNames} off only the twins are written.
 */
public final class HealthMetrics {

  private HealthMetrics() {
  }

  /**
   * One sample.
   *
   * @param name the metric name
   * @param help its help text
   * @param labels label names to values, in order
   * @param value the value
   */
  public record Sample(String name, String help, Map<String, String> labels, double value) {
  }

  /** The light set: cheap values the background refresher keeps. */
  public static List<Sample> light(HealthSnapshot snapshot, boolean legacyNames) {
    Samples s = new Samples();
    ClusterStatus status = snapshot.clusterStatus();
    s.add("camunda_cluster_info", "Camunda and Champa versions of the cluster (always 1)", 1, "engine_version",
        status.engineVersion(), "champa_version", ChampaVersion.get());
    s.add("camunda_cluster_running_nodes", "Engine nodes with status RUNNING", status.runningNodes());
    s.add("champa_cluster_nodes", "Engine nodes listed by status", status.runningNodes(), "status", "RUNNING");
    s.add("champa_cluster_nodes", "", status.downNodes(), "status", "DOWN");
    s.add("champa_cluster_nodes", "", status.errorNodes(), "status", "ERROR");
    s.add("champa_cluster_nodes", "", status.unknownNodes(), "status", "UNKNOWN");
    s.add("champa_health_score", "Cluster health score 0-100 (see docs/health.md)", status.healthScore());
    for (ClusterNode node : snapshot.clusterNodes()) {
      s.add("camunda_node_status", "1 when the node is RUNNING, 0 when DOWN, ERROR or UNKNOWN",
          node.status() == NodeStatus.RUNNING ? 1 : 0, "node", node.id());
    }
    for (ClusterNode node : snapshot.clusterNodes()) {
      if (node.jvm() != null && node.jvm().heapUsedMb() != null && node.status() != NodeStatus.DOWN) {
        if (legacyNames) {
          s.add("camunda_jvm_heap_used_mb", "Heap in use on the node, MB", node.jvm().heapUsedMb(), "node", node.id());
        }
        s.add("camunda_jvm_heap_used_bytes", "Heap in use on the node, bytes",
            Math.round(node.jvm().heapUsedMb() * 1048576), "node", node.id());
        s.add("camunda_jvm_heap_utilization_percent", "Heap in use against its limit, percent",
            node.jvm().heapUtilizationPercent(), "node", node.id());
      }
    }
    ClusterTotals totals = snapshot.totals();
    s.add("camunda_active_instances", "Process instances running", totals.activeInstances());
    s.add("camunda_incidents", "Open incidents", totals.incidents().total());
    s.add("camunda_user_tasks", "Open user tasks", totals.userTasks());
    s.add("camunda_external_tasks", "External tasks", totals.externalTasks().total());
    s.add("camunda_total_jobs", "Jobs", totals.jobs().total());
    s.add("camunda_failed_jobs", "Jobs failed with no retries left", totals.jobs().failedNoRetries());
    s.add("camunda_process_definitions", "Process definitions, all versions", totals.processDefinitions());
    s.add("camunda_dmn_definitions", "Decision definitions, all versions", totals.decisionDefinitions());
    if (legacyNames) {
      s.add("camunda_deployment_count", "Deployments", totals.deployments());
    }
    s.add("camunda_deployments", "Deployments", totals.deployments());
    DatabaseReport db = snapshot.db();
    if (legacyNames) {
      s.add("camunda_db_latency_ms", "Time to borrow and validate a Camunda DB connection, ms", db.camunda().latencyMs());
    }
    s.add("camunda_db_latency_seconds", "Time to borrow and validate a Camunda DB connection, seconds",
        db.camunda().latencyMs() / 1000.0);
    s.add("camunda_db_up", "1 when the Camunda DB answers", db.camunda().isUp() ? 1 : 0);
    if (db.camundaPool().known()) {
      s.add("camunda_db_active_connections", "Camunda DB connections in use", db.camundaPool().active());
    }
    return s.list;
  }

  /** The light set plus per-type, per-topic, pool, table and backlog figures. */
  public static List<Sample> full(HealthSnapshot snapshot, boolean legacyNames) {
    Samples s = new Samples();
    s.list.addAll(light(snapshot, legacyNames));
    ClusterTotals totals = snapshot.totals();
    totals.incidents().byType().forEach((type, count) ->
        s.add("champa_incidents_by_type", "Open incidents per incident type", count, "type", type));
    s.add("champa_incidents_opened_last_hour", "Incidents opened in the last hour, still open",
        totals.incidents().openedLastHour());
    s.add("champa_jobs_due", "Jobs due now", totals.jobs().due());
    s.add("champa_timers_due_next_hour", "Timer jobs due in the next hour", totals.jobs().timersNextHour());
    s.add("champa_external_tasks_locked", "External tasks locked by a worker", totals.externalTasks().locked());
    s.add("champa_external_tasks_expired_locks", "External tasks with an expired lock", totals.externalTasks().expiredLocks());
    s.add("champa_message_subscriptions_waiting", "Instances waiting for a message", totals.messageSubscriptionsWaiting());
    s.add("champa_signal_subscriptions_waiting", "Instances waiting for a signal", totals.signalSubscriptionsWaiting());
    for (TopicStatus topic : snapshot.topics()) {
      s.add("champa_topic_open_tasks", "External tasks waiting for a worker, per topic", topic.open(), "topic", topic.topic());
      s.add("champa_topic_locked_tasks", "External tasks locked by a worker, per topic", topic.locked(), "topic", topic.topic());
      s.add("champa_topic_failed_tasks", "External tasks with no retries left, per topic", topic.failed(), "topic", topic.topic());
      if (topic.secondsSinceWorkerActivity() != null) {
        s.add("champa_topic_seconds_since_worker_activity", "Seconds since a worker was last seen on the topic",
            topic.secondsSinceWorkerActivity(), "topic", topic.topic());
      }
      s.add("champa_topic_no_worker", "1 when tasks wait and no worker was seen on the topic", topic.noWorker() ? 1 : 0,
          "topic", topic.topic());
    }
    for (ClusterNode node : snapshot.clusterNodes()) {
      if (node.workloadScore() != null) {
        s.add("champa_node_workload_score", "Node's job executions in the last 5 minutes against the mean (100 = even)",
            node.workloadScore(), "node", node.id());
      }
    }
    DatabaseReport db = snapshot.db();
    for (PoolStats pool : List.of(db.camundaPool(), db.systemPool())) {
      if (pool.known()) {
        s.add("champa_db_pool_active_connections", "Connections in use per pool", pool.active(), "pool", pool.name());
        s.add("champa_db_pool_idle_connections", "Idle connections per pool", pool.idle(), "pool", pool.name());
        s.add("champa_db_pool_max_connections", "Maximum pool size per pool", pool.max(), "pool", pool.name());
      }
    }
    if (db.largestTables() != null) {
      for (DatabaseReport.TableSize table : db.largestTables()) {
        if (table.totalBytes() != null) {
          s.add("champa_db_table_size_bytes", "Size of the largest Camunda tables with indexes", table.totalBytes(),
              "table", table.table());
        }
      }
    }
    if (snapshot.stuck() != null) {
      s.add("champa_stuck_instances", "Process instances running longer than the stuck threshold", snapshot.stuck().count());
    }
    if (snapshot.historyCleanup() != null) {
      snapshot.historyCleanup().forEach((kind, count) -> s.add("champa_history_past_ttl",
          "History past its removal time not yet removed", count, "kind", kind));
    }
    return s.list;
  }

  /** Prometheus text of samples, grouped by name as the format requires. */
  public static String text(List<Sample> samples) {
    Map<String, List<Sample>> byName = new LinkedHashMap<>();
    Map<String, String> help = new LinkedHashMap<>();
    for (Sample sample : samples) {
      byName.computeIfAbsent(sample.name(), name -> new ArrayList<>()).add(sample);
      if (!sample.help().isEmpty()) {
        help.putIfAbsent(sample.name(), sample.help());
      }
    }
    PrometheusText text = new PrometheusText();
    byName.forEach((name, list) -> {
      text.gauge(name, help.getOrDefault(name, name));
      for (Sample sample : list) {
        String[] labels = new String[sample.labels().size() * 2];
        int i = 0;
        for (Map.Entry<String, String> label : sample.labels().entrySet()) {
          labels[i++] = label.getKey();
          labels[i++] = label.getValue();
        }
        text.sample(name, sample.value(), labels);
      }
    });
    return text.toString();
  }

  private static final class Samples {
    private final List<Sample> list = new ArrayList<>();

    void add(String name, String help, Number value, String... labels) {
      if (value == null) {
        return;
      }
      Map<String, String> map = new LinkedHashMap<>();
      for (int i = 0; i + 1 < labels.length; i += 2) {
        map.put(labels[i], labels[i + 1] == null ? "" : labels[i + 1]);
      }
      list.add(new Sample(name, help, map, value.doubleValue()));
    }
  }
}
