package io.champa.example.chaos;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides when a simulated backend fails, so that jobs and external tasks fail, retry and end up as
 * incidents the way they do in production. Two kinds of failure: transient ones (a random share of
 * attempts, which a retry usually fixes) and broken cases (a stable share of process instances per
 * activity, which fail every attempt until an operator retries the incident, see {@link #recovered}).
 * Without the second kind, three failures in a row would be too rare to ever produce an incident.
 */
public class FailureInjector {

  private final DemoRandom random;
  private final double share;
  private final Set<String> recoveredInstances = ConcurrentHashMap.newKeySet();

  public FailureInjector(DemoRandom random, double share) {
    this.random = random;
    this.share = share;
  }

  /**
   * Throws a {@link SimulatedFailure} when this attempt fails.
   *
   * @param factor how fragile this backend is relative to the configured share (1 = as configured)
   */
  public void maybeFail(String processInstanceId, String activityId, double factor, String message) {
    if (shouldFail(processInstanceId, activityId, share * factor)) {
      throw new SimulatedFailure(message);
    }
  }

  /** Whether an attempt at this activity of this instance fails, for a failure share of {@code failShare}. */
  public boolean shouldFail(String processInstanceId, String activityId, double failShare) {
    if (failShare <= 0) {
      return false;
    }
    boolean broken = !recoveredInstances.contains(processInstanceId)
        && Math.floorMod((processInstanceId + "/" + activityId).hashCode(), 10_000) < failShare * 0.5 * 10_000;
    return broken || random.chance(failShare);
  }

  /** The operator fixed what broke this instance: its broken attempts succeed from now on. */
  public void recovered(String processInstanceId) {
    recoveredInstances.add(processInstanceId);
  }

  /** The exception the demo throws on purpose; its message is what Cockpit shows on the incident. */
  public static class SimulatedFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SimulatedFailure(String message) {
      super(message);
    }
  }
}
