package io.champa.plugin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.repository.ResourceDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A post-deployer that turns each new deployment into a {@link DeploymentEvent}.
 *
 * <p>The engine also runs deployers when it re-parses a deployment to fill its definition cache;
 * those runs are not deployments and are skipped ({@link DeploymentEntity#isNew()}).
 */
class DeploymentNotifier implements Deployer {

  private static final Logger LOG = LoggerFactory.getLogger(DeploymentNotifier.class);

  private final List<DeploymentListener> listeners = new CopyOnWriteArrayList<>();

  void addListener(DeploymentListener listener) {
    listeners.add(listener);
  }

  List<DeploymentListener> listeners() {
    return List.copyOf(listeners);
  }

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (!deployment.isNew() || listeners.isEmpty()) {
      return;
    }
    DeploymentEvent event = toEvent(deployment);
    for (DeploymentListener listener : listeners) {
      listener.beforeCommit(event);
    }
    Context.getCommandContext().getTransactionContext()
        .addTransactionListener(TransactionState.COMMITTED, commandContext -> notifyCommitted(event));
  }

  private void notifyCommitted(DeploymentEvent event) {
    for (DeploymentListener listener : listeners) {
      try {
        listener.afterCommit(event);
      } catch (RuntimeException e) {
        // the deployment is durable already; one broken listener must not hide it from the others
        LOG.warn("Deployment listener {} failed for deployment {}", listener.getClass().getName(),
            event.deploymentId(), e);
      }
    }
  }

  private static DeploymentEvent toEvent(DeploymentEntity deployment) {
    List<DeployedDefinition> definitions = new ArrayList<>();
    addAll(definitions, DeployedDefinition.Type.PROCESS, deployment.getDeployedProcessDefinitions());
    addAll(definitions, DeployedDefinition.Type.DECISION, deployment.getDeployedDecisionDefinitions());
    addAll(definitions, DeployedDefinition.Type.DECISION_REQUIREMENTS,
        deployment.getDeployedDecisionRequirementsDefinitions());
    addAll(definitions, DeployedDefinition.Type.CASE, deployment.getDeployedCaseDefinitions());

    Map<String, byte[]> resources = new LinkedHashMap<>();
    Map<String, ResourceEntity> deployed = deployment.getResources();
    if (deployed != null) {
      deployed.forEach((name, resource) -> resources.put(name, resource.getBytes()));
    }
    return new DeploymentEvent(deployment.getId(), deployment.getName(), deployment.getSource(),
        deployment.getTenantId(), definitions, resources);
  }

  private static void addAll(List<DeployedDefinition> target, DeployedDefinition.Type type,
      List<? extends ResourceDefinition> deployed) {
    if (deployed == null) {
      return;
    }
    for (ResourceDefinition definition : deployed) {
      target.add(new DeployedDefinition(type, definition.getId(), definition.getKey(),
          definition.getVersion(), definition.getResourceName()));
    }
  }
}
