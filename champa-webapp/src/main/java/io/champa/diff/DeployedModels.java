package io.champa.diff;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ResourceDefinition;

import io.champa.web.ApiProblem;

/** The deployed process and decision models, by key and version, read through the engine's API. */
public class DeployedModels {

  /** More definitions than any engine we know of; keeps the list bounded. */
  private static final int MAX_DEFINITIONS = 10_000;

  private final RepositoryService repository;

  public DeployedModels(RepositoryService repository) {
    this.repository = repository;
  }

  public List<DeployedKey> all() {
    List<DeployedKey> keys = new ArrayList<>();
    keys.addAll(group(ModelType.BPMN, repository.createProcessDefinitionQuery().orderByProcessDefinitionKey().asc()
        .orderByProcessDefinitionVersion().asc().listPage(0, MAX_DEFINITIONS)));
    keys.addAll(group(ModelType.DMN, repository.createDecisionDefinitionQuery().orderByDecisionDefinitionKey().asc()
        .orderByDecisionDefinitionVersion().asc().listPage(0, MAX_DEFINITIONS)));
    return keys;
  }

  /** The model file of a deployed version. @throws ApiProblem 400 for a version below 1, 404 when unknown */
  public byte[] xml(ModelType type, String key, int version) {
    if (version < 1) {
      throw ApiProblem.badRequest("version must be 1 or more, was " + version);
    }
    String id = switch (type) {
      case BPMN -> single(repository.createProcessDefinitionQuery().processDefinitionKey(key)
          .processDefinitionVersion(version).list(), type, key, version);
      case DMN -> single(repository.createDecisionDefinitionQuery().decisionDefinitionKey(key)
          .decisionDefinitionVersion(version).list(), type, key, version);
    };
    try (InputStream in = type == ModelType.BPMN ? repository.getProcessModel(id) : repository.getDecisionModel(id)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String single(List<? extends ResourceDefinition> found, ModelType type, String key, int version) {
    if (found.isEmpty()) {
      throw ApiProblem.notFound("No " + type.code() + " definition '" + key + "' in version " + version);
    }
    return found.get(0).getId();
  }

  private List<DeployedKey> group(ModelType type, List<? extends ResourceDefinition> definitions) {
    Map<String, DeployedKey> byKey = new LinkedHashMap<>();
    Map<String, Instant> deployedAt = deploymentTimes(definitions);
    for (ResourceDefinition definition : definitions) {
      DeployedKey previous = byKey.get(definition.getKey());
      List<DeployedVersion> versions = previous == null ? new ArrayList<>() : new ArrayList<>(previous.versions());
      versions.add(new DeployedVersion(definition.getVersion(), definition.getId(), deployedAt.get(deploymentId(definition))));
      byKey.put(definition.getKey(), new DeployedKey(type.code(), definition.getKey(),
          definition.getName() != null ? definition.getName() : definition.getKey(), versions));
    }
    return List.copyOf(byKey.values());
  }

  private Map<String, Instant> deploymentTimes(List<? extends ResourceDefinition> definitions) {
    Map<String, Instant> times = new LinkedHashMap<>();
    for (Deployment deployment : repository.createDeploymentQuery().listPage(0, MAX_DEFINITIONS)) {
      times.put(deployment.getId(), deployment.getDeploymentTime() == null ? null : deployment.getDeploymentTime().toInstant());
    }
    return times;
  }

  private static String deploymentId(ResourceDefinition definition) {
    if (definition instanceof ProcessDefinition process) {
      return process.getDeploymentId();
    }
    return ((DecisionDefinition) definition).getDeploymentId();
  }

  /** A key with all its deployed versions, oldest first. */
  public record DeployedKey(String type, String key, String name, List<DeployedVersion> versions) {
  }

  /** One deployed version. */
  public record DeployedVersion(int version, String id, Instant deployedAt) {
  }
}
