package io.champa.example;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the example engine's demo data: the failure rate of its delegates, the live traffic
 * simulator and the one-off history back-fill.
 */
@ConfigurationProperties(prefix = "champa.demo")
public class ChampaDemoProperties {

  /** Share (0 to 1) of JavaDelegate calls that throw a simulated technical error. */
  private double delegateFailureShare = 0.05;

  /** Seed of the demo's random generator; 0 means a different seed on every start. */
  private long randomSeed = 0;

  private final Traffic traffic = new Traffic();

  private final Backfill backfill = new Backfill();

  public double getDelegateFailureShare() {
    return delegateFailureShare;
  }

  public void setDelegateFailureShare(double delegateFailureShare) {
    this.delegateFailureShare = share("champa.demo.delegate-failure-share", delegateFailureShare);
  }

  public long getRandomSeed() {
    return randomSeed;
  }

  public void setRandomSeed(long randomSeed) {
    this.randomSeed = randomSeed;
  }

  public Traffic getTraffic() {
    return traffic;
  }

  public Backfill getBackfill() {
    return backfill;
  }

  static double share(String property, double value) {
    if (value < 0 || value > 1) {
      throw new IllegalArgumentException(property + " must be between 0 and 1, was " + value);
    }
    return value;
  }

  static int positive(String property, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(property + " must be at least 1, was " + value);
    }
    return value;
  }

  /** Live traffic: what the simulator does on every tick. */
  public static class Traffic {

    /** Whether the traffic simulator starts instances and works tasks while the application runs. */
    private boolean enabled = true;

    /** Time between two ticks of the simulator. */
    private Duration interval = Duration.ofSeconds(2);

    /** Process instances started per tick, spread over the entry processes. */
    private int instancesPerTick = 1;

    /** Share (0 to 1) of open user tasks completed on each tick. */
    private double taskCompletionShare = 0.15;

    /** Most external tasks fetched and locked per tick. */
    private int externalTasksPerTick = 10;

    /** Share (0 to 1) of external tasks the worker fails instead of completing. */
    private double externalTaskFailureShare = 0.1;

    /** Share (0 to 1) of open incidents resolved (retries set back to 1) on each tick. */
    private double incidentResolutionShare = 0.02;

    /** Share (0 to 1) of waiting parcels whose delivery message is correlated on each tick. */
    private double messageShare = 0.1;

    /** Worker id the simulator uses to fetch and lock external tasks. */
    private String workerId = "champa-demo-worker";

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public Duration getInterval() {
      return interval;
    }

    public void setInterval(Duration interval) {
      if (interval.isNegative() || interval.isZero()) {
        throw new IllegalArgumentException("champa.demo.traffic.interval must be positive, was " + interval);
      }
      this.interval = interval;
    }

    public int getInstancesPerTick() {
      return instancesPerTick;
    }

    public void setInstancesPerTick(int instancesPerTick) {
      this.instancesPerTick = positive("champa.demo.traffic.instances-per-tick", instancesPerTick);
    }

    public double getTaskCompletionShare() {
      return taskCompletionShare;
    }

    public void setTaskCompletionShare(double taskCompletionShare) {
      this.taskCompletionShare = share("champa.demo.traffic.task-completion-share", taskCompletionShare);
    }

    public int getExternalTasksPerTick() {
      return externalTasksPerTick;
    }

    public void setExternalTasksPerTick(int externalTasksPerTick) {
      this.externalTasksPerTick = positive("champa.demo.traffic.external-tasks-per-tick", externalTasksPerTick);
    }

    public double getExternalTaskFailureShare() {
      return externalTaskFailureShare;
    }

    public void setExternalTaskFailureShare(double externalTaskFailureShare) {
      this.externalTaskFailureShare =
          share("champa.demo.traffic.external-task-failure-share", externalTaskFailureShare);
    }

    public double getIncidentResolutionShare() {
      return incidentResolutionShare;
    }

    public void setIncidentResolutionShare(double incidentResolutionShare) {
      this.incidentResolutionShare =
          share("champa.demo.traffic.incident-resolution-share", incidentResolutionShare);
    }

    public double getMessageShare() {
      return messageShare;
    }

    public void setMessageShare(double messageShare) {
      this.messageShare = share("champa.demo.traffic.message-share", messageShare);
    }

    public String getWorkerId() {
      return workerId;
    }

    public void setWorkerId(String workerId) {
      this.workerId = workerId;
    }
  }

  /** One-off back-fill: a month of history generated at first start by moving the engine clock. */
  public static class Backfill {

    /** Whether to generate history at first start, when the engine has no history yet. */
    private boolean enabled = true;

    /** How many days back the generated history reaches. */
    private int days = 30;

    /** Process instances started per simulated day, across all entry processes. */
    private int instancesPerDay = 30;

    /** How many days ago version 2 of the demo models is deployed during the back-fill. */
    private int v2DaysAgo = 12;

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public int getDays() {
      return days;
    }

    public void setDays(int days) {
      this.days = positive("champa.demo.backfill.days", days);
    }

    public int getInstancesPerDay() {
      return instancesPerDay;
    }

    public void setInstancesPerDay(int instancesPerDay) {
      this.instancesPerDay = positive("champa.demo.backfill.instances-per-day", instancesPerDay);
    }

    public int getV2DaysAgo() {
      return v2DaysAgo;
    }

    public void setV2DaysAgo(int v2DaysAgo) {
      this.v2DaysAgo = positive("champa.demo.backfill.v2-days-ago", v2DaysAgo);
    }
  }
}
