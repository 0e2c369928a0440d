package io.champa.auth.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

import io.champa.auth.Permission;
import io.champa.auth.RequiresPermission;
import io.champa.auth.Role;
import io.champa.auth.RoleAdministration;
import io.champa.auth.SignedInUser;
import io.champa.web.ChampaApi;
import jakarta.servlet.http.HttpServletRequest;

/** Roles and the permissions they grant; system roles are read-only. */
@ChampaApi
@RequestMapping("/admin")
@RequiresPermission(Permission.MANAGE_ROLES)
public class RoleAdminController {

  private final RoleAdministration roles;

  public RoleAdminController(RoleAdministration roles) {
    this.roles = roles;
  }

  @GetMapping("/roles")
  public Items<RoleView> list() {
    return new Items<>(roles.all().stream().map(RoleView::of).toList());
  }

  @GetMapping("/permissions")
  public Items<PermissionView> permissions() {
    return new Items<>(roles.permissionDescriptions().entrySet().stream()
        .map(entry -> new PermissionView(entry.getKey(), entry.getValue())).toList());
  }

  @PostMapping("/roles")
  @ResponseStatus(HttpStatus.CREATED)
  public RoleView create(@RequestBody RoleChange body, @RequestAttribute(SignedInUser.ATTRIBUTE) SignedInUser user,
      HttpServletRequest request) {
    UserAdminController.require(body != null, "A body with name, description and permissions is required");
    return RoleView.of(roles.create(body.name(), body.description(), body.permissions(), UserAdminController.actor(user, request)));
  }

  @PutMapping("/roles/{id}")
  public RoleView update(@PathVariable String id, @RequestBody RoleChange body,
      @RequestAttribute(SignedInUser.ATTRIBUTE) SignedInUser user, HttpServletRequest request) {
    UserAdminController.require(body != null, "A body with name, description and permissions is required");
    return RoleView.of(roles.update(id, body.name(), body.description(), body.permissions(),
        UserAdminController.actor(user, request)));
  }

  @DeleteMapping("/roles/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void delete(@PathVariable String id, @RequestAttribute(SignedInUser.ATTRIBUTE) SignedInUser user,
      HttpServletRequest request) {
    roles.delete(id, UserAdminController.actor(user, request));
  }

  /** A list answer. */
  public record Items<T>(List<T> items) {
  }

  /** A role as the API shows it. */
  public record RoleView(String id, String name, String description, boolean system, List<String> permissions, long userCount) {
    static RoleView of(Role role) {
      return new RoleView(role.id(), role.name(), role.description(), role.system(),
          role.permissions().stream().map(Permission::code).sorted().toList(), role.userCount());
    }
  }

  /** A permission and what it allows. */
  public record PermissionView(String name, String description) {
  }

  /** A role to create or change. */
  public record RoleChange(String name, String description, List<String> permissions) {
  }
}
