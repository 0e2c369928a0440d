package io.champa.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.champa.testsupport.SystemDbFixture;

/** The heartbeat as the plugin runs it, on H2 and PostgreSQL system databases. */
class PluginHeartbeatTest {

  private ProcessEngine engine;
  private ChampaProcessEnginePlugin plugin;

  @AfterEach
  void close() {
    if (engine != null) {
      engine.close();
    }
    if (plugin != null) {
      plugin.close();
    }
  }

  @Test
  void nodeWritesItsLatestRowAndHistoryOnH2() throws Exception {
    DataSource system = SystemDbFixture.h2("heartbeat-" + System.nanoTime());
    startEngine(system, false);

    Map<String, Object> row = awaitRow(system, row2 -> ((Number) row2.get("HISTORY")).longValue() >= 3);

    assertThat(row.get("NODE_ID")).isEqualTo("node-a");
    assertThat(row.get("STATUS")).isEqualTo("RUNNING");
    assertThat(row.get("CAMUNDA_VERSION").toString()).startsWith("7.");
    assertThat(((Number) row.get("HEAP_USED")).longValue()).isPositive();
    assertThat(((Number) row.get("THREADS")).intValue()).isPositive();
    assertThat(((Number) row.get("INTERVAL_MS")).longValue()).isEqualTo(200);
    assertThat(((Number) row.get("NODES")).longValue()).isEqualTo(1);
  }

  @Test
  void nodeWritesOnPostgresAndMarksItselfStoppedOnClose() throws Exception {
    DataSource system = SystemDbFixture.postgres("heartbeat");
    startEngine(system, false);
    awaitRow(system, row -> ((Number) row.get("history")).longValue() >= 2);

    plugin.close();

    Map<String, Object> row = query(system);
    assertThat(row.get("status")).isEqualTo("STOPPED");
    assertThat(((Number) row.get("nodes")).longValue()).isEqualTo(1);
  }

  @Test
  void jobExecutorCountsAreThisNodesOwnSinceStart() throws Exception {
    DataSource system = SystemDbFixture.h2("heartbeat-jobs-" + System.nanoTime());
    startEngine(system, true);
    engine.getRepositoryService().createDeployment().addModelInstance("async.bpmn", Bpmn.createExecutableProcess("async")
        .camundaHistoryTimeToLive(1).startEvent().camundaAsyncBefore().serviceTask().camundaExpression("${true}")
        .endEvent().done()).deploy();
    for (int i = 0; i < 3; i++) {
      engine.getRuntimeService().startProcessInstanceByKey("async");
    }

    Map<String, Object> row = awaitRow(system, r -> r.get("JOB_SUCCEEDED") != null
        && ((Number) r.get("JOB_SUCCEEDED")).longValue() >= 3);

    assertThat(row.get("JOB_EXECUTOR_ACTIVE")).isEqualTo(true);
    assertThat(((Number) row.get("JOB_ACQUISITION_ATTEMPTS")).longValue()).isPositive();
    assertThat(((Number) row.get("JOB_ACQUIRED")).longValue()).isGreaterThanOrEqualTo(3);
    assertThat(((Number) row.get("JOB_FAILED")).longValue()).isZero();
    assertThat(row.get("LOCK_OWNER")).isNotNull();
  }

  @Test
  void jobExecutorThatStopsMakesTheNodeError() throws Exception {
    DataSource system = SystemDbFixture.h2("heartbeat-error-" + System.nanoTime());
    startEngine(system, true);
    awaitRow(system, row -> "RUNNING".equals(row.get("STATUS")) && Boolean.TRUE.equals(row.get("JOB_EXECUTOR_ACTIVE")));

    ((StandaloneInMemProcessEngineConfiguration) engine.getProcessEngineConfiguration()).getJobExecutor().shutdown();

    Map<String, Object> row = awaitRow(system, r -> "ERROR".equals(r.get("STATUS")));
    assertThat(row.get("STATUS_DETAIL").toString()).contains("job executor");
  }

  private void startEngine(DataSource system, boolean jobExecutor) {
    plugin = new ChampaProcessEnginePlugin();
    plugin.setSystemDataSource(system);
    plugin.setHeartbeatInterval(Duration.ofMillis(200));
    plugin.setNodeId("node-a");
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setJdbcUrl("jdbc:h2:mem:heartbeat-engine-" + System.nanoTime());
    configuration.setJobExecutorActivate(jobExecutor);
    configuration.setProcessEnginePlugins(List.of(plugin));
    engine = configuration.buildProcessEngine();
  }

  interface Condition {
    boolean test(Map<String, Object> row);
  }

  private static Map<String, Object> awaitRow(DataSource system, Condition condition) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    Map<String, Object> row = Map.of();
    while (System.nanoTime() < deadline) {
      row = query(system);
      if (!row.isEmpty() && condition.test(row)) {
        return row;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("No heartbeat row as expected within 20 s; last: " + row);
  }

  private static Map<String, Object> query(DataSource system) throws SQLException {
    try (Connection connection = system.getConnection();
        PreparedStatement statement = connection.prepareStatement("SELECT h.*,"
            + " (SELECT COUNT(*) FROM auth.node_heartbeat_history) AS history,"
            + " (SELECT COUNT(*) FROM auth.node_heartbeats) AS nodes FROM auth.node_heartbeats h");
        ResultSet rows = statement.executeQuery()) {
      Map<String, Object> row = new LinkedHashMap<>();
      if (rows.next()) {
        for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
          row.put(rows.getMetaData().getColumnLabel(i), rows.getObject(i));
        }
      }
      return row;
    }
  }
}
