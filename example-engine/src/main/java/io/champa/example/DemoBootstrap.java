package io.champa.example;

import io.champa.example.models.DemoModelDeployer;
import io.champa.example.traffic.HistoryBackfill;
import io.champa.example.traffic.TrafficSimulator;
import io.champa.example.users.DemoUsers;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Brings the demo up in the one order that works: people first (tasks refer to their groups), then
 * the models, back-filled history on a first start, and live traffic last, so the simulator never
 * runs while the back-fill has the engine clock moved.
 */
@Component
class DemoBootstrap {

  private static final Logger LOG = LoggerFactory.getLogger(DemoBootstrap.class);

  private final DemoUsers users;
  private final DemoModelDeployer deployer;
  private final HistoryBackfill backfill;
  private final TrafficSimulator traffic;
  private final ChampaDemoProperties properties;

  DemoBootstrap(DemoUsers users, DemoModelDeployer deployer, HistoryBackfill backfill, TrafficSimulator traffic,
      ChampaDemoProperties properties) {
    this.users = users;
    this.deployer = deployer;
    this.backfill = backfill;
    this.traffic = traffic;
    this.properties = properties;
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    users.ensureExist();
    if (properties.getBackfill().isEnabled() && backfill.isNeeded()) {
      LOG.info("No history yet: back-filling {} days", properties.getBackfill().getDays());
      backfill.run();
    } else {
      deployer.deployAll();
    }
    if (properties.getTraffic().isEnabled()) {
      traffic.start();
    }
  }
}
