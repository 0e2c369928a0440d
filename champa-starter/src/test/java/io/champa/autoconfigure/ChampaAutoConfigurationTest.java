package io.champa.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import io.champa.health.HealthMeters;
import io.champa.health.HealthMonitor;
import io.champa.health.HealthRefresher;
import io.champa.plugin.ChampaProcessEnginePlugin;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.champa.query.ReadOnlyQueries;
import io.champa.system.SystemDatabase;

class ChampaAutoConfigurationTest {

  private static ProcessEngine engine;

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(ChampaAutoConfiguration.class, ChampaDisabledAutoConfiguration.class))
      .withBean(ProcessEngine.class, () -> engine)
      .withPropertyValues("champa.system-db.url=jdbc:h2:mem:system-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");

  @BeforeAll
  static void startEngine() {
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setJdbcUrl("jdbc:h2:mem:autoconfig-engine;DB_CLOSE_DELAY=-1");
    configuration.setJobExecutorActivate(false);
    engine = configuration.buildProcessEngine();
  }

  @AfterAll
  static void closeEngine() {
    engine.close();
  }

  @Test
  void defaultsRegisterThePluginQueriesAndAMigratedSystemDatabase() {
    runner.run(context -> {
      assertThat(context).hasSingleBean(ChampaProcessEnginePlugin.class);
      assertThat(context).hasSingleBean(ReadOnlyQueries.class);
      assertThat(context).hasSingleBean(SystemDatabase.class);
      assertThat(tables(context.getBean(SystemDatabase.class).dataSource()))
          .contains("system_config", SystemDbMigration.HISTORY_TABLE);
    });
  }

  @Test
  void pluginGetsTheSystemDatabaseAndHeartbeatSettings() {
    runner.withPropertyValues("champa.health.heartbeat-interval=2s", "champa.health.node-id=node-7").run(context -> {
      ChampaProcessEnginePlugin plugin = context.getBean(ChampaProcessEnginePlugin.class);
      assertThat(plugin.getSystemDataSource()).isSameAs(context.getBean(SystemDatabase.class).dataSource());
      assertThat(plugin.getHeartbeatInterval()).hasSeconds(2);
      assertThat(plugin.getNodeId()).isEqualTo("node-7");
      assertThat(tables(plugin.getSystemDataSource())).contains("node_heartbeats", "node_heartbeat_history");
    });
  }

  @Test
  void healthDisabledLeavesThePluginWithoutHeartbeat() {
    runner.withPropertyValues("champa.health.enabled=false").run(context ->
        assertThat(context.getBean(ChampaProcessEnginePlugin.class).getSystemDataSource()).isNull());
  }

  @Test
  void heartbeatIntervalBelow100MillisFailsNamingTheProperty() {
    runner.withPropertyValues("champa.health.heartbeat-interval=10ms").run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("champa.health.heartbeat-interval");
    });
  }

  @Test
  void healthGaugesGoIntoTheHostsMeterRegistry() {
    runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new).run(context -> {
      context.getBean(HealthRefresher.class).refresh();
      MeterRegistry registry = context.getBean(MeterRegistry.class);
      assertThat(registry.find("camunda_active_instances").gauge()).isNotNull();
      assertThat(registry.find("camunda_db_latency_seconds").gauge()).isNotNull();
      assertThat(registry.find("camunda_cluster_info").gauge()).isNull();
    });
  }

  @Test
  void withoutMicrometerTheHealthMonitorStillRuns() {
    runner.withClassLoader(new FilteredClassLoader(MeterRegistry.class)).run(context -> {
      assertThat(context).hasSingleBean(HealthMonitor.class);
      assertThat(context).doesNotHaveBean(HealthMeters.class);
    });
  }

  @Test
  void healthDisabledRegistersNoHealthMonitor() {
    runner.withPropertyValues("champa.health.enabled=false").run(context -> {
      assertThat(context).doesNotHaveBean(HealthMonitor.class);
      assertThat(context).doesNotHaveBean(HealthRefresher.class);
    });
  }

  @Test
  void disabledRegistersNothing() {
    runner.withPropertyValues("champa.enabled=false").run(context -> {
      assertThat(context).doesNotHaveBean(ChampaProcessEnginePlugin.class);
      assertThat(context).doesNotHaveBean(SystemDatabase.class);
      assertThat(context).doesNotHaveBean(ReadOnlyQueries.class);
    });
  }

  @Test
  void userPluginBeanWins() {
    ChampaProcessEnginePlugin own = new ChampaProcessEnginePlugin();
    runner.withBean("ownPlugin", ChampaProcessEnginePlugin.class, () -> own).run(context -> {
      assertThat(context).hasSingleBean(ChampaProcessEnginePlugin.class);
      assertThat(context.getBean(ChampaProcessEnginePlugin.class)).isSameAs(own);
    });
  }

  @Test
  void withoutCamundaOnTheClassPathNothingIsRegistered() {
    runner.withClassLoader(new FilteredClassLoader(ProcessEngine.class)).run(context -> {
      assertThat(context).doesNotHaveBean(ChampaProcessEnginePlugin.class);
      assertThat(context).doesNotHaveBean(SystemDatabase.class);
    });
  }

  @Test
  void systemDbUrlThatIsNoJdbcUrlFailsNamingTheProperty() {
    runner.withPropertyValues("champa.system-db.url=postgres://localhost/db").run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("champa.system-db.url");
    });
  }

  @Test
  void poolSizeBelowOneFailsNamingTheProperty() {
    runner.withPropertyValues("champa.system-db.maximum-pool-size=0").run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("champa.system-db.maximum-pool-size");
    });
  }

  @Test
  void hostWithoutFlywayMigrationsStartsAsWithoutChampa() {
    String hostUrl = "jdbc:h2:mem:host-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1;INIT=CREATE TABLE IF NOT EXISTS HOST_DATA(ID INT)";
    runner.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class))
        .withPropertyValues("spring.datasource.url=" + hostUrl)
        .withInitializer(context -> new HostFlywayGuard().postProcessEnvironment(context.getEnvironment(),
            new org.springframework.boot.SpringApplication()))
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(tables(context.getBean(DataSource.class))).doesNotContain("flyway_schema_history");
        });
  }

  private static List<String> tables(DataSource dataSource) throws Exception {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(
            "SELECT LOWER(TABLE_NAME) FROM INFORMATION_SCHEMA.TABLES WHERE LOWER(TABLE_SCHEMA) IN ('auth', 'public')")) {
      List<String> names = new java.util.ArrayList<>();
      while (rows.next()) {
        names.add(rows.getString(1));
      }
      return names;
    }
  }
}
