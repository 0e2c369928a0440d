package io.champa.health;

import java.time.Instant;

/**
 * One heartbeat of one engine node, as written to {@code auth.node_heartbeats}.
 *
 * @param nodeId the node's id, unique in the cluster
 * @param host the machine's host name
 * @param engineName the process engine's name
 * @param camundaVersion the engine's version
 * @param status {@link #RUNNING}, {@link #ERROR} or, after a clean shutdown, {@link #STOPPED}
 * @param statusDetail why the status is not RUNNING, else {@code null}
 * @param startedAt when the node's engine was built
 * @param heartbeatAt when this sample was taken
 * @param intervalMs the node's heartbeat interval: readers count a node DOWN after three
 * @param lockOwner the job executor's lock owner, as in {@code ACT_RU_JOB.LOCK_OWNER_}
 * @param metricsReporter the engine's metrics reporter id, as in {@code ACT_RU_METER_LOG.REPORTER_}
 * @param jvm the JVM's figures
 * @param jobExecutor the job executor's figures
 * @param beatMicros wall time the previous beat took on the heartbeat thread (collect, write, prune)
 * @param beatCpuMicros CPU time the previous beat took on the heartbeat thread
 */
public record HeartbeatSample(
    String nodeId,
    String host,
    String engineName,
    String camundaVersion,
    String status,
    String statusDetail,
    Instant startedAt,
    Instant heartbeatAt,
    long intervalMs,
    String lockOwner,
    String metricsReporter,
    JvmSample jvm,
    JobExecutorSample jobExecutor,
    long beatMicros,
    long beatCpuMicros) {

  public static final String RUNNING = "RUNNING";
  public static final String ERROR = "ERROR";
  public static final String STOPPED = "STOPPED";
}
