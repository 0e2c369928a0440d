package io.champa.auth;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

import io.champa.system.DbTime;

/** Roles and their permissions in {@code auth.roles} and {@code auth.role_permissions}. */
public class RoleStore {

  private static final String SELECT = """
      SELECT r.id, r.name, r.description, r.system_role,
             (SELECT COUNT(*) FROM auth.users u WHERE u.role_id = r.id) AS user_count
      FROM auth.roles r
      """;

  private final JdbcTemplate jdbc;

  public RoleStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public List<Role> all() {
    return jdbc.query(SELECT + " ORDER BY r.system_role DESC, r.name", (row, i) -> new Role(row.getString("id"),
        row.getString("name"), row.getString("description"), row.getBoolean("system_role"),
        permissionsOf(row.getString("id")), row.getLong("user_count")));
  }

  public Optional<Role> byId(String id) {
    return all().stream().filter(role -> role.id().equals(id)).findFirst();
  }

  public Optional<Role> byName(String name) {
    return all().stream().filter(role -> role.name().equals(name)).findFirst();
  }

  public Set<Permission> permissionsOf(String roleId) {
    Set<Permission> permissions = EnumSet.noneOf(Permission.class);
    jdbc.query("SELECT permission FROM auth.role_permissions WHERE role_id = ?",
        row -> { permissions.add(Permission.ofCode(row.getString(1))); }, roleId);
    return permissions;
  }

  public java.util.Map<String, String> permissionDescriptions() {
    java.util.Map<String, String> stored = new java.util.HashMap<>();
    jdbc.query("SELECT name, description FROM auth.permissions", row -> { stored.put(row.getString(1), row.getString(2)); });
    java.util.Map<String, String> ordered = new java.util.LinkedHashMap<>();
    for (Permission permission : Permission.values()) {
      ordered.put(permission.code(), stored.getOrDefault(permission.code(), ""));
    }
    return ordered;
  }

  public Role create(String name, String description, Collection<Permission> permissions) {
    String id = UUID.randomUUID().toString();
    jdbc.update("INSERT INTO auth.roles (id, name, description, system_role, created_at) VALUES (?, ?, ?, FALSE, ?)",
        id, name, description, DbTime.toDb(Instant.now()));
    replacePermissions(id, permissions);
    return byId(id).orElseThrow();
  }

  public void update(String id, String name, String description, Collection<Permission> permissions) {
    jdbc.update("UPDATE auth.roles SET name = ?, description = ? WHERE id = ?", name, description, id);
    replacePermissions(id, permissions);
  }

  public void delete(String id) {
    jdbc.update("DELETE FROM auth.roles WHERE id = ? AND system_role = FALSE", id);
  }

  private void replacePermissions(String roleId, Collection<Permission> permissions) {
    jdbc.update("DELETE FROM auth.role_permissions WHERE role_id = ?", roleId);
    for (Permission permission : Set.copyOf(permissions)) {
      jdbc.update("INSERT INTO auth.role_permissions (role_id, permission) VALUES (?, ?)", roleId, permission.code());
    }
  }
}
