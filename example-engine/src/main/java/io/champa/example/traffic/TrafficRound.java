package io.champa.example.traffic;

import java.util.function.IntSupplier;
import java.util.function.LongConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One round of demo work, shared by the live simulator and the back-fill: start instances, then let
 * people, workers, the carrier and the operator act. Each step is isolated, so a failing step
 * never stops the others.
 */
public class TrafficRound {

  private static final Logger LOG = LoggerFactory.getLogger(TrafficRound.class);

  private final InstanceStarter starter;
  private final UserTaskWorker userTasks;
  private final ExternalTaskWorker externalTasks;
  private final MessageCorrelator messages;
  private final IncidentResolver incidents;
  private final TrafficStats stats;

  public TrafficRound(InstanceStarter starter, UserTaskWorker userTasks, ExternalTaskWorker externalTasks,
      MessageCorrelator messages, IncidentResolver incidents, TrafficStats stats) {
    this.starter = starter;
    this.userTasks = userTasks;
    this.externalTasks = externalTasks;
    this.messages = messages;
    this.incidents = incidents;
    this.stats = stats;
  }

  /** Starts instances (may be 0) and does one share of the work. */
  public void run(int instancesToStart, WorkShares shares) {
    if (instancesToStart > 0) {
      step("start instances", () -> starter.start(instancesToStart), stats.started::addAndGet);
    }
    step("work external tasks", () -> {
      ExternalTaskWorker.Result result = externalTasks.work(shares);
      stats.externalFailed.addAndGet(result.failed());
      stats.bpmnErrors.addAndGet(result.bpmnErrors());
      return result.completed();
    }, stats.externalCompleted::addAndGet);
    step("complete user tasks", () -> userTasks.work(shares.taskCompletion()), stats.tasks::addAndGet);
    step("deliver parcels", () -> messages.deliver(shares.delivery()), stats.messages::addAndGet);
    step("resolve incidents", () -> incidents.resolve(shares.incidentResolution()), stats.incidentsRetried::addAndGet);
  }

  private void step(String what, IntSupplier action, LongConsumer count) {
    try {
      count.accept(action.getAsInt());
    } catch (RuntimeException e) {
      stats.roundErrors.incrementAndGet();
      LOG.debug("{} failed: {}", what, e.toString(), e);
    }
  }
}
