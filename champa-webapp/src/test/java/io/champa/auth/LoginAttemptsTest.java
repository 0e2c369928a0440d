package io.champa.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LoginAttemptsTest {

  private final MutableClock clock = new MutableClock();
  private final SecuritySettings settings = new SecuritySettings(Duration.ofHours(1), Duration.ofDays(30),
      Duration.ofHours(12), 5, Duration.ofMinutes(15), 3, 2, Duration.ofMinutes(5), false, false, Map.of(), "");
  private final LoginAttempts attempts = new LoginAttempts(settings, clock);

  @Test
  void attemptsOverTheLimitWaitUntilTheWindowMoves() {
    assertThat(attempts.register("1.2.3.4", "a")).isZero();
    assertThat(attempts.register("1.2.3.4", "a")).isZero();
    assertThat(attempts.register("1.2.3.4", "a")).isPositive();

    clock.advance(Duration.ofMinutes(6));

    assertThat(attempts.register("1.2.3.4", "a")).isZero();
  }

  @Test
  void perAddressLimitCountsAcrossUserNames() {
    attempts.register("5.6.7.8", "a");
    attempts.register("5.6.7.8", "b");
    attempts.register("5.6.7.8", "c");

    assertThat(attempts.register("5.6.7.8", "d")).isPositive();
  }

  @Test
  void unknownUserNameLocksAfterTheSameNumberOfFailuresAndUnlocksWhenTheTimeIsUp() {
    for (int i = 1; i < 5; i++) {
      assertThat(attempts.unknownUserFailed("ghost")).isNull();
    }
    Instant until = attempts.unknownUserFailed("ghost");

    assertThat(until).isEqualTo(clock.instant().plus(Duration.ofMinutes(15)));
    assertThat(attempts.unknownUserLockedUntil("ghost")).isEqualTo(until);
    clock.advance(Duration.ofMinutes(16));
    assertThat(attempts.unknownUserLockedUntil("ghost")).isNull();
  }

  static final class MutableClock extends Clock {
    private Instant now = Instant.parse("2026-12-01T10:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
