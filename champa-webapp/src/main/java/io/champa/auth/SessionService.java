package io.champa.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.champa.cache.KeyValueCache;

/**
 * Opens, checks, slides and ends sessions. The database is the record; the shared cache (Redis,
 * when configured) spares it a read per request. A revocation deletes the cached copy, so every
 * node refuses the session on its next request; with Redis down every node reads the database,
 * and nobody is signed out.
 */
public class SessionService {

  private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
  private static final Duration CACHE_AT_MOST = Duration.ofMinutes(5);
  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

  private final SessionStore store;
  private final KeyValueCache cache;
  private final SecuritySettings settings;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  public SessionService(SessionStore store, KeyValueCache cache, SecuritySettings settings, Clock clock) {
    this.store = store;
    this.cache = cache;
    this.settings = settings;
    this.clock = clock;
  }

  public Session open(String userId, boolean rememberMe, RequestInfo request) {
    Instant now = clock.instant();
    byte[] id = new byte[32];
    random.nextBytes(id);
    Session session = new Session(Base64.getUrlEncoder().withoutPadding().encodeToString(id), userId, now, now,
        now.plus(idleTimeout(rememberMe)), rememberMe, request.ip(), request.userAgent(), null);
    store.insert(session);
    cache(session);
    return session;
  }

  /** The latest a token for this session may be used, however active the session is. */
  public Instant hardExpiry(Session session) {
    return session.createdAt().plus(session.rememberMe() ? settings.rememberMeTimeout() : settings.sessionMaxLifetime());
  }

  /** What a request's session id leads to; an active session is slid forward. */
  public Check check(String sessionId) {
    Optional<Session> found = find(sessionId);
    if (found.isEmpty()) {
      return new Check(Status.UNKNOWN, null);
    }
    Session session = found.get();
    Instant now = clock.instant();
    if (session.revokedAt() != null) {
      return new Check(Status.REVOKED, session);
    }
    if (!session.expiresAt().isAfter(now) || !hardExpiry(session).isAfter(now)) {
      return new Check(Status.EXPIRED, session);
    }
    if (Duration.between(session.lastSeenAt(), now).compareTo(TOUCH_EVERY) >= 0) {
      session = session.touched(now, now.plus(idleTimeout(session.rememberMe())));
      store.touch(session.id(), session.lastSeenAt(), session.expiresAt());
      cache(session);
    }
    return new Check(Status.ACTIVE, session);
  }

  public boolean revoke(String sessionId) {
    boolean revoked = store.revoke(sessionId, clock.instant());
    cache.delete(key(sessionId));
    return revoked;
  }

  /** Ends every session of a user but {@code keep} (may be null); the ids ended. */
  public List<String> revokeAllOf(String userId, String keep) {
    List<String> ids = store.revokeAllOf(userId, keep, clock.instant());
    ids.forEach(id -> cache.delete(key(id)));
    return ids;
  }

  public List<Session> active(int limit) {
    return store.active(clock.instant(), limit);
  }

  public Optional<Session> byId(String sessionId) {
    return store.byId(sessionId);
  }

  private Optional<Session> find(String sessionId) {
    Optional<Session> cached = cache.get(key(sessionId)).flatMap(SessionService::parse);
    if (cached.isPresent()) {
      return cached;
    }
    Optional<Session> stored = store.byId(sessionId);
    stored.filter(session -> session.revokedAt() == null).ifPresent(this::cache);
    return stored;
  }

  private void cache(Session session) {
    Duration left = Duration.between(clock.instant(), session.expiresAt());
    if (left.isNegative() || left.isZero()) {
      return;
    }
    try {
      cache.put(key(session.id()), JSON.writeValueAsString(session), left.compareTo(CACHE_AT_MOST) < 0 ? left : CACHE_AT_MOST);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot serialise a session", e);
    }
  }

  private static Optional<Session> parse(String json) {
    try {
      return Optional.of(JSON.readValue(json, Session.class));
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }

  private Duration idleTimeout(boolean rememberMe) {
    return rememberMe ? settings.rememberMeTimeout() : settings.sessionTimeout();
  }

  private static String key(String sessionId) {
    return "champa:session:" + sessionId;
  }

  /** The outcome of checking a session id. */
  public enum Status {
    ACTIVE, EXPIRED, REVOKED, UNKNOWN
  }

  /** A status and, unless unknown, the session. */
  public record Check(Status status, Session session) {
  }
}
