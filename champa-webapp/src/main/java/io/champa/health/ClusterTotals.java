package io.champa.health;

import java.util.Map;

/**
 * What the whole cluster holds in the Camunda database now.
 *
 * @param activeInstances process instances running
 * @param userTasks open user tasks
 * @param externalTasks external tasks: all, locked by a worker now, with an expired lock, failed (no retries)
 * @param jobs jobs: all, due now, failed with no retries left, timers due in the next hour
 * @param incidents open incidents, those opened in the last hour (still open), and per incident type
 * @param messageSubscriptionsWaiting instances waiting for a message
 * @param signalSubscriptionsWaiting instances waiting for a signal
 * @param deployments deployments
 * @param processDefinitions process definitions, all versions
 * @param decisionDefinitions decision definitions, all versions
 */
public record ClusterTotals(
    long activeInstances,
    long userTasks,
    ExternalTasks externalTasks,
    Jobs jobs,
    Incidents incidents,
    long messageSubscriptionsWaiting,
    long signalSubscriptionsWaiting,
    long deployments,
    long processDefinitions,
    long decisionDefinitions) {

  public record ExternalTasks(long total, long locked, long expiredLocks, long failed) {
  }

  public record Jobs(long total, long due, long failedNoRetries, long timersNextHour) {
  }

  public record Incidents(long total, long openedLastHour, Map<String, Long> byType) {
  }
}
