package io.champa.health;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import javax.sql.DataSource;

/**
 * The heartbeat's SQL on the system database, plain JDBC because the plugin has no Spring. The
 * latest sample per node is an UPDATE, then an INSERT when the node has no row yet: the same
 * statements on H2 and PostgreSQL (whose {@code MERGE} arrived only in 15), and only the node
 * itself ever writes its row, so the two steps cannot race. Timestamps are UTC wall time.
 */
final class HeartbeatStore {

  private static final String UPDATE = "UPDATE auth.node_heartbeats SET host = ?, engine_name = ?, camunda_version = ?,"
      + " status = ?, status_detail = ?, started_at = ?, heartbeat_at = ?, interval_ms = ?, lock_owner = ?,"
      + " metrics_reporter = ?, heap_used = ?, heap_max = ?, gc_minor_count = ?, gc_minor_time_ms = ?,"
      + " gc_major_count = ?, gc_major_time_ms = ?, threads = ?, threads_peak = ?, threads_daemon = ?,"
      + " process_cpu_load = ?, system_load = ?, cpu_count = ?, open_fds = ?, max_fds = ?, job_executor_active = ?,"
      + " job_acquisition_attempts = ?, job_acquired = ?, job_acquired_failure = ?, job_rejected = ?,"
      + " job_succeeded = ?, job_failed = ?, beat_micros = ?, beat_cpu_micros = ? WHERE node_id = ?";
  private static final String INSERT = "INSERT INTO auth.node_heartbeats (host, engine_name, camunda_version, status,"
      + " status_detail, started_at, heartbeat_at, interval_ms, lock_owner, metrics_reporter, heap_used, heap_max,"
      + " gc_minor_count, gc_minor_time_ms, gc_major_count, gc_major_time_ms, threads, threads_peak, threads_daemon,"
      + " process_cpu_load, system_load, cpu_count, open_fds, max_fds, job_executor_active, job_acquisition_attempts,"
      + " job_acquired, job_acquired_failure, job_rejected, job_succeeded, job_failed, beat_micros, beat_cpu_micros,"
      + " node_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
      + " ?, ?, ?)";
  private static final String HISTORY = "INSERT INTO auth.node_heartbeat_history (node_id, heartbeat_at, status,"
      + " heap_used, heap_max, gc_minor_count, gc_minor_time_ms, gc_major_count, gc_major_time_ms, threads,"
      + " process_cpu_load, system_load, open_fds, job_executor_active, job_acquisition_attempts, job_acquired,"
      + " job_rejected, job_succeeded, job_failed, beat_micros, beat_cpu_micros)"
      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private final DataSource dataSource;

  HeartbeatStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Writes the node's latest row and appends the sample to its history, in one transaction. */
  void write(HeartbeatSample sample) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try {
        if (latest(connection, UPDATE, sample) == 0) {
          latest(connection, INSERT, sample);
        }
        history(connection, sample);
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    }
  }

  /** Marks the node's row stopped after a clean shutdown, so readers need not wait three intervals. */
  void markStopped(String nodeId, Instant at) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(
            "UPDATE auth.node_heartbeats SET status = ?, status_detail = ? WHERE node_id = ?")) {
      statement.setString(1, HeartbeatSample.STOPPED);
      statement.setString(2, "shut down cleanly at " + at);
      statement.setString(3, nodeId);
      statement.executeUpdate();
    }
  }

  /** Deletes history older than {@code before}, and nodes whose last beat is older; how many rows. */
  int prune(Instant before) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return delete(connection, "DELETE FROM auth.node_heartbeat_history WHERE heartbeat_at < ?", before)
          + delete(connection, "DELETE FROM auth.node_heartbeats WHERE heartbeat_at < ?", before);
    }
  }

  private static int delete(Connection connection, String sql, Instant before) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setObject(1, utc(before));
      return statement.executeUpdate();
    }
  }

  private static int latest(Connection connection, String sql, HeartbeatSample s) throws SQLException {
    JvmSample jvm = s.jvm();
    JobExecutorSample jobs = s.jobExecutor();
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      Binder b = new Binder(statement);
      b.text(s.host()).text(s.engineName()).text(s.camundaVersion()).text(s.status()).text(truncate(s.statusDetail()))
          .time(s.startedAt()).time(s.heartbeatAt()).number(s.intervalMs()).text(s.lockOwner())
          .text(s.metricsReporter()).number(jvm.heapUsed()).number(jvm.heapMax()).number(jvm.gcMinorCount())
          .number(jvm.gcMinorTimeMs()).number(jvm.gcMajorCount()).number(jvm.gcMajorTimeMs())
          .integer(jvm.threads()).integer(jvm.threadsPeak()).integer(jvm.threadsDaemon())
          .decimal(jvm.processCpuLoad()).decimal(jvm.systemLoad()).integer(jvm.cpuCount()).number(jvm.openFds())
          .number(jvm.maxFds()).bool(jobs.active()).number(jobs.acquisitionAttempts()).number(jobs.acquired())
          .number(jobs.acquiredFailure()).number(jobs.rejected()).number(jobs.succeeded()).number(jobs.failed())
          .number(s.beatMicros()).number(s.beatCpuMicros()).text(s.nodeId());
      return statement.executeUpdate();
    }
  }

  private static void history(Connection connection, HeartbeatSample s) throws SQLException {
    JvmSample jvm = s.jvm();
    JobExecutorSample jobs = s.jobExecutor();
    try (PreparedStatement statement = connection.prepareStatement(HISTORY)) {
      new Binder(statement).text(s.nodeId()).time(s.heartbeatAt()).text(s.status()).number(jvm.heapUsed())
          .number(jvm.heapMax()).number(jvm.gcMinorCount()).number(jvm.gcMinorTimeMs()).number(jvm.gcMajorCount())
          .number(jvm.gcMajorTimeMs()).integer(jvm.threads()).decimal(jvm.processCpuLoad()).decimal(jvm.systemLoad())
          .number(jvm.openFds()).bool(jobs.active()).number(jobs.acquisitionAttempts()).number(jobs.acquired())
          .number(jobs.rejected()).number(jobs.succeeded()).number(jobs.failed()).number(s.beatMicros())
          .number(s.beatCpuMicros());
      statement.executeUpdate();
    }
  }

  private static String truncate(String text) {
    return text == null || text.length() <= 1000 ? text : text.substring(0, 1000);
  }

  static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  /** Binds parameters in order, with SQL NULL for absent values. */
  private static final class Binder {
    private final PreparedStatement statement;
    private int index = 1;

    Binder(PreparedStatement statement) {
      this.statement = statement;
    }

    Binder text(String value) throws SQLException {
      statement.setString(index++, value);
      return this;
    }

    Binder time(Instant value) throws SQLException {
      statement.setObject(index++, utc(value));
      return this;
    }

    Binder number(Long value) throws SQLException {
      if (value == null) {
        statement.setNull(index++, Types.BIGINT);
      } else {
        statement.setLong(index++, value);
      }
      return this;
    }

    Binder integer(int value) throws SQLException {
      statement.setInt(index++, value);
      return this;
    }

    Binder decimal(Double value) throws SQLException {
      if (value == null) {
        statement.setNull(index++, Types.DOUBLE);
      } else {
        statement.setDouble(index++, value);
      }
      return this;
    }

    Binder bool(boolean value) throws SQLException {
      statement.setBoolean(index++, value);
      return this;
    }
  }
}
