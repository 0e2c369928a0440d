package io.champa.auth.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The append-only, tamper-evident audit log in {@code auth.audit_log}. Appends are serialised
 * across nodes by locking the chain head row, so every row's hash covers the row before it; an
 * append returns once the row is committed, so an action answered with success is never missing.
 */
public class AuditLog {

  private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);
  private static final int MAX_DETAIL = 2000;

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactions;
  private final Clock clock;

  public AuditLog(JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.clock = clock;
  }

  public void record(AuditEntry entry) {
    AuditEntry bounded = bound(entry);
    transactions.executeWithoutResult(status -> append(bounded));
    LOG.debug("audit {} {} {} {}", bounded.action().code(), bounded.username(), bounded.status(), bounded.resourceId());
  }

  private void append(AuditEntry entry) {
    Map<String, Object> head = jdbc.queryForMap("SELECT last_seq, last_hash FROM auth.audit_chain WHERE id = 1 FOR UPDATE");
    long seq = ((Number) head.get("last_seq")).longValue() + 1;
    String previous = (String) head.get("last_hash");
    long occurredAt = clock.millis();
    String hash = AuditHash.of(previous, seq, occurredAt, entry);
    jdbc.update("INSERT INTO auth.audit_log (seq, occurred_at, username, action, resource_type, resource_id, status,"
        + " ip, user_agent, severity, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        seq, occurredAt, entry.username(), entry.action().code(), entry.resourceType(), entry.resourceId(),
        entry.status(), entry.ip(), entry.userAgent(), entry.severity(), entry.detail(), previous, hash);
    jdbc.update("UPDATE auth.audit_chain SET last_seq = ?, last_hash = ? WHERE id = 1", seq, hash);
  }

  /** Filtered, newest first. All filters optional; {@code text} matches user, resource and detail. */
  public List<AuditRecord> search(AuditFilter filter, int offset, int limit) {
    List<Object> args = new ArrayList<>();
    String where = filter.where(args);
    args.add(offset);
    args.add(limit);
    return jdbc.query("SELECT * FROM auth.audit_log" + where + " ORDER BY seq DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
        (row, i) -> map(row), args.toArray());
  }

  public long count(AuditFilter filter) {
    List<Object> args = new ArrayList<>();
    String where = filter.where(args);
    return jdbc.queryForObject("SELECT COUNT(*) FROM auth.audit_log" + where, Long.class, args.toArray());
  }

  /**
   * Recomputes the chain from the oldest row kept. Rows removed by retention take the chain's
   * start with them: the oldest remaining row's stored previous hash is the anchor.
   */
  public ChainVerification verify() {
    long checked = 0;
    String expectedPrevious = null;
    long after = 0;
    while (true) {
      List<Map<String, Object>> rows = jdbc.queryForList(
          "SELECT * FROM auth.audit_log WHERE seq > ? ORDER BY seq FETCH FIRST 1000 ROWS ONLY", after);
      if (rows.isEmpty()) {
        return new ChainVerification(true, checked, null);
      }
      for (Map<String, Object> row : rows) {
        long seq = ((Number) row.get("seq")).longValue();
        String previous = (String) row.get("prev_hash");
        if (expectedPrevious != null && !expectedPrevious.equals(previous)) {
          return new ChainVerification(false, checked, seq);
        }
        String recomputed = AuditHash.of(previous, seq, ((Number) row.get("occurred_at")).longValue(), entryOf(row));
        if (!recomputed.equals(row.get("hash"))) {
          return new ChainVerification(false, checked, seq);
        }
        expectedPrevious = recomputed;
        after = seq;
        checked++;
      }
    }
  }

  /** Deletes rows older than {@code before}; how many. */
  public int deleteOlderThan(Instant before) {
    return jdbc.update("DELETE FROM auth.audit_log WHERE occurred_at < ?", before.toEpochMilli());
  }

  private static AuditEntry entryOf(Map<String, Object> row) {
    return new AuditEntry((String) row.get("username"), AuditAction.ofCode((String) row.get("action")),
        (String) row.get("resource_type"), (String) row.get("resource_id"), (String) row.get("status"),
        (String) row.get("ip"), (String) row.get("user_agent"), (String) row.get("severity"), (String) row.get("detail"));
  }

  private static AuditRecord map(ResultSet row) throws SQLException {
    return new AuditRecord(row.getLong("seq"), Instant.ofEpochMilli(row.getLong("occurred_at")), row.getString("username"),
        row.getString("action"), row.getString("resource_type"), row.getString("resource_id"), row.getString("status"),
        row.getString("ip"), row.getString("user_agent"), row.getString("severity"), row.getString("detail"));
  }

  private static AuditEntry bound(AuditEntry entry) {
    String detail = entry.detail();
    if (detail != null && detail.length() > MAX_DETAIL) {
      detail = detail.substring(0, MAX_DETAIL);
    }
    return new AuditEntry(cut(entry.username(), 128), entry.action(), entry.resourceType(), cut(entry.resourceId(), 200),
        entry.status(), entry.ip(), cut(entry.userAgent(), 400), entry.severity(), detail);
  }

  private static String cut(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }

  /** The outcome of {@link #verify()}. */
  public record ChainVerification(boolean valid, long checkedRows, Long firstBrokenId) {
  }
}
