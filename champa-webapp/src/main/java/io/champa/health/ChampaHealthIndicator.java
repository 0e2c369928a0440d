package io.champa.health;

import java.util.List;
import java.util.Map;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * Champa's cluster view in {@code /actuator/health} (component {@code champa}), from the
 * background refresher's latest values, so a probe never queries the database. DOWN only when
 * this node's Camunda database is unreachable: a low score or another node being DOWN is
 * reported in the details, not as this node's failure, so an orchestrator does not restart a
 * healthy node for its neighbour's trouble.
 */
public class ChampaHealthIndicator implements HealthIndicator {

  private final HealthRefresher refresher;

  public ChampaHealthIndicator(HealthRefresher refresher) {
    this.refresher = refresher;
  }

  @Override
  public Health health() {
    HealthRefresher.Current current = refresher.current();
    if (current == null) {
      return Health.unknown().withDetail("reason", "the first refresh is still running").build();
    }
    HealthSnapshot snapshot = current.snapshot();
    ClusterStatus status = snapshot.clusterStatus();
    Health.Builder builder = snapshot.db().camunda().isUp() ? Health.up() : Health.down();
    List<Map<String, Object>> issues = status.issues().stream()
        .map(issue -> Map.<String, Object>of("severity", issue.severity(), "code", issue.code(), "message", issue.message()))
        .toList();
    return builder.withDetail("healthScore", status.healthScore()).withDetail("runningNodes", status.runningNodes())
        .withDetail("totalNodes", status.totalNodes()).withDetail("downNodes", status.downNodes())
        .withDetail("errorNodes", status.errorNodes()).withDetail("issues", issues)
        .withDetail("refreshedAt", current.refreshedAt().toString()).build();
  }
}
