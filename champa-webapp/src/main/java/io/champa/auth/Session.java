package io.champa.auth;

import java.time.Instant;

/**
 * A server-side session: what a signed-in token points to, so logout and revocation act at once.
 *
 * @param id random, unguessable
 * @param userId whose session
 * @param createdAt when signed in
 * @param lastSeenAt last request (updated at most once a minute)
 * @param expiresAt idle expiry, moved forward on use
 * @param rememberMe whether it is a long remember-me session
 * @param ip the address it was created from
 * @param userAgent the browser it was created from
 * @param revokedAt when ended by logout or an administrator, or {@code null}
 */
public record Session(String id, String userId, Instant createdAt, Instant lastSeenAt, Instant expiresAt,
    boolean rememberMe, String ip, String userAgent, Instant revokedAt) {

  public boolean activeAt(Instant now) {
    return revokedAt == null && expiresAt.isAfter(now);
  }

  Session touched(Instant now, Instant newExpiry) {
    return new Session(id, userId, createdAt, now, newExpiry, rememberMe, ip, userAgent, revokedAt);
  }
}
