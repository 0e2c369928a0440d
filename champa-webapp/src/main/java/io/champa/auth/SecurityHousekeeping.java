package io.champa.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.champa.auth.audit.AuditLog;

/**
 * Once an hour: deletes sessions that ended a day ago and audit rows past their retention. Every
 * node does it; the deletes are idempotent, so several nodes doing it do no harm.
 */
public class SecurityHousekeeping implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(SecurityHousekeeping.class);

  private final SessionStore sessions;
  private final AuditLog audit;
  private final Duration auditRetention;
  private final Clock clock;
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
    Thread thread = new Thread(runnable, "champa-security-housekeeping");
    thread.setDaemon(true);
    return thread;
  });

  public SecurityHousekeeping(SessionStore sessions, AuditLog audit, Duration auditRetention, Clock clock) {
    this.sessions = sessions;
    this.audit = audit;
    this.auditRetention = auditRetention;
    this.clock = clock;
  }

  public void start() {
    scheduler.scheduleWithFixedDelay(this::runOnce, 1, 60, TimeUnit.MINUTES);
  }

  void runOnce() {
    try {
      int ended = sessions.deleteEndedBefore(clock.instant().minus(Duration.ofDays(1)));
      int expired = audit.deleteOlderThan(clock.instant().minus(auditRetention));
      if (ended + expired > 0) {
        LOG.info("Removed {} ended sessions and {} audit rows older than {}", ended, expired, auditRetention);
      }
    } catch (RuntimeException e) {
      LOG.warn("Security housekeeping failed; next try in an hour: {}", e.getMessage());
    }
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
  }
}
