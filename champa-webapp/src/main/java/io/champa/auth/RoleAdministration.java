package io.champa.auth;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.champa.auth.audit.AuditAction;
import io.champa.auth.audit.AuditLog;
import io.champa.web.ApiProblem;

/** Custom roles: create, change, delete, audited. System roles are refused with 409. */
public class RoleAdministration {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_-]{1,63}");

  private final RoleStore roles;
  private final AuditLog audit;

  public RoleAdministration(RoleStore roles, AuditLog audit) {
    this.roles = roles;
    this.audit = audit;
  }

  public List<Role> all() {
    return roles.all();
  }

  /** Every permission with its description, in declaration order. */
  public java.util.Map<String, String> permissionDescriptions() {
    return roles.permissionDescriptions();
  }

  public Role create(String name, String description, List<String> permissionCodes, Actor actor) {
    checkName(name);
    if (roles.byName(name).isPresent()) {
      throw ApiProblem.conflict("A role named '" + name + "' exists already");
    }
    Role role = roles.create(name, description(description), permissions(permissionCodes));
    audit.record(actor.audit(AuditAction.ROLE_CREATED, "role", name, codes(role.permissions())));
    return role;
  }

  public Role update(String id, String name, String description, List<String> permissionCodes, Actor actor) {
    Role role = custom(id);
    checkName(name);
    roles.byName(name).filter(other -> !other.id().equals(id)).ifPresent(other -> {
      throw ApiProblem.conflict("A role named '" + name + "' exists already");
    });
    Set<Permission> permissions = permissions(permissionCodes);
    roles.update(id, name, description(description), permissions);
    audit.record(actor.audit(AuditAction.ROLE_UPDATED, "role", name,
        (role.name().equals(name) ? "" : "renamed from " + role.name() + "; ") + codes(permissions)));
    return roles.byId(id).orElseThrow();
  }

  public void delete(String id, Actor actor) {
    Role role = custom(id);
    if (role.userCount() > 0) {
      throw ApiProblem.conflict("Role '" + role.name() + "' still has " + role.userCount() + " user(s)");
    }
    roles.delete(id);
    audit.record(actor.audit(AuditAction.ROLE_DELETED, "role", role.name(), null));
  }

  private Role custom(String id) {
    Role role = roles.byId(id).orElseThrow(() -> ApiProblem.notFound("No role " + id));
    if (role.system()) {
      throw ApiProblem.conflict("System role '" + role.name() + "' cannot be changed or deleted");
    }
    return role;
  }

  private static void checkName(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw ApiProblem.badRequest("A role name has 2 to 64 characters: lower-case letters, digits, '_', '-'");
    }
  }

  private static String description(String description) {
    if (description != null && description.length() > 400) {
      throw ApiProblem.badRequest("A description has at most 400 characters");
    }
    return description;
  }

  private static Set<Permission> permissions(List<String> codes) {
    if (codes == null) {
      throw ApiProblem.badRequest("permissions is required (it may be empty)");
    }
    try {
      return Set.copyOf(codes.stream().map(Permission::ofCode).toList());
    } catch (IllegalArgumentException e) {
      throw ApiProblem.badRequest(e.getMessage());
    }
  }

  private static String codes(Set<Permission> permissions) {
    return "permissions " + permissions.stream().map(Permission::code).sorted().toList();
  }
}
