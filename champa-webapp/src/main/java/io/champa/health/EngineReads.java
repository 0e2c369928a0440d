package io.champa.health;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.champa.health.ClusterTotals.ExternalTasks;
import io.champa.health.ClusterTotals.Incidents;
import io.champa.health.ClusterTotals.Jobs;
import io.champa.query.QueryFile;
import io.champa.query.ReadOnlyQueries;

/**
 * The health monitor's reads of the Camunda database, all named queries in {@code health.sql}.
 * Times are bound as JVM-local timestamps, the way the engine writes them.
 */
public class EngineReads {

  static final QueryFile QUERIES = QueryFile.load(EngineReads.class, "health.sql");
  private static final int MAX_GROUPS = 500;

  private final ReadOnlyQueries queries;

  public EngineReads(ReadOnlyQueries queries) {
    this.queries = queries;
  }

  public ClusterTotals totals(Instant now) {
    Map<String, Long> byType = new LinkedHashMap<>();
    queries.list(QUERIES, "incidentsByType", Map.of(), MAX_GROUPS, row -> byType.put(row.getString("incident_type"),
        row.getLong("incidents")));
    Map<String, Object> times = Map.of("now", ts(now), "hourAhead", ts(now.plus(Duration.ofHours(1))), "hourAgo",
        ts(now.minus(Duration.ofHours(1))));
    return queries.first(QUERIES, "totals", times, row -> new ClusterTotals(row.getLong("active_instances"),
        row.getLong("user_tasks"),
        new ExternalTasks(row.getLong("external_tasks"), row.getLong("external_tasks_locked"),
            row.getLong("external_tasks_expired"), row.getLong("external_tasks_failed")),
        new Jobs(row.getLong("jobs"), row.getLong("jobs_due"), row.getLong("jobs_failed"), row.getLong("timers_next_hour")),
        new Incidents(row.getLong("incidents"), row.getLong("incidents_last_hour"), byType), row.getLong("message_subscriptions"),
        row.getLong("signal_subscriptions"), row.getLong("deployments"), row.getLong("process_definitions"),
        row.getLong("decision_definitions"))).orElseThrow();
  }

  /** Process and decision instances whose removal time has passed. */
  public Map<String, Long> historyPastTtl(Instant now) {
    return queries.first(QUERIES, "historyPastTtl", Map.of("now", ts(now)), row -> Map.of(
        "processInstances", row.getLong("process_instances"), "decisionInstances", row.getLong("decision_instances")))
        .orElseThrow();
  }

  public long stuckCount(Instant startedBefore) {
    return queries.number(QUERIES, "stuckCount", Map.of("startedBefore", ts(startedBefore)));
  }

  public List<StuckInstance> stuck(Instant startedBefore, Instant now, int limit) {
    return queries.list(QUERIES, "stuckInstances", Map.of("startedBefore", ts(startedBefore)), limit, row -> {
      Instant start = instant(row, "start_time");
      return new StuckInstance(row.getString("id"), row.getString("definition_key"), row.getString("business_key"),
          start, Duration.between(start, now).toDays());
    });
  }

  /** Topics with their counts; {@code noWorkerAfter}: how long tasks may wait with no worker seen. */
  public List<TopicStatus> topics(Instant now, Duration activityWindow, Duration noWorkerAfter) {
    Map<String, Instant> activity = new LinkedHashMap<>();
    queries.list(QUERIES, "topicActivity", Map.of("since", ts(now.minus(activityWindow))), MAX_GROUPS,
        row -> activity.put(row.getString("topic"), instant(row, "last_activity")));
    return queries.list(QUERIES, "topics", Map.of("now", ts(now)), MAX_GROUPS, row -> {
      String topic = row.getString("topic");
      long locked = row.getLong("locked");
      Instant last = locked > 0 ? now : activity.get(topic);
      Instant oldestOpen = instant(row, "oldest_open_since");
      long open = row.getLong("open_tasks");
      boolean noWorker = open > 0 && oldestOpen != null && oldestOpen.plus(noWorkerAfter).isBefore(now)
          && (last == null || last.plus(noWorkerAfter).isBefore(now));
      return new TopicStatus(topic, row.getLong("total"), open, locked, row.getLong("expired_locks"),
          row.getLong("failed"), oldestOpen, last, last == null ? null : Math.max(0, Duration.between(last, now).toSeconds()),
          noWorker);
    });
  }

  /** Metrics reporters in the meter log since {@code since}, with when each last reported. */
  public Map<String, Instant> meterReporters(Instant since) {
    Map<String, Instant> reporters = new LinkedHashMap<>();
    queries.list(QUERIES, "meterReporters", Map.of("since", ts(since)), MAX_GROUPS,
        row -> reporters.put(row.getString("reporter"), instant(row, "last_seen")));
    return reporters;
  }

  /** Job lock owners whose latest lock ends after {@code since}, with that lock's end. */
  public Map<String, Instant> lockOwners(Instant since) {
    Map<String, Instant> owners = new LinkedHashMap<>();
    queries.list(QUERIES, "lockOwners", Map.of("since", ts(since)), MAX_GROUPS,
        row -> owners.put(row.getString("lock_owner"), instant(row, "latest_lock_expiry")));
    return owners;
  }

  /** The largest engine tables: bytes on PostgreSQL, H2's row estimate on H2. */
  public List<DatabaseReport.TableSize> largestTables(int limit) {
    String prefix = queries.tablePrefix();
    int dot = prefix.indexOf('.');
    String schema = dot < 0 ? "" : prefix.substring(0, dot);
    String tableStart = (dot < 0 ? prefix : prefix.substring(dot + 1)).toUpperCase(java.util.Locale.ROOT);
    String pattern = tableStart.replace("\\", "\\\\").replace("_", "\\_").replace("%", "\\%") + "ACT\\_%";
    return queries.list(QUERIES, "largestTables", Map.of("schema", schema, "tablePattern", pattern), limit, row -> {
      long bytes = row.getLong("total_bytes");
      Long totalBytes = row.wasNull() ? null : bytes;
      long rows = row.getLong("row_estimate");
      return new DatabaseReport.TableSize(row.getString("table_name").toUpperCase(java.util.Locale.ROOT), totalBytes,
          row.wasNull() ? null : rows);
    });
  }

  private static Timestamp ts(Instant instant) {
    return Timestamp.from(instant);
  }

  private static Instant instant(ResultSet row, String column) throws SQLException {
    Timestamp value = row.getTimestamp(column);
    return value == null ? null : value.toInstant();
  }
}
