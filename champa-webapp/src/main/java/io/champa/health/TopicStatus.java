package io.champa.health;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * External tasks of one topic, and how recently a worker was seen on it.
 *
 * <p>Camunda records no fetch event. What is observable: a lock that ends in the future (a worker
 * fetched and works now; then {@code secondsSinceWorkerActivity} is 0), and in the external task
 * log the last completion or failure (a worker fetched the task just before). So
 * {@code lastWorkerActivity} is the latest such sign, a lower bound for the last fetch.
 *
 * @param topic the topic name
 * @param total tasks of the topic
 * @param open tasks waiting for a worker (unlocked or lock expired, retries left, not suspended)
 * @param locked tasks a worker holds now
 * @param expiredLocks tasks whose worker's lock ran out before it reported back
 * @param failed tasks with no retries left (an incident)
 * @param oldestOpenSince creation time of the oldest waiting task
 * @param lastWorkerActivity the latest sign of a worker on the topic (see above), null if none in the window
 * @param secondsSinceWorkerActivity seconds since then, null if none
 * @param noWorker whether tasks have waited longer than the no-worker threshold with no worker seen for as long
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TopicStatus(
    String topic,
    long total,
    long open,
    long locked,
    long expiredLocks,
    long failed,
    Instant oldestOpenSince,
    Instant lastWorkerActivity,
    Long secondsSinceWorkerActivity,
    boolean noWorker) {
}
