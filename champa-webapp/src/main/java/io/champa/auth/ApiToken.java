package io.champa.auth;

import java.time.Instant;

/**
 * An API token's record; the token itself is never stored, only its SHA-256.
 *
 * @param id stable id
 * @param userId owner
 * @param username owner's name
 * @param name what the token is for
 * @param createdAt when created
 * @param expiresAt when it stops working, {@code null} for never
 * @param lastUsedAt last request made with it (updated at most once a minute)
 * @param revoked whether revoked
 */
public record ApiToken(String id, String userId, String username, String name, Instant createdAt, Instant expiresAt,
    Instant lastUsedAt, boolean revoked) {
}
