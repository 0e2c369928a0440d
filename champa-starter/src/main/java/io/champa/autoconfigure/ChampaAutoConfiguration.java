package io.champa.autoconfigure;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import io.champa.diff.DeployedModels;
import io.champa.plugin.ChampaProcessEnginePlugin;
import io.champa.plugin.DeploymentListener;
import io.champa.query.ReadOnlyQueries;
import io.champa.system.SystemDatabase;

/**
 * Wires Champa into a Camunda 7 Spring Boot application: the engine plugin, read-only queries
 * over the engine's database, the system database and, in a servlet web application, the API.
 */
@AutoConfiguration(afterName = "org.camunda.bpm.spring.boot.starter.CamundaBpmAutoConfiguration")
@ConditionalOnClass(ProcessEngine.class)
@ConditionalOnBooleanProperty(name = "champa.enabled", matchIfMissing = true)
@EnableConfigurationProperties({ ChampaProperties.class, ChampaSystemDbProperties.class, ChampaSecurityProperties.class,
    ChampaRedisProperties.class, ChampaLintProperties.class, ChampaHealthProperties.class })
@Import({ ChampaSystemDbConfiguration.class, ChampaCacheConfiguration.class, ChampaSecurityConfiguration.class,
    ChampaWebConfiguration.class, ChampaSecurityWebConfiguration.class, ChampaDiffConfiguration.class,
    ChampaLintConfiguration.class, ChampaHealthConfiguration.class })
public class ChampaAutoConfiguration {

  /**
   * Camunda's starter hands every {@code ProcessEnginePlugin} bean to the engine it builds, so this
   * bean exists before the engine: what it needs (the system database) must not need the engine.
   * Spring calls its {@code close()} on shutdown, which stops the heartbeat.
   */
  @Bean
  @ConditionalOnMissingBean
  public ChampaProcessEnginePlugin champaProcessEnginePlugin(ChampaHealthProperties health,
      ObjectProvider<SystemDatabase> systemDatabase, ObjectProvider<DeploymentListener> deploymentListeners) {
    ChampaProcessEnginePlugin plugin = new ChampaProcessEnginePlugin();
    if (health.isEnabled()) {
      plugin.setSystemDataSource(systemDatabase.getObject().dataSource());
      plugin.setHeartbeatInterval(health.getHeartbeatInterval());
      plugin.setHeartbeatHistoryRetention(health.getHistoryRetention());
      plugin.setNodeId(health.getNodeId());
    }
    // every listener bean (e.g. the lint gate) must be in place before the engine's first deployment
    deploymentListeners.orderedStream().forEach(plugin::addDeploymentListener);
    return plugin;
  }

  @Bean
  @ConditionalOnMissingBean
  public DeployedModels champaDeployedModels(ProcessEngine processEngine) {
    return new DeployedModels(processEngine.getRepositoryService());
  }

  @Bean
  @ConditionalOnMissingBean
  public ReadOnlyQueries champaEngineQueries(ProcessEngine processEngine) {
    return ReadOnlyQueries.forEngine((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration());
  }
}
