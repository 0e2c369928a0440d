package io.champa.example.delegates;

import io.champa.example.traffic.DemoRandom;

/**
 * Decides when a delegate simulates a technical failure (a timeout, an unavailable backend), so
 * that async jobs fail, retry and end up as incidents the way they do in production.
 */
public class FailureInjector {

  private final DemoRandom random;
  private final double share;

  public FailureInjector(DemoRandom random, double share) {
    this.random = random;
    this.share = share;
  }

  /** Throws a {@link SimulatedFailure} with the given message for the configured share of calls. */
  public void maybeFail(String message) {
    maybeFail(1.0, message);
  }

  /** Like {@link #maybeFail(String)} with the share scaled by {@code factor}, for less fragile steps. */
  public void maybeFail(double factor, String message) {
    if (random.chance(share * factor)) {
      throw new SimulatedFailure(message);
    }
  }

  /** The exception the demo throws on purpose; its message is what Cockpit shows on the incident. */
  public static class SimulatedFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SimulatedFailure(String message) {
      super(message);
    }
  }
}
