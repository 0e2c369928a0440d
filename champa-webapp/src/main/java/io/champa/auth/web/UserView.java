package io.champa.auth.web;

import java.time.Instant;
import java.util.List;

import io.champa.auth.ChampaUser;
import io.champa.auth.Permission;

/** A user as the API shows it: never the password hash. */
public record UserView(String id, String username, String email, String role, String type, String status,
    Instant lockedUntil, Instant lastLoginAt, Instant createdAt) {

  static UserView of(ChampaUser user) {
    return new UserView(user.id(), user.username(), user.email(), user.roleName(), user.type().code(),
        user.active() ? "active" : "disabled", user.lockedUntil(), user.lastLoginAt(), user.createdAt());
  }

  /** The signed-in user as login and {@code /auth/me} describe them. */
  public record Me(String id, String username, String email, String role, List<String> permissions) {

    static Me of(ChampaUser user) {
      return new Me(user.id(), user.username(), user.email(), user.roleName(),
          user.permissions().stream().map(Permission::code).sorted().toList());
    }
  }
}
