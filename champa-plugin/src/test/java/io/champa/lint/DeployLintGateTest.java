package io.champa.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.champa.plugin.ChampaProcessEnginePlugin;

class DeployLintGateTest {

  private static final Path INVALID = Path.of("src/test/resources/io/champa/lint/rules/end-event-required/invalid.bpmn.xml");
  private static final Path VALID = Path.of("src/test/resources/io/champa/lint/rules/end-event-required/valid.bpmn.xml");
  private static final LintConfig ONLY_END_EVENTS = LintConfig.none().withSeverity("end-event-required", Severity.ERROR);

  private ProcessEngine engine;

  @AfterEach
  void closeEngine() {
    if (engine != null) {
      engine.close();
    }
  }

  @Test
  void blockRefusesADeploymentWithErrorsAndNamesThem() throws Exception {
    DeployLintGate gate = start(DeployLintGate.Mode.BLOCK);

    assertThatThrownBy(() -> deploy(INVALID)).hasMessageContaining("lint gate refused")
        .hasMessageContaining("end-event-required");

    assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isZero();
    assertThat(gate.recent()).isEmpty();
  }

  @Test
  void blockLetsACleanModelThrough() throws Exception {
    start(DeployLintGate.Mode.BLOCK);

    deploy(VALID);

    assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isOne();
  }

  @Test
  void warnDeploysAndKeepsTheFindings() throws Exception {
    DeployLintGate gate = start(DeployLintGate.Mode.WARN);

    deploy(INVALID);

    assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isOne();
    assertThat(gate.recent()).singleElement().satisfies(result -> {
      assertThat(result.resource()).isEqualTo("model.bpmn");
      assertThat(result.report().findings()).extracting(Finding::ruleId).contains("end-event-required");
    });
  }

  @Test
  void offLintsNothing() throws Exception {
    DeployLintGate gate = start(DeployLintGate.Mode.OFF);

    deploy(INVALID);

    assertThat(gate.recent()).isEmpty();
  }

  private DeployLintGate start(DeployLintGate.Mode mode) {
    DeployLintGate gate = new DeployLintGate(mode, new Linter(), () -> ONLY_END_EVENTS);
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setJdbcUrl("jdbc:h2:mem:lint-gate-" + System.nanoTime());
    configuration.setJobExecutorActivate(false);
    configuration.setEnforceHistoryTimeToLive(false);
    configuration.setProcessEnginePlugins(List.of(new ChampaProcessEnginePlugin().addDeploymentListener(gate)));
    engine = configuration.buildProcessEngine();
    return gate;
  }

  private void deploy(Path model) throws Exception {
    engine.getRepositoryService().createDeployment().name("gate-test")
        .addInputStream("model.bpmn", Files.newInputStream(model)).deploy();
  }
}
