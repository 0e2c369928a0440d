package io.champa.health;

import java.util.List;

/**
 * The cluster at a glance.
 *
 * @param totalNodes nodes listed, UNKNOWN ones included
 * @param runningNodes nodes RUNNING
 * @param downNodes nodes DOWN
 * @param errorNodes nodes in ERROR
 * @param unknownNodes engine nodes without Champa
 * @param engineVersion the Camunda version of this node
 * @param healthScore the score, 0–100 (see {@link HealthScore})
 * @param issues what cost points, worst first
 */
public record ClusterStatus(int totalNodes, int runningNodes, int downNodes, int errorNodes, int unknownNodes,
    String engineVersion, int healthScore, List<HealthScore.Issue> issues) {
}
