package io.champa.health;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a node's share of the cluster's job executions compares with the mean: 100 is an even
 * share, 200 twice the mean, 0 a node that executed nothing while others worked. Only RUNNING
 * and ERROR nodes take part; when no node executed a job in the window, nobody gets a score.
 */
public final class WorkloadScore {

  private WorkloadScore() {
  }

  /**
   * @param executions job executions (succeeded + failed) per node in the window; {@code null}
   *     for a node whose engine metrics are off
   * @return the score per node that has one, rounded to whole numbers
   */
  public static Map<String, Integer> scores(Map<String, Long> executions) {
    Map<String, Integer> scores = new LinkedHashMap<>();
    long total = 0;
    int counted = 0;
    for (Long value : executions.values()) {
      if (value != null) {
        total += Math.max(0, value);
        counted++;
      }
    }
    if (counted == 0 || total == 0) {
      return scores;
    }
    double mean = (double) total / counted;
    executions.forEach((node, value) -> {
      if (value != null) {
        scores.put(node, (int) Math.round(100.0 * Math.max(0, value) / mean));
      }
    });
    return scores;
  }
}
