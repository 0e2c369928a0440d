package io.champa.health;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

import io.champa.system.DbTime;

/** Reads the heartbeats the engine nodes write into the system database; every read is bounded. */
public class HeartbeatReader {

  /** More nodes than any cluster runs; a bound, not a page. */
  static final int MAX_NODES = 500;
  /** At most this many history points per chart: a day at 10 s is 8 640. */
  static final int MAX_HISTORY_POINTS = 10_000;

  private final JdbcTemplate jdbc;

  public HeartbeatReader(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Latest row of every node that beat since {@code since}, newest first. */
  public List<HeartbeatRow> latest(Instant since) {
    return jdbc.query("SELECT * FROM auth.node_heartbeats WHERE heartbeat_at >= ? ORDER BY heartbeat_at DESC, node_id"
        + " FETCH FIRST " + MAX_NODES + " ROWS ONLY", (row, i) -> map(row), DbTime.toDb(since));
  }

  /** Every lock owner and metrics reporter any Champa node ever reported: those are not UNKNOWN nodes. */
  public Set<String> knownEngineIds() {
    Set<String> ids = new HashSet<>();
    jdbc.query("SELECT lock_owner, metrics_reporter FROM auth.node_heartbeats FETCH FIRST " + MAX_NODES + " ROWS ONLY",
        row -> {
          ids.add(row.getString(1));
          ids.add(row.getString(2));
        });
    ids.remove(null);
    return ids;
  }

  /** Job executions (succeeded + failed) per node between its first and last beat since {@code since}. */
  public Map<String, Long> executionsSince(Instant since) {
    Map<String, Long> executions = new LinkedHashMap<>();
    jdbc.query("SELECT node_id, MIN(job_succeeded + job_failed) AS first_count, MAX(job_succeeded + job_failed)"
        + " AS last_count FROM auth.node_heartbeat_history WHERE heartbeat_at >= ? GROUP BY node_id", row -> {
          long first = row.getLong("first_count");
          boolean known = !row.wasNull();
          long last = row.getLong("last_count");
          executions.put(row.getString("node_id"), known ? Math.max(0, last - first) : null);
        }, DbTime.toDb(since));
    return executions;
  }

  /** A node's history since {@code since}, oldest first. */
  public List<HistoryPoint> history(String nodeId, Instant since) {
    return jdbc.query("SELECT * FROM auth.node_heartbeat_history WHERE node_id = ? AND heartbeat_at >= ?"
        + " ORDER BY heartbeat_at FETCH FIRST " + MAX_HISTORY_POINTS + " ROWS ONLY", (row, i) -> new HistoryPoint(
            DbTime.fromDb(row, "heartbeat_at"), row.getString("status"), mb(number(row, "heap_used")),
            mb(number(row, "heap_max")), number(row, "gc_minor_count"), number(row, "gc_minor_time_ms"),
            number(row, "gc_major_count"), number(row, "gc_major_time_ms"), integer(row, "threads"),
            percent(decimal(row, "process_cpu_load")), decimal(row, "system_load"), number(row, "open_fds"),
            bool(row, "job_executor_active"), number(row, "job_acquisition_attempts"), number(row, "job_acquired"),
            number(row, "job_rejected"), number(row, "job_succeeded"), number(row, "job_failed"),
            number(row, "beat_micros"), number(row, "beat_cpu_micros")), nodeId, DbTime.toDb(since));
  }

  /** Whether a node has any row at all. */
  public boolean exists(String nodeId) {
    Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM auth.node_heartbeats WHERE node_id = ?", Integer.class,
        nodeId);
    return count != null && count > 0;
  }

  static HeartbeatRow map(ResultSet row) throws SQLException {
    return new HeartbeatRow(row.getString("node_id"), row.getString("host"), row.getString("engine_name"),
        row.getString("camunda_version"), row.getString("status"), row.getString("status_detail"),
        DbTime.fromDb(row, "started_at"), DbTime.fromDb(row, "heartbeat_at"), row.getLong("interval_ms"),
        row.getString("lock_owner"), row.getString("metrics_reporter"), number(row, "heap_used"),
        number(row, "heap_max"), number(row, "gc_minor_count"), number(row, "gc_minor_time_ms"),
        number(row, "gc_major_count"), number(row, "gc_major_time_ms"), integer(row, "threads"),
        integer(row, "threads_peak"), integer(row, "threads_daemon"), decimal(row, "process_cpu_load"),
        decimal(row, "system_load"), integer(row, "cpu_count"), number(row, "open_fds"), number(row, "max_fds"),
        bool(row, "job_executor_active"), number(row, "job_acquisition_attempts"), number(row, "job_acquired"),
        number(row, "job_acquired_failure"), number(row, "job_rejected"), number(row, "job_succeeded"),
        number(row, "job_failed"), number(row, "beat_micros"), number(row, "beat_cpu_micros"));
  }

  static Double mb(Long bytes) {
    return bytes == null ? null : Math.round(bytes / 1048576.0 * 10) / 10.0;
  }

  static Double percent(Double fraction) {
    return fraction == null ? null : Math.round(fraction * 1000) / 10.0;
  }

  private static Long number(ResultSet row, String column) throws SQLException {
    long value = row.getLong(column);
    return row.wasNull() ? null : value;
  }

  private static Integer integer(ResultSet row, String column) throws SQLException {
    int value = row.getInt(column);
    return row.wasNull() ? null : value;
  }

  private static Double decimal(ResultSet row, String column) throws SQLException {
    double value = row.getDouble(column);
    return row.wasNull() ? null : value;
  }

  private static Boolean bool(ResultSet row, String column) throws SQLException {
    boolean value = row.getBoolean(column);
    return row.wasNull() ? null : value;
  }

  /**
   * One point of a node's chart. Counts are cumulative since the node started (charts plot the
   * differences); heap in MB, CPU in percent; {@code beatMicros}/{@code beatCpuMicros}: what the
   * node's previous heartbeat cost its heartbeat thread (wall and CPU time).
   */
  public record HistoryPoint(Instant timestamp, String status, Double heapUsedMb, Double heapMaxMb, Long gcMinorCount,
      Long gcMinorTimeMs, Long gcMajorCount, Long gcMajorTimeMs, Integer threads, Double processCpuPercent,
      Double systemLoad, Long openFileDescriptors, Boolean jobExecutorActive, Long jobAcquisitionAttempts,
      Long jobsAcquired, Long jobsRejected, Long jobsSucceeded, Long jobsFailed, Long beatMicros, Long beatCpuMicros) {
  }
}
