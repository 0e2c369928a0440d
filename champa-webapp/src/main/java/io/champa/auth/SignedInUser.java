package io.champa.auth;

import java.util.Set;

/**
 * Who is calling, as established for this request, and how.
 *
 * @param userId the Champa user id
 * @param username the user name
 * @param role the role name
 * @param permissions what the role grants
 * @param sessionId the server-side session, or {@code null} for an API token
 * @param via how the request proved who it is
 * @param csrfToken the session's CSRF token, for cookie sessions
 */
public record SignedInUser(String userId, String username, String role, Set<Permission> permissions,
    String sessionId, Credential via, String csrfToken) {

  /** The request attribute under which the filter stores the caller. */
  public static final String ATTRIBUTE = "io.champa.auth.SignedInUser";

  public SignedInUser {
    permissions = Set.copyOf(permissions);
  }

  /** How a request proved who it is. */
  public enum Credential {
    COOKIE, BEARER_SESSION, API_TOKEN
  }

  public boolean has(Permission permission) {
    return permissions.contains(Permission.FULL_ACCESS) || permissions.contains(permission);
  }
}
