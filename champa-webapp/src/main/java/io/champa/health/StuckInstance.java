package io.champa.health;

import java.time.Instant;

/**
 * A process instance running longer than the stuck threshold.
 *
 * @param id the process instance id
 * @param definitionKey its process definition key
 * @param businessKey its business key
 * @param startTime when it started
 * @param runningDays whole days since then
 */
public record StuckInstance(String id, String definitionKey, String businessKey, Instant startTime, long runningDays) {
}
