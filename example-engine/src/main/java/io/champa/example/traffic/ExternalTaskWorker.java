package io.champa.example.traffic;

import java.time.Duration;
import java.util.List;

import io.champa.example.chaos.DemoRandom;
import io.champa.example.chaos.FailureInjector;

import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.externaltask.ExternalTaskQueryBuilder;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;

/**
 * Plays the external workers of every demo topic: fetches and locks a batch, completes most tasks,
 * throws the topic's BPMN error for some, and fails some technically with one retry fewer each
 * time, so that exhausted retries turn into incidents.
 */
public class ExternalTaskWorker {

  private static final long LOCK_MILLIS = Duration.ofMinutes(5).toMillis();
  private static final long RETRY_MILLIS = Duration.ofMinutes(2).toMillis();
  private static final int DEFAULT_RETRIES = 3;

  private final ExternalTaskService externalTaskService;
  private final ExternalTaskOutcomes outcomes;
  private final DemoRandom random;
  private final FailureInjector failures;
  private final String workerId;

  public ExternalTaskWorker(ExternalTaskService externalTaskService, ExternalTaskOutcomes outcomes,
      DemoRandom random, FailureInjector failures, String workerId) {
    this.externalTaskService = externalTaskService;
    this.outcomes = outcomes;
    this.random = random;
    this.failures = failures;
    this.workerId = workerId;
  }

  /** Works one batch; returns the counts of what happened. */
  public Result work(WorkShares shares) {
    ExternalTaskQueryBuilder fetch = externalTaskService.fetchAndLock(shares.externalTasks(), workerId);
    for (String topic : ExternalTaskOutcomes.TOPICS) {
      fetch = fetch.topic(topic, LOCK_MILLIS).enableCustomObjectDeserialization();
    }
    List<LockedExternalTask> tasks = fetch.execute();
    int completed = 0;
    int failed = 0;
    int errors = 0;
    for (LockedExternalTask task : tasks) {
      String error = outcomes.bpmnError(task.getTopicName());
      if (error != null && random.chance(shares.bpmnError())) {
        errors += Attempts.run("bpmn error " + task.getId(), () -> externalTaskService.handleBpmnError(
            task.getId(), workerId, error, "Declined by " + task.getTopicName())) ? 1 : 0;
      } else if (failures.shouldFail(task.getProcessInstanceId(), task.getActivityId(), shares.externalFailure())) {
        failed += Attempts.run("fail external task " + task.getId(), () -> fail(task)) ? 1 : 0;
      } else {
        completed += Attempts.run("complete external task " + task.getId(), () -> externalTaskService.complete(
            task.getId(), workerId, outcomes.variables(task.getTopicName(), task.getBusinessKey()))) ? 1 : 0;
      }
    }
    return new Result(completed, failed, errors);
  }

  private void fail(LockedExternalTask task) {
    int retries = task.getRetries() == null ? DEFAULT_RETRIES : task.getRetries();
    String message = outcomes.failureMessage(task.getTopicName());
    externalTaskService.handleFailure(task.getId(), workerId, message,
        message + "\n\tat worker " + workerId + " (topic " + task.getTopicName() + ")",
        Math.max(0, retries - 1), RETRY_MILLIS);
  }

  /** Counts of one batch. */
  public record Result(int completed, int failed, int bpmnErrors) {
  }
}
