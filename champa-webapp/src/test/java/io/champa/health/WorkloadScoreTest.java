package io.champa.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class WorkloadScoreTest {

  @Test
  void evenShareIs100AndTwiceTheMeanIs200() {
    assertThat(WorkloadScore.scores(Map.of("a", 100L, "b", 100L))).containsEntry("a", 100).containsEntry("b", 100);
    assertThat(WorkloadScore.scores(Map.of("a", 200L, "b", 100L, "c", 0L)))
        .containsEntry("a", 200).containsEntry("b", 100).containsEntry("c", 0);
  }

  @Test
  void noWorkAnywhereGivesNoScores() {
    assertThat(WorkloadScore.scores(Map.of("a", 0L, "b", 0L))).isEmpty();
    assertThat(WorkloadScore.scores(Map.of())).isEmpty();
  }

  @Test
  void nodeWithoutMetricsIsLeftOutOfTheMean() {
    Map<String, Long> executions = new HashMap<>();
    executions.put("a", 50L);
    executions.put("b", null);
    assertThat(WorkloadScore.scores(executions)).containsOnlyKeys("a").containsEntry("a", 100);
  }
}
