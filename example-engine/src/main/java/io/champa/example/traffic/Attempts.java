package io.champa.example.traffic;

import io.champa.example.chaos.FailureInjector.SimulatedFailure;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one unit of demo work and keeps its failure local: a task that cannot be completed must not
 * stop the rest of the round. Conflicts with the job executor ({@link OptimisticLockingException})
 * are normal; engine errors are expected too (the demo fails on purpose), so both stay at DEBUG.
 */
final class Attempts {

  private static final Logger LOG = LoggerFactory.getLogger(Attempts.class);

  private Attempts() {
  }

  /** Runs the action; returns whether it succeeded. */
  static boolean run(String what, Runnable action) {
    try {
      action.run();
      return true;
    } catch (OptimisticLockingException e) {
      LOG.debug("{}: concurrent modification, skipped", what);
    } catch (SimulatedFailure | ProcessEngineException e) {
      LOG.debug("{} failed: {}", what, e.getMessage());
    } catch (RuntimeException e) {
      LOG.warn("{} failed unexpectedly: {}", what, e.toString());
      LOG.debug("{} failure details", what, e);
    }
    return false;
  }
}
