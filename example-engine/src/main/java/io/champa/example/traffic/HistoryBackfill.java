package io.champa.example.traffic;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import io.champa.example.chaos.DemoRandom;
import io.champa.example.ChampaDemoProperties;
import io.champa.example.models.DemoModelDeployer;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates a month of realistic history at first start by moving the engine clock: deploys version 1
 * at the beginning and version 2 part-way through, then walks day by day in steps of a few
 * hours, starting instances in business hours and doing one round of work per step, with the
 * jobs that fall due executed here. What is still open at the end (recent instances, slow tasks,
 * unresolved incidents) stays open, as it would in a real engine.
 *
 * <p>The job executor is shut down while the clock is moved and started again afterwards. Left
 * running, it would pick up the same jobs concurrently (optimistic-locking noise, jobs run twice
 * as often) and, worse, run them with lock times computed on a clock that jumps around.
 */
public class HistoryBackfill {

  private static final Logger LOG = LoggerFactory.getLogger(HistoryBackfill.class);

  /** One step stands for three hours: long enough for work to pile up, short enough for minute-level timers. */
  private static final Duration STEP = Duration.ofHours(3);
  private static final int FIRST_BUSINESS_HOUR = 7;
  private static final int LAST_BUSINESS_HOUR = 19;
  private static final WorkShares STEP_SHARES = new WorkShares(0.45, 200, 0.08, 0.08, 0.03, 0.28);

  private final ProcessEngineConfigurationImpl engineConfiguration;
  private final DemoModelDeployer deployer;
  private final TrafficRound round;
  private final DueJobRunner jobs;
  private final TrafficStats stats;
  private final DemoRandom random;
  private final ChampaDemoProperties.Backfill settings;

  public HistoryBackfill(ProcessEngineConfigurationImpl engineConfiguration, DemoModelDeployer deployer,
      TrafficRound round, DueJobRunner jobs, TrafficStats stats, DemoRandom random,
      ChampaDemoProperties.Backfill settings) {
    this.engineConfiguration = engineConfiguration;
    this.deployer = deployer;
    this.round = round;
    this.jobs = jobs;
    this.stats = stats;
    this.random = random;
    this.settings = settings;
  }

  /** Whether there is no history yet, the only situation in which back-filling makes sense. */
  public boolean isNeeded() {
    return engineConfiguration.getHistoryService().createHistoricProcessInstanceQuery().count() == 0;
  }

  /** Generates the history, deploying both model versions on the way; ends on the real clock. */
  public void run() {
    if (settings.getV2DaysAgo() >= settings.getDays()) {
      throw new IllegalStateException("champa.demo.backfill.v2-days-ago (" + settings.getV2DaysAgo()
          + ") must be smaller than champa.demo.backfill.days (" + settings.getDays() + ")");
    }
    long began = System.nanoTime();
    JobExecutor executor = engineConfiguration.getJobExecutor();
    boolean executorWasActive = executor != null && executor.isActive();
    if (executorWasActive) {
      executor.shutdown();
    }
    Instant end = Instant.now();
    Instant start = end.minus(Duration.ofDays(settings.getDays())).truncatedTo(ChronoUnit.DAYS);
    Instant v2At = end.minus(Duration.ofDays(settings.getV2DaysAgo())).truncatedTo(ChronoUnit.DAYS)
        .plus(Duration.ofHours(9));
    try {
      walk(start, v2At, end);
    } finally {
      ClockUtil.reset();
      if (executorWasActive) {
        executor.start();
      }
    }
    LOG.info("Back-fill of {} days done in {} ms: {}", settings.getDays(),
        Duration.ofNanos(System.nanoTime() - began).toMillis(), stats.drainSummary());
  }

  private void walk(Instant start, Instant v2At, Instant end) {
    setClock(start.plus(Duration.ofHours(6)));
    deployer.deploy(1);
    boolean v2Deployed = false;
    long walkStarted = System.nanoTime();
    double perBusinessStep = settings.getInstancesPerDay()
        / (double) ((LAST_BUSINESS_HOUR - FIRST_BUSINESS_HOUR) / STEP.toHours());
    for (Instant t = start.plus(Duration.ofHours(7)); t.isBefore(end); t = t.plus(STEP)) {
      // Jitter inside the step so that starts and completions do not all share one timestamp.
      setClock(t.plus(Duration.ofMinutes(random.minutes(0, 40))));
      if (!v2Deployed && !t.isBefore(v2At)) {
        deployer.deploy(2);
        v2Deployed = true;
      }
      stats.jobs.addAndGet(jobs.runDue());
      int hour = t.atZone(ZoneOffset.UTC).getHour();
      if (hour == 7 && LOG.isDebugEnabled()) {
        LOG.debug("Back-fill reached {} after {} ms", t, Duration.ofNanos(System.nanoTime() - walkStarted).toMillis());
      }
      int toStart = hour >= FIRST_BUSINESS_HOUR && hour < LAST_BUSINESS_HOUR ? round(perBusinessStep) : 0;
      round.run(toStart, STEP_SHARES);
      setClock(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofMinutes(random.minutes(3, 50))));
      stats.jobs.addAndGet(jobs.runDue());
    }
    if (!v2Deployed) {
      deployer.deploy(2);
    }
  }

  /** Rounds randomly, so 2.5 instances per step average out to 2.5 rather than always 2 or 3. */
  private int round(double expected) {
    int whole = (int) expected;
    return whole + (random.chance(expected - whole) ? 1 : 0);
  }

  private static void setClock(Instant instant) {
    Instant capped = instant.isAfter(Instant.now()) ? Instant.now() : instant;
    ClockUtil.setCurrentTime(Date.from(capped));
  }
}
