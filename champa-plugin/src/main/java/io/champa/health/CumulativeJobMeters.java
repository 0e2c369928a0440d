package io.champa.health;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.metrics.Meter;
import org.camunda.bpm.engine.impl.metrics.MetricsRegistry;
import org.camunda.bpm.engine.management.Metrics;

/**
 * This node's job-executor counts since its engine started.
 *
 * <p>Why not the metrics query: {@code ManagementService.createMetricsQuery()} reads
 * {@code ACT_RU_METER_LOG}, which the engine fills only every 15 minutes by default, and reading
 * it is a database query per beat. The engine's in-memory meters are exact and this node's own,
 * but its reporter resets them ({@code getAndClear}) at each flush. So each job meter in the
 * engine's {@link MetricsRegistry} is replaced, before the engine starts, by one that also
 * keeps a running total: one extra atomic add per event, and the engine's own reporting is
 * unchanged.
 */
final class CumulativeJobMeters {

  static final String[] NAMES = { Metrics.JOB_ACQUISITION_ATTEMPT, Metrics.JOB_ACQUIRED_SUCCESS,
      Metrics.JOB_ACQUIRED_FAILURE, Metrics.JOB_EXECUTION_REJECTED, Metrics.JOB_SUCCESSFUL, Metrics.JOB_FAILED };

  private final Map<String, Meter> meters;

  private CumulativeJobMeters(Map<String, Meter> meters) {
    this.meters = meters;
  }

  /** Installs the counting meters; without engine metrics, an instance that reports nothing. */
  static CumulativeJobMeters install(ProcessEngineConfigurationImpl configuration) {
    MetricsRegistry registry = configuration.getMetricsRegistry();
    if (!configuration.isMetricsEnabled() || registry == null || registry.getDbMeters() == null) {
      return new CumulativeJobMeters(null);
    }
    Map<String, Meter> dbMeters = registry.getDbMeters();
    for (String name : NAMES) {
      Meter existing = dbMeters.get(name);
      if (existing != null && !(existing instanceof Counting)) {
        dbMeters.put(name, new Counting(name, existing.get()));
      }
    }
    return new CumulativeJobMeters(dbMeters);
  }

  /** The running total of a meter, {@code null} when metrics are off or the meter is absent. */
  Long total(String name) {
    if (meters == null) {
      return null;
    }
    return meters.get(name) instanceof Counting counting ? counting.total.get() : null;
  }

  /** A meter that also remembers everything it was ever marked with. */
  static final class Counting extends Meter {

    private final AtomicLong total;

    Counting(String name, long initial) {
      super(name);
      counter.set(initial);
      total = new AtomicLong(initial);
    }

    @Override
    public void markTimes(long times) {
      super.markTimes(times);
      total.addAndGet(times);
    }

    @Override
    public void mark() {
      markTimes(1);
    }
  }
}
