package io.champa.health;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;

/**
 * Registers the light health samples as gauges in the host's {@link MeterRegistry}, so the host's
 * {@code /actuator/prometheus} shows them too. Gauges read the refresher's latest values; series
 * that disappear (a node dropped from the list) are removed after the next refresh.
 * {@code camunda_cluster_info} is left out: Prometheus clients reserve the {@code _info} suffix
 * for info metrics, which Micrometer has no gauge for.
 */
public class HealthMeters {

  private static final Logger LOG = LoggerFactory.getLogger(HealthMeters.class);

  private final MeterRegistry registry;
  private final Map<String, Double> values = new ConcurrentHashMap<>();
  private final Map<String, Gauge> gauges = new ConcurrentHashMap<>();

  public HealthMeters(MeterRegistry registry) {
    this.registry = registry;
  }

  /** Takes a refresh's samples: new series are registered, vanished ones removed. */
  public synchronized void update(List<HealthMetrics.Sample> samples) {
    Map<String, HealthMetrics.Sample> now = new HashMap<>();
    for (HealthMetrics.Sample sample : samples) {
      if (!sample.name().endsWith("_info")) {
        now.put(key(sample), sample);
      }
    }
    now.forEach((key, sample) -> {
      values.put(key, sample.value());
      gauges.computeIfAbsent(key, k -> register(k, sample));
    });
    gauges.keySet().removeIf(key -> {
      if (now.containsKey(key)) {
        return false;
      }
      Gauge gauge = gauges.get(key);
      if (gauge != null) {
        registry.remove(gauge);
      }
      values.remove(key);
      return true;
    });
  }

  private Gauge register(String key, HealthMetrics.Sample sample) {
    Tags tags = Tags.empty();
    for (Map.Entry<String, String> label : sample.labels().entrySet()) {
      tags = tags.and(label.getKey(), label.getValue());
    }
    try {
      return Gauge.builder(sample.name(), values, map -> map.getOrDefault(key, Double.NaN))
          .description(sample.help().isEmpty() ? null : sample.help()).tags(tags).register(registry);
    } catch (RuntimeException e) {
      LOG.debug("Gauge {} not registered: {}", sample.name(), e.getMessage());
      return null;
    }
  }

  private static String key(HealthMetrics.Sample sample) {
    return sample.name() + sample.labels();
  }
}
