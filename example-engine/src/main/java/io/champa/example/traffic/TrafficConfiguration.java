package io.champa.example.traffic;

import io.champa.example.chaos.DemoRandom;
import io.champa.example.chaos.FailureInjector;
import io.champa.example.ChampaDemoProperties;
import io.champa.example.models.DemoModelDeployer;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the demo actors, which are plain classes so the in-memory engine test can use them without
 * Spring. The simulator bean's destroy method stops its thread before the engine closes.
 */
@Configuration(proxyBeanMethods = false)
class TrafficConfiguration {

  @Bean
  TrafficStats trafficStats() {
    return new TrafficStats();
  }

  @Bean
  TrafficRound trafficRound(ProcessEngine engine, DemoRandom random, FailureInjector failures, TrafficStats stats,
      ChampaDemoProperties properties) {
    BusinessKeys keys = new BusinessKeys(prefix -> engine.getHistoryService()
        .createHistoricProcessInstanceQuery().processInstanceBusinessKeyLike(prefix + "-%").count());
    return new TrafficRound(
        new InstanceStarter(engine.getRepositoryService(), engine.getRuntimeService(), new DemoData(random, keys)),
        new UserTaskWorker(engine.getTaskService(), new TaskOutcomes(random), random),
        new ExternalTaskWorker(engine.getExternalTaskService(), new ExternalTaskOutcomes(), random, failures,
            properties.getTraffic().getWorkerId()),
        new MessageCorrelator(engine.getRuntimeService(), random),
        new IncidentResolver(engine.getRuntimeService(), engine.getManagementService(),
            engine.getExternalTaskService(), random, failures),
        stats);
  }

  @Bean(destroyMethod = "stop")
  TrafficSimulator trafficSimulator(TrafficRound round, TrafficStats stats, ChampaDemoProperties properties) {
    return new TrafficSimulator(round, stats, properties.getTraffic());
  }

  @Bean
  HistoryBackfill historyBackfill(ProcessEngine engine, DemoModelDeployer deployer, TrafficRound round,
      TrafficStats stats, DemoRandom random, ChampaDemoProperties properties) {
    return new HistoryBackfill((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration(), deployer,
        round, new DueJobRunner(engine.getManagementService()), stats, random, properties.getBackfill());
  }
}
