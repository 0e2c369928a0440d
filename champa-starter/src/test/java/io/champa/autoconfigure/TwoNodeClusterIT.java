package io.champa.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;

import io.champa.autoconfigure.ApiClient.Session;
import io.champa.autoconfigure.app.TestEngineApplication;
import io.champa.system.SystemJdbc;
import io.champa.testsupport.TestPostgres;

/**
 * Two engine nodes, two application contexts on one PostgreSQL Camunda database and one
 * PostgreSQL system database: both are RUNNING; the one that stops is DOWN well within 30 s,
 * whether it shut down cleanly or just went silent.
 */
class TwoNodeClusterIT {

  private static final TestPostgres POSTGRES = TestPostgres.server();
  private static final String NODES = "/camunda/champa/api/health/groups/nodes";

  private final String camundaDb = POSTGRES.createDatabase("cluster_camunda");
  private final String systemDb = POSTGRES.createDatabase("cluster_system");
  private ConfigurableApplicationContext nodeA;
  private ConfigurableApplicationContext nodeB;

  @AfterEach
  void stop() {
    for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] { nodeB, nodeA }) {
      if (context != null && context.isActive()) {
        context.close();
      }
    }
  }

  @Test
  void bothNodesRunAndTheStoppedOneIsDownWithin30Seconds() throws Exception {
    nodeA = start("node-a", "engine-a");
    nodeB = start("node-b", "engine-b");
    ApiClient api = new ApiClient(((WebServerApplicationContext) nodeA).getWebServer().getPort());
    Session admin = api.login(ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD);

    Map<String, String> statuses = await(api, admin, Duration.ofSeconds(30),
        now -> "RUNNING".equals(now.get("node-a")) && "RUNNING".equals(now.get("node-b")));
    assertThat(statuses).containsEntry("node-a", "RUNNING").containsEntry("node-b", "RUNNING");

    long stoppedAt = System.nanoTime();
    nodeB.close();
    statuses = await(api, admin, Duration.ofSeconds(30), now -> "DOWN".equals(now.get("node-b")));
    assertThat(Duration.ofNanos(System.nanoTime() - stoppedAt)).isLessThan(Duration.ofSeconds(30));
    assertThat(statuses).containsEntry("node-a", "RUNNING").containsEntry("node-b", "DOWN");

    // a node that dies without its clean-shutdown mark: its row still says RUNNING, but it is overdue
    Thread.sleep(3_500);
    nodeA.getBean(SystemJdbc.class).jdbc().update(
        "UPDATE auth.node_heartbeats SET status = 'RUNNING', status_detail = NULL WHERE node_id = 'node-b'");
    statuses = await(api, admin, Duration.ofSeconds(5), now -> now.containsKey("node-b"));
    assertThat(statuses).containsEntry("node-b", "DOWN").containsEntry("node-a", "RUNNING");
    JsonNode clusterStatus = ApiClient.json(api.get("/camunda/champa/api/health/full", admin)).path("clusterStatus");
    assertThat(clusterStatus.path("runningNodes").asInt()).isEqualTo(1);
    assertThat(clusterStatus.path("issues").toString()).contains("nodesDown");
  }

  private ConfigurableApplicationContext start(String nodeId, String engineName) {
    return new SpringApplicationBuilder(TestEngineApplication.class).properties(
        "server.port=0", "spring.datasource.url=" + camundaDb, "spring.datasource.username=" + POSTGRES.user(),
        "spring.datasource.password=" + POSTGRES.password(), "champa.system-db.url=" + systemDb,
        "champa.system-db.username=" + POSTGRES.user(), "champa.system-db.password=" + POSTGRES.password(),
        "camunda.bpm.process-engine-name=" + engineName, "camunda.bpm.admin-user.id=demo",
        "camunda.bpm.admin-user.password=demo", "champa.security.admin.username=" + ApiClient.ADMIN,
        "champa.security.admin.password=" + ApiClient.ADMIN_PASSWORD,
        "champa.health.heartbeat-interval=1s", "champa.health.refresh-interval=1s", "champa.health.node-id=" + nodeId)
        .run();
  }

  interface Until {
    boolean test(Map<String, String> statuses);
  }

  private static Map<String, String> await(ApiClient api, Session session, Duration timeout, Until until)
      throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    Map<String, String> statuses = Map.of();
    while (System.nanoTime() < deadline) {
      statuses = new LinkedHashMap<>();
      for (JsonNode node : ApiClient.json(api.get(NODES, session)).path("data")) {
        statuses.put(node.path("id").asText(), node.path("status").asText());
      }
      if (until.test(statuses)) {
        return statuses;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("Nodes not as expected within " + timeout + ": " + statuses);
  }
}
