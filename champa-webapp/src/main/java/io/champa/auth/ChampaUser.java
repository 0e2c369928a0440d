package io.champa.auth;

import java.time.Instant;
import java.util.Set;

/**
 * A Champa user with the role it has; never serialised as such (it carries the password hash).
 *
 * @param id stable id
 * @param username unique, stored lower-case
 * @param email optional
 * @param passwordHash PBKDF2 hash, {@code null} for API and Camunda users
 * @param roleId the one role
 * @param roleName that role's name
 * @param permissions what that role grants
 * @param type how the user signs in
 * @param active whether the user may sign in and use tokens
 * @param failedAttempts failed sign-ins since the last success
 * @param lockedUntil until when sign-in is refused, or {@code null}
 * @param lastLoginAt last successful sign-in
 * @param createdAt when created
 */
public record ChampaUser(String id, String username, String email, String passwordHash, String roleId,
    String roleName, Set<Permission> permissions, UserType type, boolean active, int failedAttempts,
    Instant lockedUntil, Instant lastLoginAt, Instant createdAt) {

  public boolean lockedAt(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }
}
