package io.champa.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class NodeClassifierTest {

  private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

  @Test
  void freshBeatIsRunning() {
    assertThat(NodeClassifier.classify(row("RUNNING", NOW.minusSeconds(5)), NOW)).isEqualTo(NodeStatus.RUNNING);
  }

  @Test
  void threeMissedIntervalsMakeANodeDown() {
    assertThat(NodeClassifier.classify(row("RUNNING", NOW.minusSeconds(30)), NOW)).isEqualTo(NodeStatus.RUNNING);
    assertThat(NodeClassifier.classify(row("RUNNING", NOW.minusSeconds(31)), NOW)).isEqualTo(NodeStatus.DOWN);
  }

  @Test
  void cleanShutdownIsDownAtOnce() {
    assertThat(NodeClassifier.classify(row("STOPPED", NOW.minusSeconds(1)), NOW)).isEqualTo(NodeStatus.DOWN);
  }

  @Test
  void reportedFaultIsErrorWhileBeatsArriveAndDownWhenTheyStop() {
    assertThat(NodeClassifier.classify(row("ERROR", NOW.minusSeconds(2)), NOW)).isEqualTo(NodeStatus.ERROR);
    assertThat(NodeClassifier.classify(row("ERROR", NOW.minusSeconds(60)), NOW)).isEqualTo(NodeStatus.DOWN);
  }

  static HeartbeatRow row(String status, Instant at) {
    return new HeartbeatRow("node-a", "host-a", "default", "7.24.0", status, null, at.minusSeconds(600), at, 10_000,
        "owner-a", "reporter-a", 100L * 1048576, 400L * 1048576, 10L, 50L, 1L, 30L, 40, 45, 20, 0.1, 1.5, 4, 120L,
        65536L, true, 100L, 50L, 0L, 0L, 48L, 2L, 900L, 800L);
  }
}
