package io.champa.plugin;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;

import io.champa.health.NodeHeartbeat;
import io.champa.health.NodeHeartbeatSettings;
import io.champa.query.ReadOnlyQueries;

/**
 * Champa's engine plugin. Plain Java configured by setters, so it can be registered from a
 * Spring bean as well as from {@code bpm-platform.xml}.
 *
 * <p>It hooks a post-deployer into the engine so that {@link DeploymentListener}s hear about every
 * deployment, and, once the engine is built, offers {@link ReadOnlyQueries} over the engine's own
 * database that honour its table prefix.
 *
 * <p>Given Champa's system database ({@link #setSystemDataSource}), it also publishes this node's
 * heartbeat there ({@link NodeHeartbeat}) from the moment the engine is built until it is closed.
 */
public class ChampaProcessEnginePlugin extends AbstractProcessEnginePlugin implements AutoCloseable {

  private final DeploymentNotifier deploymentNotifier = new DeploymentNotifier();
  private String deploymentListenerClasses;
  private ProcessEngineConfigurationImpl configuration;
  private DataSource systemDataSource;
  private Duration heartbeatInterval = NodeHeartbeatSettings.DEFAULT_INTERVAL;
  private Duration heartbeatHistoryRetention = NodeHeartbeatSettings.DEFAULT_RETENTION;
  private String nodeId;
  private NodeHeartbeat heartbeat;

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

  /** Champa's system database; with it, the plugin publishes this node's heartbeat. */
  public void setSystemDataSource(DataSource systemDataSource) {
    this.systemDataSource = systemDataSource;
  }

  public DataSource getSystemDataSource() {
    return systemDataSource;
  }

  /** Time between heartbeats (default 10 s, at least 100 ms); readers count a node DOWN after three. */
  public void setHeartbeatInterval(Duration interval) {
    if (interval == null || interval.toMillis() < 100) {
      throw new IllegalArgumentException("heartbeatInterval must be at least 100 ms, was " + interval);
    }
    this.heartbeatInterval = interval;
  }

  /** The interval in milliseconds, for {@code bpm-platform.xml}. */
  public void setHeartbeatIntervalMillis(long millis) {
    setHeartbeatInterval(Duration.ofMillis(millis));
  }

  public Duration getHeartbeatInterval() {
    return heartbeatInterval;
  }

  /** How long heartbeat history is kept (default 24 h). */
  public void setHeartbeatHistoryRetention(Duration retention) {
    if (retention == null || retention.isNegative() || retention.isZero()) {
      throw new IllegalArgumentException("heartbeatHistoryRetention must be positive, was " + retention);
    }
    this.heartbeatHistoryRetention = retention;
  }

  /** The retention in minutes, for {@code bpm-platform.xml}. */
  public void setHeartbeatHistoryRetentionMinutes(long minutes) {
    setHeartbeatHistoryRetention(Duration.ofMinutes(minutes));
  }

  public Duration getHeartbeatHistoryRetention() {
    return heartbeatHistoryRetention;
  }

  /** This node's id in the cluster; by default host name, process id and a short random suffix. */
  public void setNodeId(String nodeId) {
    this.nodeId = nodeId == null || nodeId.isBlank() ? null : nodeId.trim();
  }

  /** The node id, once the heartbeat has started (or as set). */
  public String getNodeId() {
    return heartbeat != null ? heartbeat.nodeId() : nodeId;
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
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (systemDataSource != null) {
      String host = NodeHeartbeatSettings.localHost();
      heartbeat = new NodeHeartbeat(new NodeHeartbeatSettings(systemDataSource, heartbeatInterval,
          heartbeatHistoryRetention, nodeId != null ? nodeId : NodeHeartbeatSettings.defaultNodeId(host), host),
          Clock.systemUTC());
      heartbeat.instrument(configuration);
    }
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    this.configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    if (heartbeat != null) {
      heartbeat.start(processEngine);
    }
  }

  /** Stops the heartbeat; the Spring starter calls this on shutdown. */
  @Override
  public void close() {
    if (heartbeat != null) {
      heartbeat.close();
    }
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
