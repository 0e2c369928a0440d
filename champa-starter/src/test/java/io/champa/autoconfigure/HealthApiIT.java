package io.champa.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import io.champa.autoconfigure.ApiClient.Session;
import io.champa.autoconfigure.app.TestEngineApplication;
import io.champa.health.ChampaHealthIndicator;
import io.champa.health.HealthRefresher;

/** The health API on one node: the whole view, its groups, node history, Prometheus text, bad input. */
@SpringBootTest(classes = TestEngineApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = { "spring.datasource.url=jdbc:h2:mem:champa-health-it;DB_CLOSE_DELAY=-1",
        "champa.system-db.url=jdbc:h2:mem:champa-health-it-system;DB_CLOSE_DELAY=-1",
        "camunda.bpm.admin-user.id=demo", "camunda.bpm.admin-user.password=demo",
        "champa.security.admin.username=admin", "champa.security.admin.password=Admin123secret",
        "champa.security.login-rate-limit.per-ip=100000", "champa.security.login-rate-limit.per-username=100000",
        "camunda.bpm.generic-properties.properties.historyTimeToLive=P30D",
        "champa.health.heartbeat-interval=1s", "champa.health.refresh-interval=1s", "champa.health.node-id=it-node" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HealthApiIT {

  private static final String BASE = "/camunda/champa/api/health";

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  HealthRefresher refresher;

  @Autowired
  ChampaHealthIndicator indicator;

  private ApiClient api;
  private Session admin;

  @BeforeAll
  void workAndSignIn() throws Exception {
    api = new ApiClient(port);
    admin = api.login(ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD);
    engine.getRepositoryService().createDeployment().addModelInstance("health.bpmn", Bpmn.createExecutableProcess("health")
        .startEvent().userTask("approve").serviceTask("charge").camundaExternalTask("payments").endEvent().done()).deploy();
    engine.getRuntimeService().startProcessInstanceByKey("health");
    engine.getRuntimeService().startProcessInstanceByKey("health");
    engine.getRuntimeService().startProcessInstanceByKey("health");
    // one instance moves on to the external task
    engine.getTaskService().complete(engine.getTaskService().createTaskQuery().list().get(0).getId());
    // an engine node without Champa, known only from the meter log
    DataSource camunda = engine.getProcessEngineConfiguration().getDataSource();
    new JdbcTemplate(camunda).update("INSERT INTO ACT_RU_METER_LOG (ID_, NAME_, REPORTER_, VALUE_, TIMESTAMP_,"
        + " MILLISECONDS_) VALUES ('legacy-1', 'job-successful', 'legacy-engine-7', 3, ?, ?)",
        new Timestamp(System.currentTimeMillis()), System.currentTimeMillis());
    awaitRunningNode();
  }

  @Test
  void fullViewListsThisNodeRunningWithJvmAndJobExecutorAndTheTotals() throws Exception {
    HttpResponse<String> response = api.get(BASE + "/full", admin);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode full = ApiClient.json(response);

    JsonNode node = nodeNamed(full.path("clusterNodes"), "it-node");
    assertThat(node.path("status").asText()).isEqualTo("RUNNING");
    assertThat(node.path("host").asText()).isNotEmpty();
    assertThat(node.path("lastHeartbeat").asText()).isNotEmpty();
    assertThat(node.path("jvm").path("heapUsedMb").asDouble()).isPositive();
    assertThat(node.path("jvm").path("threads").asInt()).isPositive();
    assertThat(node.path("jobExecutor").path("active").asBoolean()).isTrue();
    JsonNode legacy = nodeNamed(full.path("clusterNodes"), "legacy-engine-7");
    assertThat(legacy.path("status").asText()).isEqualTo("UNKNOWN");
    assertThat(legacy.path("source").asText()).isEqualTo("meterLog");

    JsonNode status = full.path("clusterStatus");
    assertThat(status.path("runningNodes").asInt()).isEqualTo(1);
    assertThat(status.path("unknownNodes").asInt()).isEqualTo(1);
    assertThat(status.path("engineVersion").asText()).startsWith("7.24");
    assertThat(status.path("healthScore").asInt()).isBetween(0, 100);
    assertThat(status.path("issues").isArray()).isTrue();

    JsonNode totals = full.path("totals");
    assertThat(totals.path("activeInstances").asLong()).isGreaterThanOrEqualTo(2);
    assertThat(totals.path("userTasks").asLong()).isGreaterThanOrEqualTo(2);
    assertThat(totals.path("processDefinitions").asLong()).isGreaterThanOrEqualTo(1);
    assertThat(totals.path("jobs").has("failedNoRetries")).isTrue();
    assertThat(full.path("db").path("camunda").path("status").asText()).isEqualTo("UP");
    assertThat(full.path("db").path("systemPool").path("known").asBoolean()).isTrue();
    assertThat(full.path("db").path("largestTables").size()).isPositive();
    assertThat(full.path("stuck").has("count")).isTrue();
    assertThat(full.path("historyCleanup").has("processInstances")).isTrue();
    assertThat(full.path("timestamp").asText()).isNotEmpty();
  }

  @Test
  void everyGroupAnswersAndAnUnknownOneIsA404Problem() throws Exception {
    for (String group : List.of("nodes", "totals", "topics", "db", "stuck", "history")) {
      HttpResponse<String> response = api.get(BASE + "/groups/" + group, admin);
      assertThat(response.statusCode()).as(group + ": " + response.body()).isEqualTo(200);
      assertThat(ApiClient.json(response).path("group").asText()).isEqualTo(group);
    }
    HttpResponse<String> unknown = api.get(BASE + "/groups/'%20OR%201=1", admin);
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(ApiClient.json(unknown).path("detail").asText()).contains("Unknown health group");
    assertThat(unknown.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
  }

  @Test
  void topicsGroupShowsTheWaitingExternalTask() throws Exception {
    JsonNode topics = ApiClient.json(api.get(BASE + "/groups/topics", admin)).path("data");
    JsonNode payments = topics.get(0);
    assertThat(payments.path("topic").asText()).isEqualTo("payments");
    assertThat(payments.path("open").asLong()).isPositive();
    assertThat(payments.path("noWorker").asBoolean()).isFalse();
  }

  @Test
  void nodeHistoryHasPointsAndRefusesBadWindowsAndUnknownNodes() throws Exception {
    HttpResponse<String> history = api.get(BASE + "/nodes/it-node/history?minutes=5", admin);
    assertThat(history.statusCode()).isEqualTo(200);
    JsonNode body = ApiClient.json(history);
    assertThat(body.path("points").size()).isPositive();
    assertThat(body.path("points").get(0).path("heapUsedMb").asDouble()).isPositive();

    for (String minutes : List.of("0", "1441", "-5", "abc", "60;DROP")) {
      HttpResponse<String> bad = api.get(BASE + "/nodes/it-node/history?minutes=" + minutes, admin);
      assertThat(bad.statusCode()).as(minutes).isEqualTo(400);
      assertThat(ApiClient.json(bad).path("detail").asText()).contains("minutes");
    }
    assertThat(api.get(BASE + "/nodes/nobody/history", admin).statusCode()).isEqualTo(404);
  }

  @Test
  void lightMetricsAnswerFastFromTheRefresherAndPassPromtool() throws Exception {
    List<Long> micros = new ArrayList<>();
    HttpResponse<String> response = null;
    for (int i = 0; i < 50; i++) {
      long start = System.nanoTime();
      response = api.get(BASE + "/light/metrics", admin);
      micros.add((System.nanoTime() - start) / 1000);
      assertThat(response.statusCode()).isEqualTo(200);
    }
    Collections.sort(micros);
    assertThat(micros.get(micros.size() / 2)).as("median of %s µs", micros).isLessThan(100_000);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain;version=0.0.4")
        .satisfiesAnyOf(type -> assertThat(type).contains("version=0.0.4"));
    String text = response.body();
    for (String name : List.of("camunda_cluster_info", "camunda_cluster_running_nodes", "camunda_node_status{node=\"it-node\"}",
        "camunda_active_instances", "camunda_incidents", "camunda_user_tasks", "camunda_external_tasks",
        "camunda_total_jobs", "camunda_failed_jobs", "camunda_process_definitions", "camunda_dmn_definitions",
        "camunda_deployment_count", "camunda_jvm_heap_used_mb{node=\"it-node\"}",
        "camunda_jvm_heap_utilization_percent{node=\"it-node\"}", "camunda_db_latency_ms", "camunda_db_active_connections",
        "# HELP camunda_active_instances", "# TYPE camunda_active_instances gauge")) {
      assertThat(text).as(name).contains(name);
    }
    assertPromtoolAcceptsExceptTheLegacyNames(text);
  }

  @Test
  void fullMetricsPassPromtoolAndScrapeWorksWithABasicToken() throws Exception {
    String name = "prom-" + System.nanoTime();
    HttpResponse<String> role = api.send("POST", "/camunda/champa/api/admin/roles", Map.of("name", name, "description",
        "scraper", "permissions", List.of("api_access", "health_monitor_data")), admin);
    assertThat(role.statusCode()).as(role.body()).isEqualTo(201);
    String userId = api.createUser(admin, name, null, name, "api");
    String token = ApiClient.json(api.send("POST", "/camunda/champa/api/admin/api-tokens",
        Map.of("userId", userId, "name", "prometheus"), admin)).path("token").asText();
    String basic = Base64.getEncoder().encodeToString((name + ":" + token).getBytes(StandardCharsets.UTF_8));

    HttpResponse<String> response = api.send("GET", BASE + "/full/metrics", null, Map.of("Authorization", "Basic " + basic));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("champa_health_score", "champa_topic_open_tasks", "champa_stuck_instances");
    assertPromtoolAcceptsExceptTheLegacyNames(response.body());
    assertThat(api.send("GET", BASE + "/light/metrics", null, Map.of()).statusCode()).isEqualTo(401);
  }

  @Test
  void actuatorIndicatorCarriesTheClusterView() {
    Health health = indicator.health();
    assertThat(health.getStatus()).isEqualTo(Status.UP);
    assertThat(health.getDetails()).containsKeys("healthScore", "runningNodes", "issues");
  }

  /** The format must parse; the only naming complaints allowed are the three legacy names the issue keeps. */
  static void assertPromtoolAcceptsExceptTheLegacyNames(String text) throws Exception {
    Promtool.Result result = Promtool.checkMetrics(text);
    assertThat(result.exitCode()).as(result.output()).isIn(0, Promtool.LINT_PROBLEMS);
    assertThat(result.problems()).as(result.output()).allSatisfy(problem ->
        assertThat(problem).matches("(camunda_db_latency_ms|camunda_jvm_heap_used_mb|camunda_deployment_count) .*"));
    String clean = text.lines().filter(line -> !line.matches(
        "(# (HELP|TYPE) )?(camunda_db_latency_ms|camunda_jvm_heap_used_mb|camunda_deployment_count)\\b.*"))
        .reduce("", (a, b) -> a + b + "\n");
    Promtool.Result withoutLegacy = Promtool.checkMetrics(clean);
    assertThat(withoutLegacy.exitCode()).as(withoutLegacy.output()).isZero();
  }

  private void awaitRunningNode() throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      HealthRefresher.Current current = refresher.current();
      // the job executor starts when the application is ready, possibly after the first beat
      if (current != null && current.snapshot().clusterNodes().stream().anyMatch(node -> node.id().equals("it-node")
          && node.status() == io.champa.health.NodeStatus.RUNNING && Boolean.TRUE.equals(node.jobExecutor().active()))) {
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("this node was not RUNNING with an active job executor within 30 s");
  }

  private static JsonNode nodeNamed(JsonNode nodes, String name) {
    for (JsonNode node : nodes) {
      if (node.path("name").asText().equals(name)) {
        return node;
      }
    }
    throw new AssertionError("no node " + name + " in " + nodes);
  }
}
