package io.champa.health;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ProductPropertiesUtil;
import org.camunda.bpm.engine.management.Metrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes this engine node's heartbeat to the shared system database on one daemon thread:
 * the latest sample per node plus a history for charts, which it prunes itself. A failing write
 * is logged (once per run of failures) and retried at the next beat; it never touches the engine.
 *
 * <p>It stops when {@link #close()} is called (the Spring starter does so on shutdown) or, in a
 * container without such a hook, when it sees that its engine was closed.
 */
public final class NodeHeartbeat implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(NodeHeartbeat.class);
  private static final Duration PRUNE_EVERY = Duration.ofMinutes(10);

  private final NodeHeartbeatSettings settings;
  private final HeartbeatStore store;
  private final JvmSampler jvm = new JvmSampler();
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private final Clock clock;
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
    Thread thread = new Thread(runnable, "champa-heartbeat");
    thread.setDaemon(true);
    return thread;
  });

  private ProcessEngineConfigurationImpl configuration;
  private ProcessEngine engine;
  private CumulativeJobMeters jobMeters;
  private Instant startedAt;
  private boolean watchRegistration;
  private volatile boolean jobExecutorWasActive;
  private volatile boolean failing;
  private volatile long lastBeatMicros;
  private volatile long lastBeatCpuMicros;
  private Instant lastPrune = Instant.EPOCH;
  private volatile boolean closed;

  public NodeHeartbeat(NodeHeartbeatSettings settings, Clock clock) {
    this.settings = settings;
    this.store = new HeartbeatStore(settings.dataSource());
    this.clock = clock;
  }

  /** Counts job-executor events from now on; call before the engine is built (plugin {@code postInit}). */
  public void instrument(ProcessEngineConfigurationImpl engineConfiguration) {
    this.jobMeters = CumulativeJobMeters.install(engineConfiguration);
  }

  /** Starts beating for a built engine: the first beat at once, on the heartbeat thread. */
  public void start(ProcessEngine processEngine) {
    this.engine = processEngine;
    this.configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    if (jobMeters == null) {
      jobMeters = CumulativeJobMeters.install(configuration);
    }
    this.startedAt = clock.instant();
    JobExecutor jobExecutor = configuration.getJobExecutor();
    this.watchRegistration = jobExecutor != null && processEngine instanceof ProcessEngineImpl impl
        && jobExecutor.hasRegisteredEngine(impl);
    scheduler.scheduleWithFixedDelay(this::beatSafely, 0, settings.interval().toMillis(), TimeUnit.MILLISECONDS);
    LOG.info("Champa heartbeat of node '{}' every {} ms", settings.nodeId(), settings.interval().toMillis());
  }

  public String nodeId() {
    return settings.nodeId();
  }

  private void beatSafely() {
    if (engineWasClosed()) {
      LOG.info("Engine '{}' was closed; Champa heartbeat of node '{}' stops", engine.getName(), settings.nodeId());
      close();
      return;
    }
    try {
      beatOnce();
      if (failing) {
        LOG.info("Champa heartbeat of node '{}' is written again", settings.nodeId());
        failing = false;
      }
    } catch (SQLException | RuntimeException e) {
      if (!failing) {
        LOG.warn("Champa heartbeat of node '{}' could not be written; retrying every {} ms: {}", settings.nodeId(),
            settings.interval().toMillis(), e.getMessage());
        failing = true;
      }
    }
  }

  /** One beat: sample, write, and now and then prune. Package-private for tests and the benchmark. */
  void beatOnce() throws SQLException {
    long wallStart = System.nanoTime();
    long cpuStart = cpuNanos();
    Instant now = clock.instant();
    store.write(sample(now));
    if (Duration.between(lastPrune, now).compareTo(PRUNE_EVERY) >= 0) {
      int removed = store.prune(now.minus(settings.historyRetention()));
      lastPrune = now;
      LOG.debug("Pruned {} heartbeat rows older than {}", removed, settings.historyRetention());
    }
    lastBeatMicros = (System.nanoTime() - wallStart) / 1_000;
    lastBeatCpuMicros = Math.max(0, cpuNanos() - cpuStart) / 1_000;
  }

  HeartbeatSample sample(Instant now) {
    JobExecutorSample jobs = jobExecutor();
    String status = HeartbeatSample.RUNNING;
    String detail = null;
    if (jobs.configured() && !jobs.active() && (jobExecutorWasActive || configuration.isJobExecutorActivate())) {
      status = HeartbeatSample.ERROR;
      detail = "The job executor is configured but not active";
    }
    jobExecutorWasActive |= jobs.active();
    JobExecutor jobExecutor = configuration.getJobExecutor();
    return new HeartbeatSample(settings.nodeId(), settings.host(), engine.getName(),
        ProductPropertiesUtil.getProductVersion(), status, detail, startedAt, now, settings.interval().toMillis(),
        jobExecutor == null ? null : jobExecutor.getLockOwner(), metricsReporter(), jvm.sample(), jobs,
        lastBeatMicros, lastBeatCpuMicros);
  }

  private JobExecutorSample jobExecutor() {
    JobExecutor jobExecutor = configuration.getJobExecutor();
    return new JobExecutorSample(jobExecutor != null, jobExecutor != null && jobExecutor.isActive(),
        jobMeters.total(Metrics.JOB_ACQUISITION_ATTEMPT), jobMeters.total(Metrics.JOB_ACQUIRED_SUCCESS),
        jobMeters.total(Metrics.JOB_ACQUIRED_FAILURE), jobMeters.total(Metrics.JOB_EXECUTION_REJECTED),
        jobMeters.total(Metrics.JOB_SUCCESSFUL), jobMeters.total(Metrics.JOB_FAILED));
  }

  private String metricsReporter() {
    var reporter = configuration.getDbMetricsReporter();
    return reporter == null || reporter.getMetricsCollectionTask() == null ? null
        : reporter.getMetricsCollectionTask().getReporter();
  }

  /** Closing an engine unregisters it from its job executor; a container may never call {@link #close()}. */
  private boolean engineWasClosed() {
    return watchRegistration && !configuration.getJobExecutor().hasRegisteredEngine((ProcessEngineImpl) engine);
  }

  private long cpuNanos() {
    return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : 0;
  }

  /** Stops beating and marks the node stopped, so it shows DOWN at once rather than after three intervals. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    scheduler.shutdown();
    try {
      if (!scheduler.awaitTermination(5, TimeUnit.SECONDS)) {
        scheduler.shutdownNow();
      }
      if (startedAt != null) {
        store.markStopped(settings.nodeId(), clock.instant());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (SQLException | RuntimeException e) {
      LOG.debug("Could not mark node '{}' stopped: {}", settings.nodeId(), e.getMessage());
    }
  }
}
