package io.champa.example.traffic;

import io.champa.example.chaos.DemoRandom;
import io.champa.example.chaos.FailureInjector;

import java.util.Random;

import org.camunda.bpm.engine.ProcessEngine;

/**
 * Drives an instance to its end in a test, with the demo's own actors set to never fail: due jobs,
 * external tasks, user tasks and parcel deliveries, round after round.
 */
public class DemoJourneyDriver {

  private static final WorkShares EVERYTHING = new WorkShares(1.0, 100, 0, 0, 0, 1.0);

  private final ProcessEngine engine;
  private final TrafficRound round;
  private final DueJobRunner jobs;

  public DemoJourneyDriver(ProcessEngine engine) {
    this.engine = engine;
    DemoRandom random = new DemoRandom(new Random(42));
    FailureInjector noFailures = new FailureInjector(random, 0);
    this.round = new TrafficRound(null,
        new UserTaskWorker(engine.getTaskService(), new TaskOutcomes(random), random),
        new ExternalTaskWorker(engine.getExternalTaskService(), new ExternalTaskOutcomes(), random, noFailures,
            "test-worker"),
        new MessageCorrelator(engine.getRuntimeService(), random),
        new IncidentResolver(engine.getRuntimeService(), engine.getManagementService(),
            engine.getExternalTaskService(), random, noFailures),
        new TrafficStats());
    this.jobs = new DueJobRunner(engine.getManagementService());
  }

  /** Works rounds until the process instance has ended; returns the rounds used, fails after {@code maxRounds}. */
  public int driveUntilEnded(String processInstanceId, int maxRounds) {
    for (int i = 1; i <= maxRounds; i++) {
      jobs.runDue();
      round.run(0, EVERYTHING);
      if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(processInstanceId).count() == 0) {
        return i;
      }
    }
    throw new AssertionError("instance " + processInstanceId + " still running after " + maxRounds + " rounds");
  }
}
