package io.champa.health;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.champa.health.HealthScore.Inputs;

class HealthScoreTest {

  private static final Inputs HEALTHY = new Inputs(3, 0, 0, 0, 0, 0, 0, true, 5);

  @Test
  void healthyClusterScores100WithoutIssues() {
    HealthScore score = HealthScore.of(HEALTHY);
    assertThat(score.score()).isEqualTo(100);
    assertThat(score.issues()).isEmpty();
  }

  @Test
  void oneOfThreeNodesDownCostsTenPoints() {
    HealthScore score = HealthScore.of(new Inputs(3, 1, 0, 0, 0, 0, 0, true, 5));
    assertThat(score.score()).isEqualTo(90);
    assertThat(score.issues()).singleElement().satisfies(issue -> {
      assertThat(issue.code()).isEqualTo("nodesDown");
      assertThat(issue.severity()).isEqualTo("warning");
      assertThat(issue.deduction()).isEqualTo(10.0);
    });
  }

  @Test
  void errorNodesCountHalf() {
    assertThat(HealthScore.of(new Inputs(2, 0, 1, 0, 0, 0, 0, true, 5)).score()).isEqualTo(93);
  }

  @Test
  void eachSignalIsCappedAtItsWeight() {
    assertThat(HealthScore.of(new Inputs(3, 0, 0, 10_000, 0, 0, 0, true, 5)).score()).isEqualTo(85);
    assertThat(HealthScore.of(new Inputs(3, 0, 0, 0, 10_000, 0, 0, true, 5)).score()).isEqualTo(85);
    assertThat(HealthScore.of(new Inputs(3, 0, 0, 0, 0, 10_000, 0, true, 5)).score()).isEqualTo(90);
    assertThat(HealthScore.of(new Inputs(3, 0, 0, 0, 0, 0, 7, true, 5)).score()).isEqualTo(85);
    assertThat(HealthScore.of(new Inputs(3, 0, 0, 0, 0, 0, 0, true, 60_000)).score()).isEqualTo(85);
  }

  @Test
  void partialSignalsScaleLinearly() {
    assertThat(HealthScore.of(new Inputs(3, 0, 0, 25, 0, 0, 0, true, 5)).score()).isEqualTo(93);
    assertThat(HealthScore.of(new Inputs(3, 0, 0, 0, 0, 0, 1, true, 5)).score()).isEqualTo(95);
    assertThat(HealthScore.of(new Inputs(3, 0, 0, 0, 0, 0, 0, true, 550)).score()).isEqualTo(93);
    assertThat(HealthScore.of(new Inputs(3, 0, 0, 0, 0, 0, 0, true, 100)).score()).isEqualTo(100);
  }

  @Test
  void everythingWrongScoresZeroWorstIssueFirst() {
    HealthScore score = HealthScore.of(new Inputs(2, 2, 0, 500, 100, 100, 5, false, 3000));
    assertThat(score.score()).isZero();
    assertThat(score.issues()).hasSize(6).first().satisfies(issue -> {
      assertThat(issue.code()).isEqualTo("nodesDown");
      assertThat(issue.severity()).isEqualTo("critical");
    });
    assertThat(score.issues()).extracting(HealthScore.Issue::code).contains("dbDown").doesNotContain("dbLatency");
  }

  @Test
  void noNodesReportingCostsNothingForNodes() {
    assertThat(HealthScore.of(new Inputs(0, 0, 0, 0, 0, 0, 0, true, 5)).score()).isEqualTo(100);
  }
}
