package io.champa.autoconfigure;

import java.time.Clock;
import java.time.Duration;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.champa.health.ChampaHealthIndicator;
import io.champa.health.DatabaseProbe;
import io.champa.health.EngineReads;
import io.champa.health.HealthMeters;
import io.champa.health.HealthMonitor;
import io.champa.health.HealthRefresher;
import io.champa.health.HealthSettings;
import io.champa.health.HeartbeatReader;
import io.champa.health.web.HealthMonitorController;
import io.champa.query.ReadOnlyQueries;
import io.champa.system.SystemDatabase;
import io.champa.system.SystemJdbc;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The health monitor: reading nodes, totals, topics and databases, the background refresher
 * behind the light metrics, and, where the host has them, its API, Micrometer gauges and
 * actuator health indicator. (The heartbeat itself is the engine plugin's.)
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "champa.health.enabled", matchIfMissing = true)
class ChampaHealthConfiguration {

  private static final Duration DEFAULT_LOCK_TIME = Duration.ofMinutes(5);

  @Bean
  @ConditionalOnMissingBean
  HealthMonitor champaHealthMonitor(ProcessEngine processEngine, ReadOnlyQueries queries, SystemJdbc system,
      SystemDatabase systemDatabase, ChampaHealthProperties properties) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    JobExecutor jobExecutor = configuration.getJobExecutor();
    Duration lockTime = jobExecutor == null ? DEFAULT_LOCK_TIME : Duration.ofMillis(jobExecutor.getLockTimeInMillis());
    HealthSettings settings = new HealthSettings(properties.getDownNodeRetention(), properties.getStuckAfter(),
        properties.getNoWorkerAfter(), lockTime);
    return new HealthMonitor(new HeartbeatReader(system.jdbc()), new EngineReads(queries),
        new DatabaseProbe("Camunda", configuration.getDataSource()), new DatabaseProbe("System", systemDatabase.dataSource()),
        configuration.getDataSource(), systemDatabase.dataSource(), settings, Clock.systemUTC());
  }

  @Bean(initMethod = "start", destroyMethod = "close")
  @ConditionalOnMissingBean
  HealthRefresher champaHealthRefresher(HealthMonitor monitor, ChampaHealthProperties properties) {
    return new HealthRefresher(monitor, properties.getRefreshInterval(), properties.isLegacyMetricNames());
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  static class Web {

    @Bean
    @ConditionalOnMissingBean
    HealthMonitorController champaHealthMonitorController(HealthMonitor monitor, HealthRefresher refresher) {
      return new HealthMonitorController(monitor, refresher);
    }
  }

  /** Gauges in the host's registry, when it has Micrometer and a registry. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "io.micrometer.core.instrument.MeterRegistry")
  static class Meters {

    @Bean
    @ConditionalOnMissingBean
    HealthMeters champaHealthMeters(ObjectProvider<MeterRegistry> registry, HealthRefresher refresher) {
      MeterRegistry meterRegistry = registry.getIfAvailable();
      if (meterRegistry == null) {
        return null;
      }
      HealthMeters meters = new HealthMeters(meterRegistry);
      refresher.onRefresh(snapshot -> meters.update(refresher.current().samples()));
      return meters;
    }
  }

  /** Champa's view in {@code /actuator/health}, when the host has actuator. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthIndicator")
  static class Actuator {

    @Bean
    @ConditionalOnMissingBean
    ChampaHealthIndicator champaHealthIndicator(HealthRefresher refresher) {
      return new ChampaHealthIndicator(refresher);
    }
  }
}
