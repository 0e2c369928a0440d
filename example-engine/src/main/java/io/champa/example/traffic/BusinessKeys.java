package io.champa.example.traffic;

import java.time.Year;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToLongFunction;

/**
 * Business keys such as {@code ORD-2026-00042}: a prefix per process, the year, and a number that
 * keeps counting across restarts (it starts after the instances the engine already knows), because
 * journeys correlate messages by business key and two live orders must never share one.
 */
public class BusinessKeys {

  private final Map<String, AtomicLong> counters = new ConcurrentHashMap<>();
  private final ToLongFunction<String> existingCount;

  /** @param existingCount how many keys with a prefix exist already, asked once per prefix */
  public BusinessKeys(ToLongFunction<String> existingCount) {
    this.existingCount = existingCount;
  }

  /** The next key for a prefix in the given year. */
  public String next(String prefix, Year year) {
    long number = counters
        .computeIfAbsent(prefix, p -> new AtomicLong(existingCount.applyAsLong(p)))
        .incrementAndGet();
    return String.format("%s-%d-%05d", prefix, year.getValue(), number);
  }
}
