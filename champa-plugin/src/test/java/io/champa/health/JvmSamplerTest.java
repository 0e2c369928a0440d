package io.champa.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class JvmSamplerTest {

  @Test
  void collectorsAreClassifiedYoungOrOld() {
    assertThat(List.of("G1 Young Generation", "PS Scavenge", "ParNew", "Copy", "ZGC Minor Cycles", "scavenge",
        "partial gc")).allMatch(JvmSampler::isYoung);
    assertThat(List.of("G1 Old Generation", "G1 Concurrent GC", "PS MarkSweep", "ConcurrentMarkSweep",
        "MarkSweepCompact", "ZGC Major Cycles", "ZGC Cycles", "Shenandoah Cycles", "global")).noneMatch(JvmSampler::isYoung);
  }

  @Test
  void sampleReadsThisJvm() {
    JvmSample sample = new JvmSampler().sample();

    assertThat(sample.heapUsed()).isPositive();
    assertThat(sample.heapMax()).isGreaterThanOrEqualTo(sample.heapUsed());
    assertThat(sample.heapUtilizationPercent()).isBetween(0.0, 100.0);
    assertThat(sample.threads()).isPositive();
    assertThat(sample.threadsPeak()).isGreaterThanOrEqualTo(sample.threads());
    assertThat(sample.cpuCount()).isPositive();
  }
}
