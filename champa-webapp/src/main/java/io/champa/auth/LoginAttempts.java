package io.champa.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * In-memory counters for sign-in attempts on this node: a sliding-window rate limit per client
 * address and per user name, and the lock-out of user names that do not exist — so that five
 * failures look the same for a real and an unknown account and nobody can probe which exists.
 * Real accounts are locked in the database, for every node.
 */
public class LoginAttempts {

  private static final int MAX_TRACKED = 100_000;

  private final SecuritySettings settings;
  private final Clock clock;
  private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();
  private final Map<String, Integer> unknownFailures = new ConcurrentHashMap<>();
  private final Map<String, Instant> unknownLockedUntil = new ConcurrentHashMap<>();

  public LoginAttempts(SecuritySettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  /** Counts an attempt; the seconds to wait when over a limit, else 0. */
  public long register(String ip, String username) {
    Instant now = clock.instant();
    long waitIp = count("ip:" + ip, settings.loginAttemptsPerIp(), now);
    long waitUser = count("user:" + username, settings.loginAttemptsPerUsername(), now);
    return Math.max(waitIp, waitUser);
  }

  /** A failure for a user name that does not exist; when it locks, until when. */
  public Instant unknownUserFailed(String username) {
    int failures = unknownFailures.merge(username, 1, Integer::sum);
    if (failures >= settings.maxFailedAttempts()) {
      unknownFailures.remove(username);
      Instant until = clock.instant().plus(settings.lockDuration());
      unknownLockedUntil.put(username, until);
      return until;
    }
    return null;
  }

  public Instant unknownUserLockedUntil(String username) {
    Instant until = unknownLockedUntil.get(username);
    if (until != null && !until.isAfter(clock.instant())) {
      unknownLockedUntil.remove(username);
      return null;
    }
    return until;
  }

  private long count(String key, int limit, Instant now) {
    if (attempts.size() > MAX_TRACKED) {
      attempts.clear();
    }
    Deque<Instant> window = attempts.computeIfAbsent(key, k -> new ArrayDeque<>());
    synchronized (window) {
      Instant start = now.minus(settings.loginWindow());
      while (!window.isEmpty() && window.peekFirst().isBefore(start)) {
        window.pollFirst();
      }
      if (window.size() >= limit) {
        return Math.max(1, Duration.between(now, window.peekFirst().plus(settings.loginWindow())).toSeconds());
      }
      window.addLast(now);
      return 0;
    }
  }
}
