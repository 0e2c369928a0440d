package io.champa.example.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;

import org.junit.jupiter.api.Test;

class BusinessKeysTest {

  @Test
  void keysHavePrefixYearAndFiveDigitNumber() {
    BusinessKeys keys = new BusinessKeys(prefix -> 41);

    assertThat(keys.next("ORD", Year.of(2026))).isEqualTo("ORD-2026-00042");
  }

  @Test
  void numbersContinueAfterTheKeysTheEngineAlreadyHas() {
    BusinessKeys keys = new BusinessKeys(prefix -> prefix.equals("INV") ? 7 : 0);

    assertThat(keys.next("INV", Year.of(2026))).isEqualTo("INV-2026-00008");
    assertThat(keys.next("INV", Year.of(2026))).isEqualTo("INV-2026-00009");
    assertThat(keys.next("ORD", Year.of(2026))).isEqualTo("ORD-2026-00001");
  }

  @Test
  void existingKeysAreCountedOncePerPrefix() {
    int[] asked = {0};
    BusinessKeys keys = new BusinessKeys(prefix -> {
      asked[0]++;
      return 0;
    });

    keys.next("ORD", Year.of(2026));
    keys.next("ORD", Year.of(2026));

    assertThat(asked[0]).isEqualTo(1);
  }
}
