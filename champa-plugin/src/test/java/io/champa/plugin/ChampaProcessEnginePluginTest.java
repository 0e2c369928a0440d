package io.champa.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChampaProcessEnginePluginTest {

  private final RecordingListener listener = new RecordingListener();
  private ProcessEngine engine;

  @BeforeEach
  void startEngine() {
    ChampaProcessEnginePlugin plugin = new ChampaProcessEnginePlugin().addDeploymentListener(listener);
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setJdbcUrl("jdbc:h2:mem:plugin-test-" + System.nanoTime());
    configuration.setJobExecutorActivate(false);
    configuration.setProcessEnginePlugins(List.of(plugin));
    engine = configuration.buildProcessEngine();
  }

  @AfterEach
  void closeEngine() {
    engine.close();
  }

  @Test
  void listenerHearsKeyVersionAndResourcesOfEachCommittedDeployment() {
    deploy("first");
    deploy("second");

    assertThat(listener.committed).hasSize(2);
    DeploymentEvent second = listener.committed.get(1);
    assertThat(second.definitions()).singleElement().satisfies(definition -> {
      assertThat(definition.type()).isEqualTo(DeployedDefinition.Type.PROCESS);
      assertThat(definition.key()).isEqualTo("invoice");
      assertThat(definition.version()).isEqualTo(2);
      assertThat(definition.resourceName()).isEqualTo("invoice.bpmn");
    });
    assertThat(second.resources()).containsKey("invoice.bpmn");
    assertThat(new String(second.resources().get("invoice.bpmn"))).contains("second");
    assertThat(second.keys()).containsExactly("invoice");
  }

  @Test
  void listenerThatThrowsBeforeCommitRollsTheDeploymentBack() {
    listener.refuse = true;

    assertThatThrownBy(() -> deploy("refused")).hasMessageContaining("refused by test");

    assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isZero();
    assertThat(listener.committed).isEmpty();
  }

  @Test
  void reparsingIntoTheDefinitionCacheIsNotReportedAsADeployment() {
    deploy("first");
    ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getDeploymentCache().discardProcessDefinitionCache();

    engine.getRuntimeService().startProcessInstanceByKey("invoice");

    assertThat(listener.committed).hasSize(1);
  }

  @Test
  void listenersNamedAsClassesAreCreated() {
    ChampaProcessEnginePlugin plugin = new ChampaProcessEnginePlugin();
    plugin.setDeploymentListenerClasses(RecordingListener.class.getName());
    plugin.preInit(new StandaloneInMemProcessEngineConfiguration());

    assertThat(plugin.getDeploymentListeners()).singleElement().isInstanceOf(RecordingListener.class);
  }

  @Test
  void classThatIsNoListenerIsRefusedWithItsName() {
    ChampaProcessEnginePlugin plugin = new ChampaProcessEnginePlugin();
    plugin.setDeploymentListenerClasses("java.lang.String");

    assertThatThrownBy(() -> plugin.preInit(new StandaloneInMemProcessEngineConfiguration()))
        .hasMessageContaining("java.lang.String does not implement");
  }

  private void deploy(String taskName) {
    BpmnModelInstance model = Bpmn.createExecutableProcess("invoice")
        .startEvent().userTask().name(taskName).endEvent().done();
    engine.getRepositoryService().createDeployment().addModelInstance("invoice.bpmn", model).deploy();
  }

  public static class RecordingListener implements DeploymentListener {
    final List<DeploymentEvent> committed = new CopyOnWriteArrayList<>();
    boolean refuse;

    @Override
    public void beforeCommit(DeploymentEvent event) {
      if (refuse) {
        throw new IllegalStateException("refused by test");
      }
    }

    @Override
    public void afterCommit(DeploymentEvent event) {
      committed.add(event);
    }
  }
}
