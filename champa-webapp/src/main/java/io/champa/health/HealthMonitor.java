package io.champa.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.camunda.bpm.engine.impl.util.ProductPropertiesUtil;

import io.champa.health.HeartbeatReader.HistoryPoint;

/**
 * Reads the health view: nodes from their heartbeats (plus engine nodes without Champa), cluster
 * totals, topics and databases from the Camunda database, and the score over all of them. Each
 * part can be read alone (the screen loads groups lazily) or all at once.
 */
public class HealthMonitor {

  private static final int MAX_STUCK = 50;
  private static final int MAX_TABLES = 15;

  private final HeartbeatReader heartbeats;
  private final EngineReads engine;
  private final DatabaseProbe camundaProbe;
  private final DatabaseProbe systemProbe;
  private final DataSource camundaDataSource;
  private final DataSource systemDataSource;
  private final HealthSettings settings;
  private final Clock clock;

  public HealthMonitor(HeartbeatReader heartbeats, EngineReads engine, DatabaseProbe camundaProbe,
      DatabaseProbe systemProbe, DataSource camundaDataSource, DataSource systemDataSource, HealthSettings settings,
      Clock clock) {
    this.heartbeats = heartbeats;
    this.engine = engine;
    this.camundaProbe = camundaProbe;
    this.systemProbe = systemProbe;
    this.camundaDataSource = camundaDataSource;
    this.systemDataSource = systemDataSource;
    this.settings = settings;
    this.clock = clock;
  }

  public Instant now() {
    return clock.instant();
  }

  /** Champa nodes first (newest heartbeat first), then UNKNOWN engine nodes. */
  public List<ClusterNode> nodes() {
    Instant now = clock.instant();
    List<HeartbeatRow> rows = heartbeats.latest(now.minus(settings.downNodeRetention()));
    Map<String, NodeStatus> statuses = new LinkedHashMap<>();
    rows.forEach(row -> statuses.put(row.nodeId(), NodeClassifier.classify(row, now)));
    Map<String, Long> executions = heartbeats.executionsSince(now.minus(HealthSettings.WORKLOAD_WINDOW));
    Map<String, Long> working = new LinkedHashMap<>();
    statuses.forEach((node, status) -> {
      if (status != NodeStatus.DOWN) {
        working.put(node, executions.get(node));
      }
    });
    Map<String, Integer> scores = WorkloadScore.scores(working);
    List<ClusterNode> nodes = new ArrayList<>();
    for (HeartbeatRow row : rows) {
      nodes.add(ClusterNode.of(row, statuses.get(row.nodeId()), executions.get(row.nodeId()), scores.get(row.nodeId())));
    }
    nodes.addAll(unknownNodes(now));
    return nodes;
  }

  private List<ClusterNode> unknownNodes(Instant now) {
    Set<String> known = heartbeats.knownEngineIds();
    Instant since = now.minus(HealthSettings.UNKNOWN_NODE_WINDOW.compareTo(settings.downNodeRetention()) > 0
        ? HealthSettings.UNKNOWN_NODE_WINDOW : settings.downNodeRetention());
    List<ClusterNode> unknown = new ArrayList<>();
    engine.meterReporters(since).forEach((reporter, lastSeen) -> {
      if (!known.contains(reporter)) {
        unknown.add(ClusterNode.unknown(reporter, "meterLog", lastSeen));
      }
    });
    engine.lockOwners(since).forEach((owner, lockEnd) -> {
      if (!known.contains(owner)) {
        // a lock is taken for the job executor's lock time: its end minus that is when the owner was there
        Instant taken = lockEnd.minus(settings.jobLockTime());
        unknown.add(ClusterNode.unknown(owner, "jobLock", taken.isAfter(now) ? now : taken));
      }
    });
    return unknown;
  }

  public ClusterTotals totals() {
    return engine.totals(clock.instant());
  }

  public List<TopicStatus> topics() {
    return engine.topics(clock.instant(), HealthSettings.TOPIC_ACTIVITY_WINDOW, settings.noWorkerAfter());
  }

  /** Probes and pools; with {@code tables}, also the largest engine tables. */
  public DatabaseReport db(boolean tables) {
    return new DatabaseReport(camundaProbe.probe(), systemProbe.probe(), PoolStats.of("camunda", camundaDataSource),
        PoolStats.of("champa-system-db", systemDataSource), tables ? engine.largestTables(MAX_TABLES) : null);
  }

  public HealthSnapshot.Stuck stuck() {
    Instant now = clock.instant();
    Instant before = now.minus(settings.stuckAfter());
    return new HealthSnapshot.Stuck(settings.stuckAfter().toDays(), engine.stuckCount(before),
        engine.stuck(before, now, MAX_STUCK));
  }

  public Map<String, Long> historyCleanup() {
    return engine.historyPastTtl(clock.instant());
  }

  /** A node's chart data for the last {@code minutes}. */
  public List<HistoryPoint> history(String nodeId, int minutes) {
    return heartbeats.history(nodeId, clock.instant().minus(Duration.ofMinutes(minutes)));
  }

  public boolean nodeExists(String nodeId) {
    return heartbeats.exists(nodeId);
  }

  /** Nodes, totals, topics, probes and pools, and the score: what the light metrics and gauges show. */
  public HealthSnapshot light() {
    return snapshot(false);
  }

  /** Everything, table sizes, stuck instances and the history-cleanup backlog included. */
  public HealthSnapshot full() {
    return snapshot(true);
  }

  private HealthSnapshot snapshot(boolean full) {
    List<ClusterNode> nodes = nodes();
    ClusterTotals totals = totals();
    List<TopicStatus> topics = topics();
    DatabaseReport db = db(full);
    return new HealthSnapshot(nodes, status(nodes, totals, topics, db), totals, topics, db, full ? stuck() : null,
        full ? historyCleanup() : null, clock.instant());
  }

  static ClusterStatus status(List<ClusterNode> nodes, ClusterTotals totals, List<TopicStatus> topics,
      DatabaseReport db) {
    int running = count(nodes, NodeStatus.RUNNING);
    int down = count(nodes, NodeStatus.DOWN);
    int error = count(nodes, NodeStatus.ERROR);
    int unknown = count(nodes, NodeStatus.UNKNOWN);
    int withoutWorker = (int) topics.stream().filter(TopicStatus::noWorker).count();
    HealthScore score = HealthScore.of(new HealthScore.Inputs(running + down + error, down, error,
        totals.jobs().failedNoRetries(), totals.incidents().openedLastHour(), totals.externalTasks().expiredLocks(),
        withoutWorker, db.camunda().isUp(), db.camunda().latencyMs()));
    return new ClusterStatus(nodes.size(), running, down, error, unknown, ProductPropertiesUtil.getProductVersion(),
        score.score(), score.issues());
  }

  private static int count(List<ClusterNode> nodes, NodeStatus status) {
    return (int) nodes.stream().filter(node -> node.status() == status).count();
  }
}
