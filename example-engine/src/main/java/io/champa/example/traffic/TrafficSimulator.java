package io.champa.example.traffic;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.champa.example.ChampaDemoProperties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Live traffic: on its own single scheduler thread, every tick starts instances and works tasks,
 * external tasks, messages and incidents; the job executor runs the async jobs meanwhile. A tick
 * can never kill the scheduler (every failure is caught), and {@link #stop()} waits for the
 * running tick so the engine is not closed under it.
 */
public class TrafficSimulator {

  private static final Logger LOG = LoggerFactory.getLogger(TrafficSimulator.class);
  private static final Duration SUMMARY_EVERY = Duration.ofMinutes(1);

  private final TrafficRound round;
  private final TrafficStats stats;
  private final ChampaDemoProperties.Traffic settings;
  private ScheduledExecutorService scheduler;
  private long lastSummaryNanos;

  public TrafficSimulator(TrafficRound round, TrafficStats stats, ChampaDemoProperties.Traffic settings) {
    this.round = round;
    this.stats = stats;
    this.settings = settings;
  }

  /** Starts ticking; calling it twice has no further effect. */
  public synchronized void start() {
    if (scheduler != null) {
      return;
    }
    scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "champa-demo-traffic");
      thread.setDaemon(true);
      return thread;
    });
    lastSummaryNanos = System.nanoTime();
    long millis = settings.getInterval().toMillis();
    scheduler.scheduleWithFixedDelay(this::tick, millis, millis, TimeUnit.MILLISECONDS);
    LOG.info("Demo traffic started: {} instance(s) every {}", settings.getInstancesPerTick(), settings.getInterval());
  }

  /** Stops ticking and waits briefly for a tick in progress. */
  public synchronized void stop() {
    if (scheduler == null) {
      return;
    }
    scheduler.shutdown();
    try {
      if (!scheduler.awaitTermination(10, TimeUnit.SECONDS)) {
        scheduler.shutdownNow();
      }
    } catch (InterruptedException e) {
      scheduler.shutdownNow();
      Thread.currentThread().interrupt();
    }
    scheduler = null;
  }

  void tick() {
    try {
      round.run(settings.getInstancesPerTick(), shares());
      logSummaryOncePerMinute();
    } catch (Throwable e) {
      // A throwable escaping would silently cancel every future tick of the scheduled task.
      LOG.warn("Demo traffic tick failed: {}", e.toString());
    }
  }

  private WorkShares shares() {
    return new WorkShares(settings.getTaskCompletionShare(), settings.getExternalTasksPerTick(),
        settings.getExternalTaskFailureShare(), 0.08, settings.getIncidentResolutionShare(),
        settings.getMessageShare());
  }

  private void logSummaryOncePerMinute() {
    long now = System.nanoTime();
    if (now - lastSummaryNanos >= SUMMARY_EVERY.toNanos()) {
      lastSummaryNanos = now;
      LOG.info("Demo traffic, last minute: {}", stats.drainSummary());
    }
  }
}
