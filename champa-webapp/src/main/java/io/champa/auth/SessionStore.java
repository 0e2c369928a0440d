package io.champa.auth;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

import io.champa.system.DbTime;

/** Sessions in {@code auth.sessions}: the record every node trusts. */
public class SessionStore {

  private final JdbcTemplate jdbc;

  public SessionStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(Session session) {
    jdbc.update("INSERT INTO auth.sessions (id, user_id, created_at, last_seen_at, expires_at, remember_me, ip,"
        + " user_agent) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", session.id(), session.userId(),
        DbTime.toDb(session.createdAt()), DbTime.toDb(session.lastSeenAt()), DbTime.toDb(session.expiresAt()),
        session.rememberMe(), session.ip(), session.userAgent());
  }

  public Optional<Session> byId(String id) {
    return jdbc.query("SELECT * FROM auth.sessions WHERE id = ?", (row, i) -> map(row), id).stream().findFirst();
  }

  public void touch(String id, Instant lastSeen, Instant expiresAt) {
    jdbc.update("UPDATE auth.sessions SET last_seen_at = ?, expires_at = ? WHERE id = ? AND revoked_at IS NULL",
        DbTime.toDb(lastSeen), DbTime.toDb(expiresAt), id);
  }

  public boolean revoke(String id, Instant at) {
    return jdbc.update("UPDATE auth.sessions SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL",
        DbTime.toDb(at), id) > 0;
  }

  /** Revokes a user's sessions except {@code keep} (may be null); the ids revoked. */
  public List<String> revokeAllOf(String userId, String keep, Instant at) {
    List<String> ids = jdbc.queryForList("SELECT id FROM auth.sessions WHERE user_id = ? AND revoked_at IS NULL",
        String.class, userId).stream().filter(id -> !id.equals(keep)).toList();
    ids.forEach(id -> revoke(id, at));
    return ids;
  }

  public List<Session> active(Instant now, int limit) {
    return jdbc.query("SELECT * FROM auth.sessions WHERE revoked_at IS NULL AND expires_at > ?"
        + " ORDER BY last_seen_at DESC FETCH FIRST ? ROWS ONLY", (row, i) -> map(row), DbTime.toDb(now), limit);
  }

  /** Deletes sessions that ended before {@code before}; how many. */
  public int deleteEndedBefore(Instant before) {
    return jdbc.update("DELETE FROM auth.sessions WHERE expires_at < ? OR revoked_at < ?", DbTime.toDb(before),
        DbTime.toDb(before));
  }

  static Session map(ResultSet row) throws SQLException {
    return new Session(row.getString("id"), row.getString("user_id"), DbTime.fromDb(row, "created_at"),
        DbTime.fromDb(row, "last_seen_at"), DbTime.fromDb(row, "expires_at"), row.getBoolean("remember_me"),
        row.getString("ip"), row.getString("user_agent"), DbTime.fromDb(row, "revoked_at"));
  }
}
