package io.champa.health.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.champa.auth.Permission;
import io.champa.auth.RequiresPermission;
import io.champa.health.HealthMetrics;
import io.champa.health.HealthMonitor;
import io.champa.health.HealthRefresher;
import io.champa.health.HealthSnapshot;
import io.champa.health.HeartbeatReader.HistoryPoint;
import io.champa.health.PrometheusText;
import io.champa.web.ApiProblem;
import io.champa.web.ChampaApi;

/**
 * The health monitor's API: the whole view, its parts for lazy loading, per-node history for
 * charts, and Prometheus text (light from the background refresher, full read on request).
 */
@ChampaApi
@RequestMapping("/health")
@RequiresPermission(Permission.HEALTH_MONITOR_DATA)
public class HealthMonitorController {

  /** The lazily loaded parts of the view. */
  public static final List<String> GROUPS = List.of("nodes", "totals", "topics", "db", "stuck", "history");

  private final HealthMonitor monitor;
  private final HealthRefresher refresher;

  public HealthMonitorController(HealthMonitor monitor, HealthRefresher refresher) {
    this.monitor = monitor;
    this.refresher = refresher;
  }

  @GetMapping("/full")
  public HealthSnapshot full() {
    return monitor.full();
  }

  @GetMapping("/groups/{group}")
  public Map<String, Object> group(@PathVariable String group) {
    Object value = switch (group) {
      case "nodes" -> monitor.nodes();
      case "totals" -> monitor.totals();
      case "topics" -> monitor.topics();
      case "db" -> monitor.db(true);
      case "stuck" -> monitor.stuck();
      case "history" -> monitor.historyCleanup();
      default -> throw ApiProblem.notFound("Unknown health group '" + group + "'; known: " + String.join(", ", GROUPS));
    };
    return Map.of("group", group, "data", value, "timestamp", monitor.now());
  }

  @GetMapping("/nodes/{nodeId}/history")
  public NodeHistory history(@PathVariable String nodeId, @RequestParam(defaultValue = "60") String minutes) {
    int window = minutes(minutes);
    if (!monitor.nodeExists(nodeId)) {
      throw ApiProblem.notFound("No heartbeat from a node '" + nodeId + "'");
    }
    return new NodeHistory(nodeId, window, monitor.history(nodeId, window));
  }

  @GetMapping("/light/metrics")
  public ResponseEntity<String> lightMetrics() {
    HealthRefresher.Current current = refresher.current();
    if (current == null) {
      return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
          .header(HttpHeaders.CONTENT_TYPE, PrometheusText.CONTENT_TYPE).body("# the first refresh is still running\n");
    }
    double age = Duration.between(current.refreshedAt(), Instant.now()).toMillis() / 1000.0;
    String body = current.text() + "# HELP champa_health_refresh_age_seconds Age of the values in this scrape\n"
        + "# TYPE champa_health_refresh_age_seconds gauge\nchampa_health_refresh_age_seconds " + age + "\n";
    return text(body);
  }

  @GetMapping("/full/metrics")
  public ResponseEntity<String> fullMetrics() {
    return text(HealthMetrics.text(HealthMetrics.full(monitor.full(), refresher.legacyNames())));
  }

  private static ResponseEntity<String> text(String body) {
    return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, PrometheusText.CONTENT_TYPE).body(body);
  }

  private static int minutes(String value) {
    int minutes;
    try {
      minutes = Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw ApiProblem.badRequest("minutes must be a whole number from 1 to 1440, was '" + value + "'");
    }
    if (minutes < 1 || minutes > 1440) {
      throw ApiProblem.badRequest("minutes must be from 1 to 1440, was " + minutes);
    }
    return minutes;
  }

  /**
   * @param nodeId the node
   * @param minutes the window
   * @param points its heartbeats in the window, oldest first
   */
  public record NodeHistory(String nodeId, int minutes, List<HistoryPoint> points) {
  }
}
