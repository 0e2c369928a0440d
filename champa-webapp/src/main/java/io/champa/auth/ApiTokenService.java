package io.champa.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * Creates and checks API tokens. A token is 32 random bytes behind the prefix {@code champa_};
 * only its SHA-256 is stored (a salted slow hash adds nothing to 256 random bits, and every
 * request must check it quickly).
 */
public class ApiTokenService {

  public static final String PREFIX = "champa_";
  private static final Duration MARK_USED_EVERY = Duration.ofMinutes(1);

  private final ApiTokenStore store;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  public ApiTokenService(ApiTokenStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** A new token, with the secret that is shown exactly once. */
  public Created create(String userId, String name, Integer lifetimeDays) {
    byte[] secret = new byte[32];
    random.nextBytes(secret);
    String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    String id = UUID.randomUUID().toString();
    Instant now = clock.instant();
    Instant expiresAt = lifetimeDays == null ? null : now.plus(Duration.ofDays(lifetimeDays));
    store.insert(id, userId, name, hash(token), now, expiresAt);
    return new Created(store.byId(id).orElseThrow(), token);
  }

  /** What a presented token is: unknown, revoked, expired or valid. */
  public Check check(String token) {
    Optional<ApiToken> found = store.byHash(hash(token));
    if (found.isEmpty()) {
      return new Check(Status.UNKNOWN, null);
    }
    ApiToken apiToken = found.get();
    Instant now = clock.instant();
    if (apiToken.revoked()) {
      return new Check(Status.REVOKED, apiToken);
    }
    if (apiToken.expiresAt() != null && !apiToken.expiresAt().isAfter(now)) {
      return new Check(Status.EXPIRED, apiToken);
    }
    if (apiToken.lastUsedAt() == null || Duration.between(apiToken.lastUsedAt(), now).compareTo(MARK_USED_EVERY) >= 0) {
      store.markUsed(apiToken.id(), now);
    }
    return new Check(Status.VALID, apiToken);
  }

  public static boolean looksLikeToken(String credential) {
    return credential != null && credential.startsWith(PREFIX);
  }

  static String hash(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  /** A created token and its one-time secret. */
  public record Created(ApiToken token, String secret) {
  }

  /** Outcome of checking a presented token. */
  public enum Status {
    VALID, EXPIRED, REVOKED, UNKNOWN
  }

  /** A status and, unless unknown, the token's record. */
  public record Check(Status status, ApiToken token) {
  }
}
