package io.champa.health;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-reads the light health view in the background, on one daemon thread, and keeps it with its
 * Prometheus text already rendered: a scrape of the light metrics, the Micrometer gauges and the
 * actuator health indicator read only what is here, never the database. A failed refresh keeps
 * the last good values (their age is a metric) and is logged once per run of failures.
 */
public class HealthRefresher implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(HealthRefresher.class);

  private final HealthMonitor monitor;
  private final Duration interval;
  private final boolean legacyNames;
  private final List<Consumer<HealthSnapshot>> listeners = new CopyOnWriteArrayList<>();
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
    Thread thread = new Thread(runnable, "champa-health-refresher");
    thread.setDaemon(true);
    return thread;
  });
  private volatile Current current;
  private volatile boolean failing;

  /** The latest snapshot, its light samples and their text. */
  public record Current(HealthSnapshot snapshot, List<HealthMetrics.Sample> samples, String text, Instant refreshedAt,
      long refreshMillis) {
  }

  public HealthRefresher(HealthMonitor monitor, Duration interval, boolean legacyNames) {
    this.monitor = monitor;
    this.interval = interval;
    this.legacyNames = legacyNames;
  }

  public void start() {
    scheduler.scheduleWithFixedDelay(this::refreshSafely, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Called with each new snapshot, on the refresher's thread. */
  public void onRefresh(Consumer<HealthSnapshot> listener) {
    listeners.add(listener);
  }

  /** The latest values, or null before the first refresh finished. */
  public Current current() {
    return current;
  }

  public boolean legacyNames() {
    return legacyNames;
  }

  void refreshSafely() {
    try {
      refresh();
      if (failing) {
        LOG.info("Champa health refresh works again");
        failing = false;
      }
    } catch (RuntimeException e) {
      if (!failing) {
        LOG.warn("Champa health refresh failed; keeping the last values and retrying every {}: {}", interval,
            e.getMessage());
        failing = true;
      }
    }
  }

  /** Reads the light view now; the refresher's thread does this every interval. */
  public Current refresh() {
    long start = System.nanoTime();
    HealthSnapshot snapshot = monitor.light();
    List<HealthMetrics.Sample> samples = HealthMetrics.light(snapshot, legacyNames);
    long millis = (System.nanoTime() - start) / 1_000_000;
    String text = HealthMetrics.text(samples) + "# HELP champa_health_refresh_duration_seconds Time the last"
        + " background refresh took\n# TYPE champa_health_refresh_duration_seconds gauge\n"
        + "champa_health_refresh_duration_seconds " + (millis / 1000.0) + "\n";
    Current next = new Current(snapshot, samples, text, Instant.now(), millis);
    current = next;
    listeners.forEach(listener -> listener.accept(snapshot));
    return next;
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
  }
}
