package io.champa.health;

/**
 * This node's job executor at one heartbeat. The counts are this node's own since its engine
 * started, read from the engine's in-memory meters (see {@link CumulativeJobMeters}); they are
 * {@code null} when the engine's metrics are switched off.
 *
 * @param configured whether the engine has a job executor at all
 * @param active whether it is acquiring jobs now
 * @param acquisitionAttempts acquisition cycles
 * @param acquired jobs acquired (locked) for execution
 * @param acquiredFailure jobs another node locked first (optimistic-locking failures)
 * @param rejected acquired jobs the executor's queue refused
 * @param succeeded jobs executed successfully
 * @param failed job executions that threw
 */
public record JobExecutorSample(
    boolean configured,
    boolean active,
    Long acquisitionAttempts,
    Long acquired,
    Long acquiredFailure,
    Long rejected,
    Long succeeded,
    Long failed) {
}
