package io.champa.example.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class DemoRandomTest {

  @Test
  void sameSeedGivesSameChoices() {
    DemoRandom first = new DemoRandom(new Random(3));
    DemoRandom second = new DemoRandom(new Random(3));

    List<String> a = IntStream.range(0, 20).mapToObj(i -> first.pick(List.of("x", "y", "z"))).toList();
    List<String> b = IntStream.range(0, 20).mapToObj(i -> second.pick(List.of("x", "y", "z"))).toList();

    assertThat(a).isEqualTo(b);
  }

  @Test
  void chanceOfZeroNeverHappensAndOneAlwaysDoes() {
    DemoRandom random = new DemoRandom(new Random(1));

    assertThat(IntStream.range(0, 1000).noneMatch(i -> random.chance(0))).isTrue();
    assertThat(IntStream.range(0, 1000).allMatch(i -> random.chance(1))).isTrue();
  }

  @Test
  void weightedPickNeverChoosesAZeroWeight() {
    DemoRandom random = new DemoRandom(new Random(5));

    List<String> picks = IntStream.range(0, 2000)
        .mapToObj(i -> random.pickWeighted(List.of("never", "often", "rarely"), new double[] {0, 9, 1})).toList();

    assertThat(picks).doesNotContain("never");
    assertThat(picks.stream().filter("often"::equals).count()).isGreaterThan(1600);
  }

  @Test
  void weightedPickNeedsAPositiveWeight() {
    DemoRandom random = new DemoRandom(new Random(5));

    assertThatIllegalArgumentException()
        .isThrownBy(() -> random.pickWeighted(List.of("a"), new double[] {0}));
  }

  @Test
  void amountsStayInRangeWithCents() {
    DemoRandom random = new DemoRandom(new Random(9));

    IntStream.range(0, 1000).mapToDouble(i -> random.amount(15, 9000)).forEach(amount -> {
      assertThat(amount).isBetween(15.0, 9000.0);
      assertThat(Math.round(amount * 100) / 100.0).isEqualTo(amount);
    });
  }
}
