package io.champa.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class ChampaDemoPropertiesTest {

  @Test
  void defaultsRunTrafficAndBackfillAMonth() {
    ChampaDemoProperties properties = new ChampaDemoProperties();

    assertThat(properties.getTraffic().isEnabled()).isTrue();
    assertThat(properties.getTraffic().getInterval()).isEqualTo(Duration.ofSeconds(2));
    assertThat(properties.getBackfill().isEnabled()).isTrue();
    assertThat(properties.getBackfill().getDays()).isEqualTo(30);
  }

  @Test
  void aShareAboveOneFailsNamingTheProperty() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ChampaDemoProperties().getTraffic().setTaskCompletionShare(1.5))
        .withMessageContaining("champa.demo.traffic.task-completion-share");
  }

  @Test
  void aZeroIntervalFailsNamingTheProperty() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ChampaDemoProperties().getTraffic().setInterval(Duration.ZERO))
        .withMessageContaining("champa.demo.traffic.interval");
  }

  @Test
  void zeroBackfillDaysFailNamingTheProperty() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ChampaDemoProperties().getBackfill().setDays(0))
        .withMessageContaining("champa.demo.backfill.days");
  }
}
