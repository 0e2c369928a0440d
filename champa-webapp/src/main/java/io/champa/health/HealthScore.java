package io.champa.health;

import java.util.ArrayList;
import java.util.List;

/**
 * The cluster health score, 0–100: 100 minus deductions, each capped at its weight.
 *
 * <table>
 * <caption>Weights</caption>
 * <tr><th>Signal</th><th>Weight</th><th>Deduction</th></tr>
 * <tr><td>nodes DOWN (ERROR counts half)</td><td>30</td><td>30 × (down + error/2) / nodes</td></tr>
 * <tr><td>failed jobs (no retries)</td><td>15</td><td>15 × min(1, failed / 50)</td></tr>
 * <tr><td>incidents opened in the last hour, still open</td><td>15</td><td>15 × min(1, new / 25)</td></tr>
 * <tr><td>expired external task locks</td><td>10</td><td>10 × min(1, expired / 50)</td></tr>
 * <tr><td>topics with no worker</td><td>15</td><td>5 per topic</td></tr>
 * <tr><td>Camunda DB latency</td><td>15</td><td>0 up to 100 ms, linear to 15 at 1 s; 15 if unreachable</td></tr>
 * </table>
 *
 * @param score the score
 * @param issues what cost points, worst first
 */
public record HealthScore(int score, List<Issue> issues) {

  /**
   * @param severity {@code critical} when the deduction is at least half its weight, else {@code warning}
   * @param code a stable name for the signal, e.g. {@code nodesDown}
   * @param message what a person reads
   * @param deduction points this issue costs
   */
  public record Issue(String severity, String code, String message, double deduction) {
  }

  /** What the score is computed from. {@code incidentGrowth}: incidents opened in the last hour that are still open. */
  public record Inputs(int totalNodes, int downNodes, int errorNodes, long failedJobs, long incidentGrowth,
      long expiredLocks, int topicsWithoutWorker, boolean dbUp, long dbLatencyMs) {
  }

  public static HealthScore of(Inputs in) {
    List<Issue> issues = new ArrayList<>();
    if (in.totalNodes() > 0 && in.downNodes() + in.errorNodes() > 0) {
      double share = (in.downNodes() + in.errorNodes() / 2.0) / in.totalNodes();
      add(issues, "nodesDown", in.downNodes() + " of " + in.totalNodes() + " nodes DOWN, " + in.errorNodes()
          + " in ERROR", 30 * share, 30);
    }
    if (in.failedJobs() > 0) {
      add(issues, "failedJobs", in.failedJobs() + " jobs failed with no retries left",
          15 * Math.min(1, in.failedJobs() / 50.0), 15);
    }
    if (in.incidentGrowth() > 0) {
      add(issues, "incidentGrowth", in.incidentGrowth() + " incidents opened in the last hour are still open",
          15 * Math.min(1, in.incidentGrowth() / 25.0), 15);
    }
    if (in.expiredLocks() > 0) {
      add(issues, "expiredLocks", in.expiredLocks() + " external tasks with an expired lock",
          10 * Math.min(1, in.expiredLocks() / 50.0), 10);
    }
    if (in.topicsWithoutWorker() > 0) {
      add(issues, "topicsWithoutWorker", in.topicsWithoutWorker() + " external task topics with no worker",
          Math.min(15, 5.0 * in.topicsWithoutWorker()), 15);
    }
    if (!in.dbUp()) {
      add(issues, "dbDown", "The Camunda database is not reachable", 15, 15);
    } else if (in.dbLatencyMs() > 100) {
      add(issues, "dbLatency", "The Camunda database answers in " + in.dbLatencyMs() + " ms",
          15 * Math.min(1, (in.dbLatencyMs() - 100) / 900.0), 15);
    }
    double deductions = issues.stream().mapToDouble(Issue::deduction).sum();
    issues.sort((a, b) -> Double.compare(b.deduction(), a.deduction()));
    return new HealthScore((int) Math.max(0, Math.min(100, Math.round(100 - deductions))), List.copyOf(issues));
  }

  private static void add(List<Issue> issues, String code, String message, double deduction, double weight) {
    double rounded = Math.round(deduction * 10) / 10.0;
    issues.add(new Issue(deduction >= weight / 2 ? "critical" : "warning", code, message, rounded));
  }
}
