package io.champa.auth;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

import io.champa.system.DbTime;

/** API tokens in {@code auth.api_tokens}, looked up by the hash of the presented token. */
public class ApiTokenStore {

  private static final String SELECT = "SELECT t.*, u.username FROM auth.api_tokens t JOIN auth.users u ON u.id = t.user_id";

  private final JdbcTemplate jdbc;

  public ApiTokenStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(String id, String userId, String name, String tokenHash, Instant createdAt, Instant expiresAt) {
    jdbc.update("INSERT INTO auth.api_tokens (id, user_id, name, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)",
        id, userId, name, tokenHash, DbTime.toDb(createdAt), DbTime.toDb(expiresAt));
  }

  public Optional<ApiToken> byHash(String tokenHash) {
    return jdbc.query(SELECT + " WHERE t.token_hash = ?", (row, i) -> map(row), tokenHash).stream().findFirst();
  }

  public Optional<ApiToken> byId(String id) {
    return jdbc.query(SELECT + " WHERE t.id = ?", (row, i) -> map(row), id).stream().findFirst();
  }

  public List<ApiToken> list(String userId, int limit) {
    if (userId == null || userId.isBlank()) {
      return jdbc.query(SELECT + " ORDER BY t.created_at DESC FETCH FIRST ? ROWS ONLY", (row, i) -> map(row), limit);
    }
    return jdbc.query(SELECT + " WHERE t.user_id = ? ORDER BY t.created_at DESC FETCH FIRST ? ROWS ONLY",
        (row, i) -> map(row), userId, limit);
  }

  public void markUsed(String id, Instant at) {
    jdbc.update("UPDATE auth.api_tokens SET last_used_at = ? WHERE id = ?", DbTime.toDb(at), id);
  }

  public boolean revoke(String id, Instant at) {
    return jdbc.update("UPDATE auth.api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", DbTime.toDb(at), id) > 0;
  }

  private static ApiToken map(ResultSet row) throws SQLException {
    return new ApiToken(row.getString("id"), row.getString("user_id"), row.getString("username"), row.getString("name"),
        DbTime.fromDb(row, "created_at"), DbTime.fromDb(row, "expires_at"), DbTime.fromDb(row, "last_used_at"),
        DbTime.fromDb(row, "revoked_at") != null);
  }
}
