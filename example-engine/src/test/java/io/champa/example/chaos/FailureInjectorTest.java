package io.champa.example.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class FailureInjectorTest {

  @Test
  void aShareOfZeroNeverFails() {
    FailureInjector failures = new FailureInjector(new DemoRandom(new Random(1)), 0);

    assertThat(IntStream.range(0, 1000).noneMatch(i -> failures.shouldFail("pi-" + i, "Task", 0))).isTrue();
  }

  @Test
  void aBrokenCaseKeepsFailingUntilRecovered() {
    FailureInjector failures = new FailureInjector(new DemoRandom(new Random(1)), 0.2);
    String broken = IntStream.range(0, 10_000).mapToObj(i -> "pi-" + i)
        .filter(id -> IntStream.range(0, 20).allMatch(attempt -> failures.shouldFail(id, "Task", 0.2)))
        .findFirst().orElseThrow();

    failures.recovered(broken);

    assertThat(IntStream.range(0, 50).filter(attempt -> !failures.shouldFail(broken, "Task", 0.2)).count())
        .isGreaterThan(25);
  }
}
