package io.champa.example.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import io.champa.example.chaos.DemoRandom;

import org.junit.jupiter.api.Test;

class DemoDataTest {

  private final DemoData data = new DemoData(new DemoRandom(new Random(11)), new BusinessKeys(prefix -> 0));

  @Test
  void onlyEntryProcessesAreStarted() {
    List<StartRequest> requests = IntStream.range(0, 500).mapToObj(i -> data.next(Year.of(2026))).toList();

    assertThat(requests).extracting(StartRequest::processKey).containsOnlyElementsOf(DemoData.ENTRY_PROCESSES);
    assertThat(requests).extracting(StartRequest::processKey).contains("order-fulfillment", "invoice-approval",
        "loan-application", "customer-onboarding");
  }

  @Test
  void ordersGetOrderKeysAndEverythingThePaymentAndDiscountDecisionsRead() {
    StartRequest order = data.forProcess("order-fulfillment", Year.of(2026));

    assertThat(order.businessKey()).isEqualTo("ORD-2026-00001");
    assertThat(order.variables()).containsKeys("amount", "country", "paymentMethod", "customerTier", "itemCount",
        "weightKg", "customerName", "customerEmail");
    assertThat(order.variables().get("amount")).isInstanceOf(Double.class);
  }

  @Test
  void theSanctionedCountryOfPaymentRiskRuleOneIsNeverProduced() {
    assertThat(IntStream.range(0, 2000).mapToObj(i -> data.forProcess("order-fulfillment", Year.of(2026)))
        .map(order -> order.variables().get("country"))).doesNotContain("KP");
  }

  @Test
  void aParcelIsLostOrNotByItsBusinessKeyAlone() {
    long lost = IntStream.range(0, 2500).mapToObj(i -> String.format("ORD-2026-%05d", i))
        .filter(MessageCorrelator::isLost).count();

    assertThat(MessageCorrelator.isLost("ORD-2026-00042")).isEqualTo(MessageCorrelator.isLost("ORD-2026-00042"));
    assertThat(lost).isBetween(50L, 150L);
  }
}
