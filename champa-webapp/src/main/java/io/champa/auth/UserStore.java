package io.champa.auth;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

import io.champa.system.DbTime;
import io.champa.system.SqlLike;

/** Users in {@code auth.users}, each read together with its role's permissions. */
public class UserStore {

  private static final String SELECT = """
      SELECT u.id, u.username, u.email, u.password_hash, u.role_id, r.name AS role_name, u.user_type, u.status,
             u.failed_attempts, u.locked_until, u.last_login_at, u.created_at
      FROM auth.users u JOIN auth.roles r ON r.id = u.role_id
      """;

  private static final String MATCHING = " WHERE u.username LIKE ?" + SqlLike.ESCAPE
      + " OR LOWER(COALESCE(u.email, '')) LIKE ?" + SqlLike.ESCAPE;

  private final JdbcTemplate jdbc;
  private final RoleStore roles;

  public UserStore(JdbcTemplate jdbc, RoleStore roles) {
    this.jdbc = jdbc;
    this.roles = roles;
  }

  public static String normalise(String username) {
    return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
  }

  public Optional<ChampaUser> byUsername(String username) {
    return one(SELECT + " WHERE u.username = ?", normalise(username));
  }

  public Optional<ChampaUser> byId(String id) {
    return one(SELECT + " WHERE u.id = ?", id);
  }

  public long count() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM auth.users", Long.class);
  }

  /** A page of users whose name or e-mail contains {@code search}, by name. */
  public List<ChampaUser> search(String search, int offset, int limit) {
    String like = SqlLike.contains(search);
    List<ChampaUser> users = jdbc.query(SELECT + MATCHING
        + " ORDER BY u.username OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
        (row, i) -> map(row, Set.of()), like, like, offset, limit);
    return withPermissions(users);
  }

  public long countMatching(String search) {
    String like = SqlLike.contains(search);
    return jdbc.queryForObject("SELECT COUNT(*) FROM auth.users u" + MATCHING, Long.class, like, like);
  }

  public ChampaUser create(String username, String email, String passwordHash, String roleId, UserType type) {
    String id = UUID.randomUUID().toString();
    Instant now = Instant.now();
    jdbc.update("INSERT INTO auth.users (id, username, email, password_hash, role_id, user_type, status,"
        + " failed_attempts, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'active', 0, ?, ?)",
        id, normalise(username), email, passwordHash, roleId, type.code(), DbTime.toDb(now), DbTime.toDb(now));
    return byId(id).orElseThrow();
  }

  public void update(String id, String email, String roleId) {
    jdbc.update("UPDATE auth.users SET email = ?, role_id = ?, updated_at = ? WHERE id = ?", email, roleId,
        DbTime.toDb(Instant.now()), id);
  }

  public void setActive(String id, boolean active) {
    jdbc.update("UPDATE auth.users SET status = ?, updated_at = ? WHERE id = ?", active ? "active" : "disabled",
        DbTime.toDb(Instant.now()), id);
  }

  public void setPasswordHash(String id, String passwordHash) {
    jdbc.update("UPDATE auth.users SET password_hash = ?, failed_attempts = 0, locked_until = NULL, updated_at = ?"
        + " WHERE id = ?", passwordHash, DbTime.toDb(Instant.now()), id);
  }

  /** Counts a failed sign-in and locks the account when it reaches {@code maxFailures}; the new count. */
  public int recordFailure(String id, int maxFailures, Instant lockUntil) {
    jdbc.update("UPDATE auth.users SET failed_attempts = failed_attempts + 1 WHERE id = ?", id);
    int failures = jdbc.queryForObject("SELECT failed_attempts FROM auth.users WHERE id = ?", Integer.class, id);
    if (failures >= maxFailures) {
      jdbc.update("UPDATE auth.users SET locked_until = ?, failed_attempts = 0 WHERE id = ?", DbTime.toDb(lockUntil), id);
    }
    return failures;
  }

  public void recordSuccess(String id) {
    jdbc.update("UPDATE auth.users SET failed_attempts = 0, locked_until = NULL, last_login_at = ? WHERE id = ?",
        DbTime.toDb(Instant.now()), id);
  }

  public void unlock(String id) {
    jdbc.update("UPDATE auth.users SET failed_attempts = 0, locked_until = NULL, updated_at = ? WHERE id = ?",
        DbTime.toDb(Instant.now()), id);
  }

  public void delete(String id) {
    jdbc.update("DELETE FROM auth.users WHERE id = ?", id);
  }

  private Optional<ChampaUser> one(String sql, Object... args) {
    List<ChampaUser> users = withPermissions(jdbc.query(sql, (row, i) -> map(row, Set.of()), args));
    return users.stream().findFirst();
  }

  private List<ChampaUser> withPermissions(List<ChampaUser> users) {
    Map<String, Set<Permission>> byRole = new HashMap<>();
    return users.stream().map(user -> new ChampaUser(user.id(), user.username(), user.email(), user.passwordHash(),
        user.roleId(), user.roleName(), byRole.computeIfAbsent(user.roleId(), roles::permissionsOf), user.type(),
        user.active(), user.failedAttempts(), user.lockedUntil(), user.lastLoginAt(), user.createdAt())).toList();
  }

  private static ChampaUser map(ResultSet row, Set<Permission> permissions) throws SQLException {
    return new ChampaUser(row.getString("id"), row.getString("username"), row.getString("email"),
        row.getString("password_hash"), row.getString("role_id"), row.getString("role_name"),
        permissions.isEmpty() ? EnumSet.noneOf(Permission.class) : permissions,
        UserType.ofCode(row.getString("user_type")), "active".equals(row.getString("status")),
        row.getInt("failed_attempts"), DbTime.fromDb(row, "locked_until"), DbTime.fromDb(row, "last_login_at"),
        DbTime.fromDb(row, "created_at"));
  }
}
