package io.champa.plugin;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;

import io.champa.query.ReadOnlyQueries;

/**
 * Champa's engine plugin. Plain Java configured by setters, so it can be registered from a
 * Spring bean as well as from {@code bpm-platform.xml}.
 *
 * <p>It hooks a post-deployer into the engine so that {@link DeploymentListener}s hear about every
 * deployment, and, once the engine is built, offers {@link ReadOnlyQueries} over the engine's own
 * database that honour its table prefix.
 */
public class ChampaProcessEnginePlugin extends AbstractProcessEnginePlugin {

  private final DeploymentNotifier deploymentNotifier = new DeploymentNotifier();
  private String deploymentListenerClasses;
  private ProcessEngineConfigurationImpl configuration;

  /** Adds a listener; works before and after the engine is built. */
  public ChampaProcessEnginePlugin addDeploymentListener(DeploymentListener listener) {
    deploymentNotifier.addListener(listener);
    return this;
  }

  /**
   * Comma-separated class names of {@link DeploymentListener}s with a public no-argument
   * constructor; for {@code bpm-platform.xml}, where only string properties can be set.
   */
  public void setDeploymentListenerClasses(String classNames) {
    this.deploymentListenerClasses = classNames;
  }

  public String getDeploymentListenerClasses() {
    return deploymentListenerClasses;
  }

  /** The listeners currently registered. */
  public List<DeploymentListener> getDeploymentListeners() {
    return deploymentNotifier.listeners();
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
    ListenerClasses.instantiate(deploymentListenerClasses).forEach(deploymentNotifier::addListener);
    List<Deployer> postDeployers = configuration.getCustomPostDeployers();
    List<Deployer> extended = postDeployers == null ? new ArrayList<>() : new ArrayList<>(postDeployers);
    extended.add(deploymentNotifier);
    configuration.setCustomPostDeployers(extended);
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    this.configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
  }

  /**
   * Read-only queries over this engine's database.
   *
   * @throws IllegalStateException before the plugin has been applied to an engine
   */
  public ReadOnlyQueries queries() {
    if (configuration == null) {
      throw new IllegalStateException("The Champa plugin has not been applied to a process engine yet");
    }
    return ReadOnlyQueries.forEngine(configuration);
  }

  @Override
  public String toString() {
    return "ChampaProcessEnginePlugin";
  }
}
