package io.champa.example.traffic;

import java.util.List;

import io.champa.example.chaos.DemoRandom;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Plays the carrier: correlates {@code ParcelDelivered} on the business key for a share of the
 * shipments that wait for it. A fixed share of parcels (chosen by business key) is never
 * delivered, so the shipping timer fires and someone has to investigate.
 */
public class MessageCorrelator {

  static final String PARCEL_DELIVERED = "ParcelDelivered";

  private final RuntimeService runtimeService;
  private final DemoRandom random;

  public MessageCorrelator(RuntimeService runtimeService, DemoRandom random) {
    this.runtimeService = runtimeService;
    this.random = random;
  }

  /** Correlates about {@code share} of the waiting deliveries; returns how many were correlated. */
  public int deliver(double share) {
    List<EventSubscription> waiting = runtimeService.createEventSubscriptionQuery()
        .eventType("message").eventName(PARCEL_DELIVERED).listPage(0, 200);
    int delivered = 0;
    for (EventSubscription subscription : waiting) {
      if (!random.chance(share)) {
        continue;
      }
      ProcessInstance instance = runtimeService.createProcessInstanceQuery()
          .processInstanceId(subscription.getProcessInstanceId()).singleResult();
      if (instance == null || isLost(instance.getBusinessKey())) {
        continue;
      }
      if (Attempts.run("correlate " + PARCEL_DELIVERED, () -> runtimeService
          .createMessageCorrelation(PARCEL_DELIVERED)
          .processInstanceBusinessKey(instance.getBusinessKey())
          .setVariable("deliveryStatus", "DELIVERED")
          .correlate())) {
        delivered++;
      }
    }
    return delivered;
  }

  /** About one parcel in 25 gets lost; the same key always decides the same way. */
  static boolean isLost(String businessKey) {
    return businessKey != null && Math.floorMod(businessKey.hashCode(), 25) == 0;
  }
}
